import fc from 'fast-check';

import type { ClaimRow } from '../../../nodes/core/reminders/claims';
import { decideClaims } from '../../../nodes/core/reminders/claims';

/** Who won each key in the eyes of one reader: the execution id, or none. */
function winnersSeenBy(claims: ClaimRow[]): Map<string, string> {
	const winners = new Map<string, string>();
	for (const [key, decision] of decideClaims({ claims })) if (decision.kind === 'won') winners.set(key, decision.executionId);
	return winners;
}

/** One execution of the claim protocol: the keys it claims and whether the store gave its rows an id. */
interface Execution {
	keys: string[];
	storeGivesIds: boolean;
}

/** An execution, then a schedule: each execution id appears twice, its first step inserts, its second reads. */
const scenario = fc
	.array(
		fc.record({
			keys: fc.uniqueArray(fc.constantFrom('k1', 'k2', 'k3'), { minLength: 1, maxLength: 3 }),
			storeGivesIds: fc.boolean(),
		}),
		{ minLength: 2, maxLength: 5 },
	)
	.chain((executions: Execution[]) =>
		fc.tuple(
			fc.constant(executions),
			fc.shuffledSubarray(
				executions.flatMap((_, index) => [index, index]),
				{ minLength: executions.length * 2, maxLength: executions.length * 2 },
			),
		),
	);

/**
 * Plays a schedule against one store: inserts get the next row id (or none, when the
 * store gives none), reads see every row inserted so far. Returns, per key, the
 * executions that read themselves as its winner, and whether every read came after every insert.
 */
function play(executions: Execution[], schedule: number[]) {
	const store: ClaimRow[] = [];
	let nextId = 1;
	const started = new Set<number>();
	const wonBy = new Map<string, Set<number>>();
	let insertsLeft = executions.length;
	let everyReadAfterAllInserts = true;
	for (const execution of schedule) {
		const { keys, storeGivesIds } = executions[execution];
		if (!started.has(execution)) {
			started.add(execution);
			insertsLeft--;
			for (const key of keys) store.push({ claimKey: key, executionId: `e${execution}`, ...(storeGivesIds ? { id: nextId++ } : {}) });
			continue;
		}
		if (insertsLeft > 0) everyReadAfterAllInserts = false;
		const winners = winnersSeenBy([...store]);
		for (const key of keys) if (winners.get(key) === `e${execution}`) wonBy.set(key, new Set([...(wonBy.get(key) ?? []), execution]));
	}
	return { wonBy, everyReadAfterAllInserts };
}

describe('decideClaims', () => {
	describe('when two claims have no row id (execution 8 inserts and reads, then 7 inserts and reads)', () => {
		it('returns no winner for either reader and marks the key unorderable', () => {
			const eight = { claimKey: 'k#1', executionId: '8' };
			const seven = { claimKey: 'k#1', executionId: '7' };
			expect(winnersSeenBy([eight]).get('k#1')).toBeUndefined();
			expect(decideClaims({ claims: [eight, seven] }).get('k#1')).toEqual({ kind: 'unorderable', claims: 2 });
		});
	});

	describe('when rows carry the store\'s ids', () => {
		it('returns the first inserted claim as winner', () => {
			const claims = [
				{ id: 2, claimKey: 'k#1', executionId: 'a' },
				{ id: 1, claimKey: 'k#1', executionId: 'b' },
			];
			expect(decideClaims({ claims }).get('k#1')).toEqual({ kind: 'won', executionId: 'b', id: 1 });
		});
	});

	describe('when one claim of the key has no id', () => {
		it('returns the key unorderable, even for the execution holding the lowest id', () => {
			const claims = [{ id: 1, claimKey: 'k#1', executionId: 'a' }, { claimKey: 'k#1', executionId: 'b' }];
			expect(decideClaims({ claims }).get('k#1')).toEqual({ kind: 'unorderable', claims: 2 });
		});
	});

	describe('when the same row is read twice', () => {
		it('returns it as one claim', () => {
			const row = { id: 4, claimKey: 'k#2', executionId: 'a' };
			expect(decideClaims({ claims: [row, { ...row }, { id: 5, claimKey: 'k#2', executionId: 'b' }] }).get('k#2')).toEqual({ kind: 'won', executionId: 'a', id: 4 });
		});
	});

	describe('when two executions\' claims share one id', () => {
		it('returns the key unorderable', () => {
			const claims = [{ id: 1, claimKey: 'k#1', executionId: 'a' }, { id: 1, claimKey: 'k#1', executionId: 'b' }];
			expect(decideClaims({ claims }).get('k#1')?.kind).toBe('unorderable');
		});
	});

	describe('for any interleaving of several executions that each insert, then later read', () => {
		it('returns each key won by at most one execution, and by exactly one when all read after all inserts and the store gave ids', () => {
			fc.assert(
				fc.property(scenario, ([executions, schedule]) => {
					const { wonBy, everyReadAfterAllInserts } = play(executions, schedule);
					for (const winners of wonBy.values()) expect(winners.size).toBeLessThanOrEqual(1);
					if (everyReadAfterAllInserts && executions.every((execution) => execution.storeGivesIds)) {
						const claimedKeys = new Set(executions.flatMap((execution) => execution.keys));
						for (const key of claimedKeys) expect(wonBy.get(key)?.size).toBe(1);
					}
				}),
				{ numRuns: 500 },
			);
		});

		it('returns the winner to the first inserter whenever the store gave ids, whatever the read order', () => {
			fc.assert(
				fc.property(scenario, ([executions, schedule]) => {
					const withIds = executions.map((execution) => ({ ...execution, storeGivesIds: true }));
					const { wonBy } = play(withIds, schedule);
					// Worked out independently: the first execution in the schedule that claims a key inserted it first.
					const firstInserter = new Map<string, number>();
					for (const execution of schedule) for (const key of withIds[execution].keys) if (!firstInserter.has(key)) firstInserter.set(key, execution);
					for (const [key, execution] of firstInserter) expect([...(wonBy.get(key) ?? [])]).toEqual([execution]);
				}),
				{ numRuns: 300 },
			);
		});
	});
});
