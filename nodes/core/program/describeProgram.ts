import { PROGRAM_FIELDS } from './fields';
import type { ProgramRecord } from './readProgram';

const shownValue = (value: unknown): string => {
	if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return String(value);
};

/**
 * The program as plain text, one "Question: answer" line per field, for the setup
 * confirmation email: the program manager sees every setting, the defaults included.
 *
 * @example describeProgram({ programId: 'mentoring-2027', name: 'Mentoring 2027' }).split('\n')[0] // 'Program ID: mentoring-2027'
 */
export function describeProgram(program: ProgramRecord): string {
	return PROGRAM_FIELDS.filter((field) => field.column in program)
		.map((field) => `${field.label}: ${shownValue(program[field.column])}`)
		.join('\n');
}
