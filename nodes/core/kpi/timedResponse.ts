import type { ScoredResponse } from '../survey/types';

/** A scored response with who gave it and when, as KPIs compare them. */
export interface TimedResponse {
	response: ScoredResponse;
	/** Canonical person key: a participant's, else the respondent id as given. */
	person: string;
	/** Index of the participant who answered, when known. */
	personIndex?: number;
	/** Milliseconds of `submittedAt`, or -Infinity when missing. */
	time: number;
	/** Position in the input, which breaks ties. */
	index: number;
}

/**
 * Whether response a came after response b: by time, then by input order.
 *
 * @example later({ time: 2, index: 0 } as TimedResponse, { time: 1, index: 5 } as TimedResponse) // true
 */
export function later(a: TimedResponse, b: TimedResponse): boolean {
	return a.time > b.time || (a.time === b.time && a.index > b.index);
}
