import fc from 'fast-check';

import { PAIR_STATUSES, forbidsRepeat, holdsPlace, isRealPair, readPairStatus } from '../../../nodes/core/pairs/status';
import { readPairHistoryRow } from '../../../nodes/core/pairs/history';

describe('readPairStatus', () => {
	describe('when the status is one of the lifecycle', () => {
		it('returns it, read case-insensitively, unlocked', () => {
			for (const status of PAIR_STATUSES) {
				expect(readPairStatus(` ${status.toUpperCase()} `)).toEqual({ ok: true, state: { status, locked: false } });
			}
		});
	});

	describe('when the status is the legacy locked', () => {
		it('returns active with the lock', () => {
			expect(readPairStatus('Locked')).toEqual({ ok: true, state: { status: 'active', locked: true } });
		});
	});

	describe('when the status is unknown or missing', () => {
		it('returns a problem naming the status field instead of throwing', () => {
			expect(readPairStatus('paused')).toEqual({
				ok: false,
				issue: { field: 'status', problem: '"paused" is not a pair status', expected: 'one of proposed, active, completed, ended, rejected (or locked)', received: 'paused' },
			});
			expect(readPairStatus(undefined)).toMatchObject({ ok: false, issue: { field: 'status', problem: 'is missing' } });
			expect(readPairStatus('', { whenMissing: 'ended' })).toEqual({ ok: true, state: { status: 'ended', locked: false } });
		});

		it('never throws on any value', () => {
			fc.assert(fc.property(fc.anything(), (value) => {
				readPairStatus(value);
			}));
		});
	});
});

describe('pair status meanings', () => {
	// By the lifecycle in DESIGN.md: introduced pairs are real; only an active one takes a
	// place; a proposal or a rejected one may be proposed again.
	const table: Array<[string, boolean, boolean, boolean]> = [
		['proposed', false, false, false],
		['active', true, true, true],
		['completed', true, false, true],
		['ended', true, false, true],
		['rejected', false, false, false],
	];

	it.each(table)('reads %s as real %s, holding a place %s, forbidding a repeat %s', (status, real, place, repeat) => {
		const typed = status as (typeof PAIR_STATUSES)[number];
		expect([isRealPair(typed), holdsPlace(typed), forbidsRepeat(typed)]).toEqual([real, place, repeat]);
	});
});

describe('readPairHistoryRow', () => {
	const row = (status: unknown) => ({ mentorId: 'E1', menteeId: 'Ann@Example.com', status, programId: 'mentoring-2026' });

	describe('when the pair was introduced', () => {
		it('returns active and locked pairs as kept, completed and ended ones as history only', () => {
			expect(readPairHistoryRow(row('active'))).toEqual({
				kind: 'history',
				pair: { mentorId: 'E1', menteeId: 'ann@example.com', status: 'active', programId: 'mentoring-2026' },
			});
			expect(readPairHistoryRow(row('locked'))).toMatchObject({ kind: 'history', pair: { status: 'locked' } });
			expect(readPairHistoryRow(row('completed'))).toMatchObject({ kind: 'history', pair: { status: 'ended' } });
			expect(readPairHistoryRow(row('ended'))).toMatchObject({ kind: 'history', pair: { status: 'ended' } });
			expect(readPairHistoryRow(row(''))).toMatchObject({ kind: 'history', pair: { status: 'ended' } });
		});
	});

	describe('when the pair was never introduced', () => {
		it('returns proposed and rejected rows as ignored', () => {
			expect(readPairHistoryRow(row('proposed'))).toEqual({ kind: 'ignored', status: 'proposed' });
			expect(readPairHistoryRow(row('rejected'))).toEqual({ kind: 'ignored', status: 'rejected' });
		});
	});

	describe('when the row cannot be read', () => {
		it('returns every problem, never throws', () => {
			expect(readPairHistoryRow({ mentorId: '', menteeId: { id: 1 }, status: 'paused' })).toEqual({
				kind: 'problem',
				issues: [
					{ field: 'mentorId', problem: 'is missing or not an id', expected: 'the id of a participant' },
					{ field: 'menteeId', problem: 'is missing or not an id', expected: 'the id of a participant' },
					{ field: 'status', problem: '"paused" is not a pair status', expected: 'one of proposed, active, completed, ended, rejected (or locked)', received: 'paused' },
				],
			});
		});
	});
});
