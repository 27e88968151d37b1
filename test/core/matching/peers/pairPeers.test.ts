import fc from 'fast-check';

import { pairPeers, type PairPeersResult } from '../../../../nodes/core/matching/peers';
import { InvalidOptionError, MalformedInputError } from '../../../../nodes/core/errors';
import { bruteForceOptimum } from './bruteForce';

const NAMES = ['kim', 'ada', 'zoe', 'bo', 'lee', 'max', 'ivy', 'sam', 'eli', 'noa', 'uma', 'jo'];

interface Pool {
	people: string[];
	/** Weight by unordered pair key, undefined = forbidden. */
	weights: Map<string, number | undefined>;
	history: Array<[string, string]>;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Random pools of up to 11 people with forbidden pairs, negative weights and a history. */
const poolArbitrary = fc.integer({ min: 0, max: 11 }).chain((size) => {
	const people = NAMES.slice(0, size);
	const pairs: Array<[string, string]> = [];
	for (let i = 0; i < size; i++)
		for (let j = i + 1; j < size; j++) pairs.push([people[i], people[j]]);
	return fc
		.record({
			weights: fc.array(
				fc.oneof(
					{ weight: 1, arbitrary: fc.constant(undefined) },
					{ weight: 4, arbitrary: fc.integer({ min: -2, max: 9 }) },
				),
				{ minLength: pairs.length, maxLength: pairs.length },
			),
			historyMask: fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }),
			historyRate: fc.integer({ min: 0, max: 4 }),
			order: fc.shuffledSubarray(people, { minLength: size, maxLength: size }),
		})
		.map(
			({ weights, historyMask, historyRate, order }): Pool => ({
				people: order,
				weights: new Map(pairs.map(([a, b], k) => [pairKey(a, b), weights[k]])),
				// Keep the history small: about historyRate in 8 of the flagged pairs.
				history: pairs.filter((_, k) => historyMask[k] && k % 8 < historyRate),
			}),
		);
});

function run(
	pool: Pool,
	options: {
		objective?: 'maxWeight' | 'maxCardinality';
		trios?: boolean;
		candidatesPerPerson?: number;
	} = {},
): PairPeersResult {
	return pairPeers({
		people: pool.people,
		weight: (a, b) => pool.weights.get(pairKey(a, b)),
		history: pool.history,
		...options,
	});
}

/** Weight matrix for the brute force, NaN for forbidden or already-met pairs. */
function matrixOf(pool: Pool): number[][] {
	const met = new Set(pool.history.map(([a, b]) => pairKey(a, b)));
	return pool.people.map((a) =>
		pool.people.map((b) => {
			const w = a === b || met.has(pairKey(a, b)) ? undefined : pool.weights.get(pairKey(a, b));
			return w === undefined ? NaN : w;
		}),
	);
}

