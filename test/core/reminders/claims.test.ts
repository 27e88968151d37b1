import fc from 'fast-check';

import type { ClaimRow } from '../../../nodes/core/reminders/claims';
import { claimWinners } from '../../../nodes/core/reminders/claims';

describe('claimWinners', () => {
	describe('when two claims have the same time and no row id', () => {
		it('returns the lower execution id as winner, the same for every reader', () => {
			const claims = [
				{ dedupeKey: 'k', executionId: '8', claimedAt: '2026-03-03T09:00:00.000Z' },
				{ dedupeKey: 'k', executionId: '7', claimedAt: '2026-03-03T09:00:00.000Z' },
			];
			expect(claimWinners({ claims }).get('k')).toBe('7');
			expect(claimWinners({ claims: [...claims].reverse() }).get('k')).toBe('7');
		});
	});

	describe('when rows carry the store\'s ids', () => {
		it('returns the first inserted claim even when its clock was later', () => {
			const claims = [
				{ id: 2, dedupeKey: 'k', executionId: 'a', claimedAt: '2026-03-03T09:00:00.000Z' },
				{ id: 1, dedupeKey: 'k', executionId: 'b', claimedAt: '2026-03-03T09:00:00.900Z' },
			];
			expect(claimWinners({ claims }).get('k')).toBe('b');
		});
	});

	describe('for any interleaving of executions that insert their claims and then read them back', () => {
		it('returns each key won by exactly one execution', () => {
			// Each execution inserts claims for some keys, then reads back whatever the store holds at that moment.
			const step = fc.record({ execution: fc.integer({ min: 0, max: 3 }), key: fc.constantFrom('k1', 'k2', 'k3') });
			fc.assert(
				fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 3 })), (inserts, readOrder) => {
					const store: ClaimRow[] = [];
					const wonBy = new Map<string, Set<string>>();
					const pending = new Map<number, string[]>();
					for (const { execution, key } of inserts) pending.set(execution, [...(pending.get(execution) ?? []), key]);
					// An execution reads back right after its own inserts, at a moment chosen by readOrder.
					const order = [...new Set([...readOrder, 0, 1, 2, 3])].filter((execution) => pending.has(execution));
					for (const execution of order) {
						const keys = [...new Set(pending.get(execution))];
						for (const key of keys) store.push({ id: store.length + 1, dedupeKey: key, executionId: `e${execution}`, claimedAt: '2026-03-03T09:00:00.000Z' });
						const winners = claimWinners({ claims: [...store] });
						for (const key of keys) {
							if (winners.get(key) === `e${execution}`) wonBy.set(key, new Set([...(wonBy.get(key) ?? []), `e${execution}`]));
						}
					}
					const claimedKeys = new Set(inserts.map((insert) => insert.key));
					for (const key of claimedKeys) expect(wonBy.get(key)?.size).toBe(1);
				}),
			);
		});
	});
});
