import fc from 'fast-check';

import type { TalliedRow } from '../../../nodes/core/meetings';
import { readMeetingRow, tallyMeetings } from '../../../nodes/core/meetings';

const row = (pairId: string, session: number, outcome: 'met' | 'notYet', recordedAt: string, programId = 'p'): TalliedRow => ({ programId, pairId, session, outcome, recordedAt });

describe('tallyMeetings', () => {
	describe('when both people of a pair log the same session', () => {
		it('returns one meeting, at the later click', () => {
			expect(tallyMeetings({ rows: [row('a', 1, 'met', '2026-03-10T15:00:00Z'), row('a', 1, 'met', '2026-03-11T08:00:00Z')] })).toEqual([
				{ programId: 'p', pairId: 'a', meetingCount: 1, lastMeetingAt: '2026-03-11T08:00:00.000Z', notYetCount: 0 },
			]);
		});
	});

	describe('when one person says "We met" and the other "Not yet" for the same session', () => {
		it('returns the session as held and nothing pending', () => {
			expect(tallyMeetings({ rows: [row('a', 2, 'notYet', '2026-03-24T16:00:00Z'), row('a', 2, 'met', '2026-03-24T17:00:00Z')] })).toEqual([
				{ programId: 'p', pairId: 'a', meetingCount: 1, lastMeetingAt: '2026-03-24T17:00:00.000Z', notYetCount: 0 },
			]);
		});
	});

	describe('when a pair only said "Not yet"', () => {
		it('returns no meeting and no last meeting', () => {
			expect(tallyMeetings({ rows: [row('b', 1, 'notYet', '2026-03-10T15:00:00Z'), row('b', 2, 'notYet', '2026-03-24T15:00:00Z')] })).toEqual([
				{ programId: 'p', pairId: 'b', meetingCount: 0, lastMeetingAt: null, notYetCount: 2 },
			]);
		});
	});

	describe('when rows of several pairs and programs are mixed', () => {
		it('returns one tally per program and pair, in order of first appearance', () => {
			const rows = [
				row('a', 1, 'met', '2026-03-10T15:00:00Z'),
				row('a', 1, 'met', '2026-03-10T15:00:00Z', 'other'),
				row('a', 3, 'met', '2026-04-07T15:00:00Z'),
				row('c', 1, 'met', '2026-03-12T09:00:00+01:00'),
				row('a', 2, 'notYet', '2026-03-24T15:00:00Z'),
			];
			expect(tallyMeetings({ rows })).toEqual([
				{ programId: 'p', pairId: 'a', meetingCount: 2, lastMeetingAt: '2026-04-07T15:00:00.000Z', notYetCount: 1 },
				{ programId: 'other', pairId: 'a', meetingCount: 1, lastMeetingAt: '2026-03-10T15:00:00.000Z', notYetCount: 0 },
				{ programId: 'p', pairId: 'c', meetingCount: 1, lastMeetingAt: '2026-03-12T08:00:00.000Z', notYetCount: 0 },
			]);
		});
	});

	it('counts, for any rows, the distinct sessions with a "We met", whatever their order', () => {
		const arbitraryRow = fc.record({
			programId: fc.constant('p'),
			pairId: fc.constantFrom('a', 'b'),
			session: fc.integer({ min: 1, max: 12 }),
			outcome: fc.constantFrom<'met' | 'notYet'>('met', 'notYet'),
			recordedAt: fc.integer({ min: 1_772_000_000_000, max: 1_790_000_000_000 }).map((ms) => new Date(ms).toISOString()),
		});
		fc.assert(
			fc.property(fc.array(arbitraryRow, { maxLength: 40 }), (rows) => {
				const byPair = (tallies: ReturnType<typeof tallyMeetings>) => new Map(tallies.map((tally) => [tally.pairId, tally]));
				const forward = byPair(tallyMeetings({ rows }));
				const backward = byPair(tallyMeetings({ rows: [...rows].reverse() }));
				for (const pairId of ['a', 'b']) {
					const own = rows.filter((r) => r.pairId === pairId);
					const held = new Set(own.filter((r) => r.outcome === 'met').map((r) => r.session));
					const latest = own.filter((r) => r.outcome === 'met').map((r) => r.recordedAt).sort().pop() ?? null;
					if (own.length === 0) {
						expect(forward.has(pairId)).toBe(false);
						continue;
					}
					expect(forward.get(pairId)).toMatchObject({ meetingCount: held.size, lastMeetingAt: latest });
					expect(backward.get(pairId)).toEqual(forward.get(pairId));
				}
			}),
		);
	});
});

describe('readMeetingRow', () => {
	describe('when the row is as the Data Table returns it', () => {
		it('returns the row, with a numeric-text session and a Date read', () => {
			expect(readMeetingRow({ id: 4, programId: 'p', pairId: 'a', session: '3', outcome: 'met', recordedAt: new Date(Date.UTC(2026, 2, 10)), personId: 'x' })).toEqual({
				ok: true,
				row: { programId: 'p', pairId: 'a', session: 3, outcome: 'met', recordedAt: '2026-03-10T00:00:00.000Z' },
			});
		});
	});

	describe('when fields are missing or wrong', () => {
		it('returns every problem by field', () => {
			const read = readMeetingRow({ programId: 'p', pairId: '', session: 0, outcome: 'maybe', recordedAt: 'soon' });
			expect(read.ok).toBe(false);
			expect(read.ok ? [] : read.issues.map((issue) => issue.field)).toEqual(['pairId', 'session', 'outcome', 'recordedAt']);
		});
	});
});
