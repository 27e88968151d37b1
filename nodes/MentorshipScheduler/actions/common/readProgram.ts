import type { ProgramSettings } from '../../../core/scheduling/types';
import { buildProgramSettings } from '../../../core/scheduling/programSettings';
import type { TopicBank } from '../../../core/topics/topicBank';
import { resolveTopicBank } from '../../../core/topics/topicBank';
import type { Language, TopicBankKind } from '../../../core/topics/types';
import type { ParameterReader } from './parameters';

/** A program as one item's parameters describe it. */
export interface ItemProgram {
	settings: ProgramSettings;
	bank: TopicBank;
	language: Language;
}

/**
 * Reads the shared program parameters for an item. Items whose parameters resolve to
 * the same values get the same objects, so the calendar memo recognises them cheaply.
 */
export function createProgramReader(read: ParameterReader): (itemIndex: number) => ItemProgram {
	let last: { key: string; program: ItemProgram } | undefined;
	return (itemIndex) => {
		const input = {
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
			customTopics: (read<{ topic?: Array<{ text?: string }> }>('customTopics', itemIndex, {}).topic ?? []).map((entry) =>
				String(entry.text ?? ''),
			),
			language: read<Language>('language', itemIndex, 'en'),
		};
		const key = JSON.stringify(input);
		if (last?.key === key) return last.program;
		const program: ItemProgram = {
			settings: buildProgramSettings(input),
			bank: resolveTopicBank({ kind: input.topicBank, language: input.language, customTopics: input.customTopics }),
			language: input.language,
		};
		last = { key, program };
		return program;
	};
}
