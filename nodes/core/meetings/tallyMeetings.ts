import type { MeetingOutcome, MeetingTally } from './types';

/** What a tally needs of a meeting row; rows read back from a table may carry more. */
export interface TalliedRow {
	programId: string;
	pairId: string;
	session: number;
	outcome: MeetingOutcome;
	/** ISO instant. */
	recordedAt: string;
}

/** Options of {@link tallyMeetings}. */
export interface TallyMeetingsOptions {
	rows: readonly TalliedRow[];
}

/**
 * Meeting figures per pair. A session counts once however many people logged it, and it
 * counts as held when anyone of the pair said "We met" (one person's "Not yet" does not
 * cancel the other's "We met": the person who was there knows). Pairs come out in the
 * order their first row came in.
 *
 * @example tallyMeetings({ rows: [
 *   { programId: 'p', pairId: 'a', session: 1, outcome: 'met', recordedAt: '2026-03-10T15:00:00Z' },
 *   { programId: 'p', pairId: 'a', session: 1, outcome: 'met', recordedAt: '2026-03-10T16:00:00Z' },
 * ] }) // [{ programId: 'p', pairId: 'a', meetingCount: 1, lastMeetingAt: '2026-03-10T16:00:00.000Z', notYetCount: 0 }]
 */
export function tallyMeetings(options: TallyMeetingsOptions): MeetingTally[] {
	const pairs = new Map<string, { programId: string; pairId: string; held: Set<number>; notYet: Set<number>; last: number | null }>();
	for (const row of options.rows) {
		// Program and pair ids are joined with a character neither can hold unescaped in JSON.
		const key = JSON.stringify([row.programId, row.pairId]);
		let pair = pairs.get(key);
		if (!pair) {
			pair = { programId: row.programId, pairId: row.pairId, held: new Set(), notYet: new Set(), last: null };
			pairs.set(key, pair);
		}
		if (row.outcome === 'met') {
			pair.held.add(row.session);
			const at = Date.parse(row.recordedAt);
			if (!Number.isNaN(at) && (pair.last === null || at > pair.last)) pair.last = at;
		} else {
			pair.notYet.add(row.session);
		}
	}
	return [...pairs.values()].map((pair) => ({
		programId: pair.programId,
		pairId: pair.pairId,
		meetingCount: pair.held.size,
		lastMeetingAt: pair.last === null ? null : new Date(pair.last).toISOString(),
		notYetCount: [...pair.notYet].filter((session) => !pair.held.has(session)).length,
	}));
}
