import { MalformedInputError } from '../../../core/errors';
import { readProgramParameter } from '../../../core/program/programParameter';
import { schedulingSettingsOf } from '../../../core/program/nodeSettings';
import type { ProgramSettings } from '../../../core/scheduling/types';
import { buildProgramSettings } from '../../../core/scheduling/programSettings';
import type { TopicBank } from '../../../core/topics/topicBank';
import { resolveTopicBank } from '../../../core/topics/topicBank';
import type { Language, TopicBankKind } from '../../../core/topics/types';
import type { ParameterReader } from './parameters';

/** A program as one item's parameters (or its program record) describe it. */
export interface ItemProgram {
	settings: ProgramSettings;
	bank: TopicBank;
	language: Language;
	/** The record's name, which replaces the Program Name option in messages. */
	programName?: string;
	/** Rolling programs: working days after a pair's own start within which it first meets; 0 for a cohort. */
	kickOffWithinDays: number;
}

type ProgramInput = Parameters<typeof buildProgramSettings>[0] & {
	topicBank: TopicBankKind | 'custom';
	customTopics: string[];
	language: Language;
	programName?: string;
	kickOffWithinDays: number;
};

function inputFromParameters(read: ParameterReader, itemIndex: number): ProgramInput {
	return {
		start: String(read('programStart', itemIndex, '')),
		lengthUnit: read<'weeks' | 'months' | 'endDate'>('programLengthUnit', itemIndex, 'months'),
		length: read('programLength', itemIndex, 6),
		endDate: String(read('programEnd', itemIndex, '')),
		cadence: read('cadence', itemIndex, 'biweekly'),
		weekday: Number(read('weekday', itemIndex, 2)),
		preferredTime: read('preferredTime', itemIndex, '15:00'),
		durationMinutes: read('durationMinutes', itemIndex, 45),
		workingHoursStart: read('workingHoursStart', itemIndex, '09:00'),
		workingHoursEnd: read('workingHoursEnd', itemIndex, '17:00'),
		anchor: read<'mentor' | 'mentee'>('anchor', itemIndex, 'mentor'),
		holidays: (read<{ holiday?: Array<{ date?: string }> }>('holidays', itemIndex, {}).holiday ?? [])
			.map((entry) => String(entry.date ?? '').trim())
			.filter((date) => date !== ''),
		topicBank: read<TopicBankKind | 'custom'>('topicBank', itemIndex, 'mentoring'),
		customTopics: (read<{ topic?: Array<{ text?: string }> }>('customTopics', itemIndex, {}).topic ?? []).map((entry) => String(entry.text ?? '')),
		language: read<Language>('language', itemIndex, 'en'),
		kickOffWithinDays: Number(read('kickOffWithinDays', itemIndex, 0)),
	};
}

function inputFromRecord(read: ParameterReader, itemIndex: number): ProgramInput | undefined {
	const program = readProgramParameter(read<unknown>('programRecord', itemIndex, ''));
	if (program === undefined) return undefined;
	return { ...schedulingSettingsOf(program), anchor: read<'mentor' | 'mentee'>('anchor', itemIndex, 'mentor'), customTopics: [] };
}

/**
 * Reads the program for an item, from the node's parameters or from the item's program
 * record. Items whose program resolves to the same values get the same objects, so the
 * calendar memo recognises them cheaply; a run over several programs alternates between
 * a few, which the small cache keeps.
 */
export function createProgramReader(read: ParameterReader): (itemIndex: number) => ItemProgram {
	const cache = new Map<string, ItemProgram>();
	const fromRecord = read<string>('settingsSource', 0, 'parameters') === 'programRecord';
	return (itemIndex) => {
		const input = fromRecord ? inputFromRecord(read, itemIndex) : inputFromParameters(read, itemIndex);
		if (input === undefined) {
			// A pair whose program has no record (or is not open) is that pair's problem, not the run's.
			throw new MalformedInputError(
				[{ field: 'program', problem: 'has no program record', expected: "the pair's row of mentorship_programs in Program Record" }],
				'Read the open programs and give each pair its program, as the Reminders template does',
			);
		}
		const key = JSON.stringify(input);
		const known = cache.get(key);
		if (known) return known;
		const program: ItemProgram = {
			settings: buildProgramSettings(input),
			bank: resolveTopicBank({ kind: input.topicBank, language: input.language, customTopics: input.customTopics }),
			language: input.language,
			kickOffWithinDays: input.kickOffWithinDays,
			...(input.programName ? { programName: input.programName } : {}),
		};
		if (cache.size > 64) cache.clear();
		cache.set(key, program);
		return program;
	};
}
