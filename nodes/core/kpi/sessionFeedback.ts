import { mean } from './descriptive';
import type { TimedResponse } from './timedResponse';
import type { SessionFeedbackSummary } from './types';

export interface SummariseSessionFeedbackOptions {
	/** Every response of the period, linked to its person (not only the latest: each session counts). */
	timed: readonly TimedResponse[];
	/** The program of each counted pair, to give the usefulness per program. */
	programOfPair: ReadonlyMap<string, string>;
	/** Fewer respondents than this and the mean is not shown (no small group singled out). */
	minGroupSize: number;
}

/**
 * Session usefulness (session pulse answers, 1 to 5) over every session rated in the
 * period, overall and per program. A mean is given only when at least `minGroupSize`
 * people answered; otherwise it is null and `suppressed` says why.
 *
 * @example summariseSessionFeedback({ timed, programOfPair, minGroupSize: 5 }).meanUsefulness // e.g. 4.2
 */
export function summariseSessionFeedback(options: SummariseSessionFeedbackOptions): SessionFeedbackSummary {
	const { timed, programOfPair, minGroupSize } = options;
	type Group = { values: number[]; people: Set<string> };
	const all: Group = { values: [], people: new Set() };
	const byProgram = new Map<string, Group>();
	for (const entry of timed) {
		const usefulness = entry.response.session?.usefulness;
		if (typeof usefulness !== 'number') continue;
		const programId = programOfPair.get(entry.response.pairId ?? '') ?? '';
		let group = byProgram.get(programId);
		if (!group) byProgram.set(programId, (group = { values: [], people: new Set() }));
		for (const target of [all, group]) {
			target.values.push(usefulness);
			target.people.add(entry.person);
		}
	}
	const figures = (group: Group) => {
		const shown = group.people.size >= minGroupSize;
		return { responses: group.values.length, respondents: group.people.size, meanUsefulness: shown ? mean(group.values) : null, suppressed: !shown && group.values.length > 0 };
	};
	return {
		...figures(all),
		byProgram: [...byProgram.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([programId, group]) => ({ programId, ...figures(group) })),
	};
}
