import { InvalidOptionError } from '../errors';
import type { ProgramRecord } from './readProgram';
import { readProgramRecord } from './readProgram';

const NOT_JSON = Symbol('not JSON');

function parseJsonOr(text: string, fallback: symbol): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return fallback;
	}
}

/**
 * Reads a program record handed to a node as its Program Record parameter: a
 * `mentorship_programs` row as an object or JSON text. Undefined when the parameter is
 * empty; a record that cannot be read is refused with every field named, since a
 * half-read program would schedule, match or enrol by the wrong rules.
 *
 * @example readProgramParameter('') // undefined
 * @example readProgramParameter({ programId: 'm', name: 'M', managerEmail: 'hr@x.nl', start: '2026-03-02' })?.cadence // 'biweekly'
 */
export function readProgramParameter(value: unknown): ProgramRecord | undefined {
	let row = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		row = parseJsonOr(value, NOT_JSON);
		if (row === NOT_JSON) throw new InvalidOptionError('programRecord', 'Program Record is not JSON', "Pass the program's row of mentorship_programs as an expression");
	}
	if (row === undefined || row === null || (typeof row === 'object' && Object.keys(row).length === 0)) return undefined;
	// Only the record is used, not the row with its change time, so no clock is needed.
	const read = readProgramRecord(row, { now: '' });
	if (!read.ok) {
		const problems = read.issues.map((issue) => `${issue.field} ${issue.problem}`).join('; ');
		throw new InvalidOptionError(
			'programRecord',
			`The program record cannot be read: ${problems}`,
			"Pass the program's row of mentorship_programs, e.g. {{ $('Read Program').first().json }}, and correct it with the Program Setup form",
		);
	}
	return read.program;
}
