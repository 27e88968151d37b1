import { mean } from './descriptive';
import type { TimedResponse } from './timedResponse';
import { later } from './timedResponse';
import type { MidpointComparison } from './types';

export interface CompareWithMidpointOptions {
	/** Every response of the period, linked to its person. */
	timed: readonly TimedResponse[];
	/** Fewer people answering both than this and nothing but the count is shown. */
	minGroupSize: number;
}

/**
 * Relationship quality at the end of the program against the mid-point, per person and
 * pair: each person's latest end-of-program answer is paired with their latest check-in
 * of the same pair given before it. Means over the people who answered both, and the mean
 * change (end minus mid-point); null, and `suppressed`, under the minimum group size.
 *
 * @example compareWithMidpoint({ timed, minGroupSize: 5 }).meanChange // e.g. 0.4
 */
export function compareWithMidpoint(options: CompareWithMidpointOptions): MidpointComparison {
	const byPerson = new Map<string, { end?: TimedResponse; checkIns: TimedResponse[] }>();
	for (const entry of options.timed) {
		if (typeof entry.response.checkIn?.quality !== 'number') continue;
		const key = `${entry.person}\u0000${entry.response.pairId ?? ''}`;
		let slot = byPerson.get(key);
		if (!slot) byPerson.set(key, (slot = { checkIns: [] }));
		if (entry.response.instrument === 'endOfProgram') {
			if (!slot.end || later(entry, slot.end)) slot.end = entry;
		} else if (entry.response.instrument === 'checkIn') slot.checkIns.push(entry);
	}
	const mid: number[] = [];
	const end: number[] = [];
	for (const { end: last, checkIns } of byPerson.values()) {
		if (!last) continue;
		let before: TimedResponse | undefined;
		for (const checkIn of checkIns) if (later(last, checkIn) && (!before || later(checkIn, before))) before = checkIn;
		if (!before) continue;
		mid.push(before.response.checkIn!.quality!);
		end.push(last.response.checkIn!.quality!);
	}
	const respondents = mid.length;
	if (respondents < options.minGroupSize) {
		return { respondents, midpointQuality: null, endQuality: null, meanChange: null, suppressed: respondents > 0 };
	}
	return { respondents, midpointQuality: mean(mid), endQuality: mean(end), meanChange: mean(end.map((value, index) => value - mid[index])), suppressed: false };
}