describe('pairPeers', () => {
	describe('on random pools up to 11 people', () => {
		it('reaches the brute-force maximum weight, whatever the starting candidate lists', () => {
			fc.assert(
				fc.property(poolArbitrary, fc.integer({ min: 1, max: 11 }), (pool, candidatesPerPerson) => {
					const result = run(pool, { objective: 'maxWeight', candidatesPerPerson, trios: false });
					expect(result.matchingWeight).toBe(bruteForceOptimum(matrixOf(pool), false).weight);
				}),
				{ numRuns: 400, seed: 11 },
			);
		});

		it('reaches the brute-force pair count, then weight, with the cardinality objective', () => {
			fc.assert(
				fc.property(poolArbitrary, fc.integer({ min: 1, max: 11 }), (pool, candidatesPerPerson) => {
					const result = run(pool, {
						objective: 'maxCardinality',
						candidatesPerPerson,
						trios: false,
					});
					const optimum = bruteForceOptimum(matrixOf(pool), true);
					expect(result.groups.length).toBe(optimum.size);
					expect(result.matchingWeight).toBe(optimum.weight);
				}),
				{ numRuns: 400, seed: 12 },
			);
		});

		it('never puts a forbidden or already-met pair in a group, trios included', () => {
			fc.assert(
				fc.property(
					poolArbitrary,
					fc.constantFrom<'maxWeight' | 'maxCardinality'>('maxWeight', 'maxCardinality'),
					(pool, objective) => {
						const matrix = matrixOf(pool);
						const at = new Map(pool.people.map((id, i) => [id, i]));
						const result = run(pool, { objective });
						const seen = new Set<string>();
						for (const group of result.groups) {
							expect(group.members.length === 2 || group.members.length === 3).toBe(true);
							let weight = 0;
							for (let x = 0; x < group.members.length; x++) {
								for (let y = x + 1; y < group.members.length; y++) {
									const w =
										matrix[at.get(group.members[x]) as number][at.get(group.members[y]) as number];
									expect(Number.isNaN(w)).toBe(false);
									weight += w;
								}
							}
							expect(group.weight).toBe(weight);
							for (const id of group.members) {
								expect(seen.has(id)).toBe(false);
								seen.add(id);
							}
						}
						for (const id of result.unpaired) expect(seen.has(id)).toBe(false);
						expect(seen.size + result.unpaired.length).toBe(pool.people.length);
					},
				),
				{ numRuns: 300, seed: 13 },
			);
		});

		it('returns the same result for any order of the people and the history', () => {
			const shuffledArbitrary = poolArbitrary.chain((pool) =>
				fc.tuple(
					fc.constant(pool),
					fc.shuffledSubarray(pool.people, {
						minLength: pool.people.length,
						maxLength: pool.people.length,
					}),
					fc.shuffledSubarray(pool.history, {
						minLength: pool.history.length,
						maxLength: pool.history.length,
					}),
				),
			);
			fc.assert(
				fc.property(shuffledArbitrary, ([pool, people, history]) => {
					const shuffled: Pool = {
						...pool,
						people,
						history: history.map(([a, b]) => [b, a] as [string, string]),
					};
					expect(run(shuffled)).toEqual(run(pool));
					expect(run(shuffled, { objective: 'maxWeight' })).toEqual(
						run(pool, { objective: 'maxWeight' }),
					);
				}),
				{ numRuns: 200, seed: 14 },
			);
		});

		it('places a leftover in the trio that adds the most weight among the pairs made', () => {
			fc.assert(
				fc.property(poolArbitrary, (pool) => {
					const matrix = matrixOf(pool);
					const at = new Map(pool.people.map((id, i) => [id, i]));
					const withoutTrios = run(pool, { trios: false });
					const withTrios = run(pool);
					// Only pools that leave exactly one person over count towards the 300 runs (fast-check
					// fails the test if too few pools qualify), so every run checks a leftover's trio.
					fc.pre(withoutTrios.unpaired.length === 1);
					// One leftover: the best pair is found by trying them all.
					const x = at.get(withoutTrios.unpaired[0]) as number;
					let best = -Infinity;
					for (const group of withoutTrios.groups) {
						const [a, b] = group.members.map((id) => at.get(id) as number);
						const added = matrix[x][a] + matrix[x][b];
						if (!Number.isNaN(added) && added > best) best = added;
					}
					if (best === -Infinity) expect(withTrios.unpaired).toEqual(withoutTrios.unpaired);
					else expect(withTrios.totalWeight - withTrios.matchingWeight).toBe(best);
				}),
				{ numRuns: 300, seed: 15 },
			);
		});
	});

	describe('on random pools of 30 to 80 people', () => {
		it('reaches the same optimum from short candidate lists as from the full graph', () => {
			// The full graph (every pair a candidate) needs no pricing round, so it is the reference.
			const poolOf = (size: number, seed: number): Pool => {
				const people = Array.from({ length: size }, (_, i) => `p${(i * 7919 + seed) % 1000}-${i}`);
				const weights = new Map<string, number | undefined>();
				let state = seed;
				const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
				for (let i = 0; i < size; i++) {
					for (let j = i + 1; j < size; j++) {
						const r = next() % 100;
						weights.set(pairKey(people[i], people[j]), r < 10 ? undefined : r % 23);
					}
				}
				return { people, weights, history: [[people[0], people[1]]] };
			};
			fc.assert(
				fc.property(
					fc.integer({ min: 30, max: 80 }),
					fc.integer({ min: 1, max: 1000 }),
					fc.integer({ min: 1, max: 4 }),
					(size, seed, k) => {
						const pool = poolOf(size, seed);
						for (const objective of ['maxWeight', 'maxCardinality'] as const) {
							const sparse = run(pool, { objective, candidatesPerPerson: k, trios: false });
							const full = run(pool, { objective, candidatesPerPerson: size, trios: false });
							expect(full.stats.rounds).toBe(1);
							expect(sparse.matchingWeight).toBe(full.matchingWeight);
							expect(sparse.groups.length).toBe(full.groups.length);
						}
					},
				),
				{ numRuns: 40, seed: 16 },
			);
		});
	});

	describe('when the count is odd', () => {
		// Worked by hand: ann-bob 10 and cat-dan 10 are the best pairs; eve scores 4 + 4 with
		// ann and bob but 1 + 9 with cat and dan, so she joins cat and dan (adds 10 > 8).
		const weights: Record<string, number> = {
			'ann|bob': 10,
			'cat|dan': 10,
			'ann|eve': 4,
			'bob|eve': 4,
			'cat|eve': 1,
			'dan|eve': 9,
			'ann|cat': 0,
			'ann|dan': 0,
			'bob|cat': 0,
			'bob|dan': 0,
		};
		const weight = (a: string, b: string): number | undefined => weights[pairKey(a, b)];

		it('adds the leftover person to the pair where they add the most weight', () => {
			const result = pairPeers({ people: ['eve', 'dan', 'cat', 'bob', 'ann'], weight });
			expect(result.groups).toEqual([
				{ members: ['ann', 'bob'], weight: 10 },
				{ members: ['cat', 'dan', 'eve'], weight: 20 },
			]);
			expect(result.unpaired).toEqual([]);
			expect(result.totalWeight).toBe(30);
			expect(result.matchingWeight).toBe(20);
		});

		it('skips a trio that would repeat an earlier pairing', () => {
			// eve met dan before, so cat-dan is closed to her; she joins ann and bob (adds 8).
			const result = pairPeers({
				people: ['eve', 'dan', 'cat', 'bob', 'ann'],
				weight,
				history: [['dan', 'eve']],
			});
			expect(result.groups).toEqual([
				{ members: ['ann', 'bob', 'eve'], weight: 18 },
				{ members: ['cat', 'dan'], weight: 10 },
			]);
		});

		it('leaves the person out when trios are off', () => {
			const result = pairPeers({
				people: ['eve', 'dan', 'cat', 'bob', 'ann'],
				weight,
				trios: false,
			});
			expect(result.unpaired).toEqual(['eve']);
			expect(result.totalWeight).toBe(20);
		});
	});

	describe('when several people would be left out', () => {
		it('gives each their own trio, at most one extra person per pair', () => {
			// By hand, under maxWeight: a-b and c-d weigh 20, far more than any pair with x or y
			// (a-b + c-d = 40 against at most 20 + 3 + 2 otherwise), so x and y are left over.
			// x adds 2 + 2 with a-b or 1 + 1 with c-d; y adds 3 + 3 with a-b or 0 + 0 with c-d.
			// One extra per pair: {y: a-b, x: c-d} adds 6 + 2 = 8 against {x: a-b, y: c-d} 4 + 0.
			const w: Record<string, number> = {
				'a|b': 20,
				'c|d': 20,
				'a|x': 2,
				'b|x': 2,
				'c|x': 1,
				'd|x': 1,
				'a|y': 3,
				'b|y': 3,
				'c|y': 0,
				'd|y': 0,
			};
			const result = pairPeers({
				people: ['a', 'b', 'c', 'd', 'x', 'y'],
				weight: (p, q) => w[pairKey(p, q)],
				objective: 'maxWeight',
			});
			expect(result.groups).toEqual([
				{ members: ['a', 'b', 'y'], weight: 26 },
				{ members: ['c', 'd', 'x'], weight: 22 },
			]);
		});
	});

	describe('when the objective differs', () => {
		// Path a-b-c-d: b-c weighs 10, the outer pairs 4 each.
		const w: Record<string, number> = { 'a|b': 4, 'b|c': 10, 'c|d': 4 };
		const weight = (p: string, q: string): number | undefined => w[pairKey(p, q)];

		it('takes the heaviest pair under maxWeight', () => {
			const result = pairPeers({
				people: ['a', 'b', 'c', 'd'],
				weight,
				objective: 'maxWeight',
				trios: false,
			});
			expect(result.groups).toEqual([{ members: ['b', 'c'], weight: 10 }]);
		});

		it('pairs everyone under maxCardinality', () => {
			const result = pairPeers({ people: ['a', 'b', 'c', 'd'], weight, trios: false });
			expect(result.groups.map((group) => group.members)).toEqual([
				['a', 'b'],
				['c', 'd'],
			]);
		});
	});

	describe('when the pool is tiny', () => {
		it('returns nothing for an empty pool', () => {
			expect(pairPeers({ people: [], weight: () => 1 })).toMatchObject({
				groups: [],
				unpaired: [],
				totalWeight: 0,
			});
		});
		it('leaves a single person unpaired', () => {
			expect(pairPeers({ people: ['solo'], weight: () => 1 }).unpaired).toEqual(['solo']);
		});
		it('leaves a trio out when the only pair already met', () => {
			const result = pairPeers({ people: ['a', 'b', 'c'], weight: () => 1, history: [['a', 'b']] });
			// a-c or b-c can pair (equal weight); whoever is left met the other member: no trio.
			expect(result.groups).toHaveLength(1);
			expect(result.groups[0].members).toContain('c');
			expect(result.unpaired).toHaveLength(1);
			expect(['a', 'b']).toContain(result.unpaired[0]);
		});
	});

	it('calls the weight callback once per pair, with ids in ascending order', () => {
		const calls: string[] = [];
		pairPeers({ people: ['c', 'a', 'b'], weight: (a, b) => (calls.push(`${a}${b}`), 1) });
		expect(calls).toEqual(['ab', 'ac', 'bc']);
	});

	it('rejects a person listed twice', () => {
		expect(() => pairPeers({ people: ['a', 'b', 'a'], weight: () => 1 })).toThrow(
			MalformedInputError,
		);
	});

	it('rejects an unknown objective', () => {
		expect(() =>
			pairPeers({ people: ['a', 'b'], weight: () => 1, objective: 'fastest' as never }),
		).toThrow(InvalidOptionError);
	});

	it('rejects a weight that is not a whole number', () => {
		expect(() => pairPeers({ people: ['a', 'b'], weight: () => 0.5 })).toThrow(InvalidOptionError);
	});
});
