import fc from 'fast-check';

import {
	findBlockingPairs,
	stableMatch,
	type StableMatchResult,
} from '../../../../nodes/core/matching/stable';
import { InvalidOptionError, MalformedInputError } from '../../../../nodes/core/errors';

interface Instance {
	mentees: string[];
	mentors: Array<{ id: string; capacity: number }>;
	/** Mentee-side score per `mentee|mentor`, undefined = not allowed. */
	scores: Map<string, number | undefined>;
	/** Mentor-side score per `mentee|mentor` when the mentor has a view of their own. */
	mentorScores?: Map<string, number | undefined>;
}

const MENTEES = [
	'tom',
	'ann',
	'zed',
	'bea',
	'kai',
	'liv',
	'moe',
	'ida',
	'gus',
	'pia',
	'rex',
	'sue',
];
const MENTORS = ['olga', 'finn', 'cleo', 'hugo', 'nina', 'abe'];

const cell = (mentee: string, mentor: string): string => `${mentee}|${mentor}`;

/** Random instances; scores 0..4 make ties frequent, so the tie-breaking is exercised. */
function instanceArbitrary(
	maxMentees: number,
	maxMentors: number,
	maxCapacity: number,
): fc.Arbitrary<Instance> {
	return fc
		.tuple(fc.integer({ min: 0, max: maxMentees }), fc.integer({ min: 0, max: maxMentors }))
		.chain(([menteeCount, mentorCount]) => {
			const mentees = MENTEES.slice(0, menteeCount);
			const mentorIds = MENTORS.slice(0, mentorCount);
			const cells = mentees.flatMap((m) => mentorIds.map((r) => cell(m, r)));
			const score = fc.oneof(
				{ weight: 1, arbitrary: fc.constant(undefined) },
				{ weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
			);
			return fc
				.record({
					mentees: fc.shuffledSubarray(mentees, { minLength: menteeCount, maxLength: menteeCount }),
					mentors: fc.tuple(
						fc.shuffledSubarray(mentorIds, { minLength: mentorCount, maxLength: mentorCount }),
						fc.array(fc.integer({ min: 0, max: maxCapacity }), {
							minLength: mentorCount,
							maxLength: mentorCount,
						}),
					),
					scores: fc.array(score, { minLength: cells.length, maxLength: cells.length }),
					mentorScores: fc.option(
						fc.array(score, { minLength: cells.length, maxLength: cells.length }),
						{ nil: undefined },
					),
				})
				.map(
					(drawn): Instance => ({
						mentees: drawn.mentees,
						mentors: drawn.mentors[0].map((id, r) => ({ id, capacity: drawn.mentors[1][r] })),
						scores: new Map(cells.map((key, k) => [key, drawn.scores[k]])),
						mentorScores:
							drawn.mentorScores && new Map(cells.map((key, k) => [key, drawn.mentorScores?.[k]])),
					}),
				);
		});
}

function solve(instance: Instance): StableMatchResult {
	return stableMatch({
		mentees: instance.mentees,
		mentors: instance.mentors,
		score: (m, r) => instance.scores.get(cell(m, r)),
		mentorScore: instance.mentorScores && ((r, m) => instance.mentorScores?.get(cell(m, r))),
	});
}

/**
 * The reference model, written from the definitions: a pair is allowed when both sides
 * score it; each side prefers the higher score, then the lower id.
 */
function model(instance: Instance) {
	const allowed = (m: string, r: string): boolean =>
		instance.scores.get(cell(m, r)) !== undefined &&
		(instance.mentorScores === undefined || instance.mentorScores.get(cell(m, r)) !== undefined);
	const menteeSide = (m: string, r: string): number => instance.scores.get(cell(m, r)) as number;
	const mentorSide = (m: string, r: string): number =>
		(instance.mentorScores
			? instance.mentorScores.get(cell(m, r))
			: instance.scores.get(cell(m, r))) as number;
	/** Whether mentee m strictly prefers mentor a to b (b undefined = no mentor). */
	const menteePrefers = (m: string, a: string, b: string | undefined, ties: boolean): boolean => {
		if (b === undefined) return true;
		const sa = menteeSide(m, a);
		const sb = menteeSide(m, b);
		return sa > sb || (ties && sa === sb && a < b);
	};
	const mentorPrefers = (r: string, a: string, b: string, ties: boolean): boolean => {
		const sa = mentorSide(a, r);
		const sb = mentorSide(b, r);
		return sa > sb || (ties && sa === sb && a < b);
	};
	/** Blocking pairs of an assignment (mentee -> mentor), checked over every pair. */
	const blocking = (assignment: Map<string, string>, ties = true): string[] => {
		const found: string[] = [];
		for (const m of instance.mentees) {
			for (const { id: r, capacity } of instance.mentors) {
				if (!allowed(m, r) || assignment.get(m) === r) continue;
				if (!menteePrefers(m, r, assignment.get(m), ties)) continue;
				const holding = [...assignment]
					.filter(([, mentor]) => mentor === r)
					.map(([mentee]) => mentee);
				if (holding.length < capacity || holding.some((other) => mentorPrefers(r, m, other, ties)))
					found.push(cell(m, r));
			}
		}
		return found.sort();
	};
	return { allowed, menteePrefers, blocking };
}

const assignmentOf = (result: StableMatchResult): Map<string, string> =>
	new Map(result.pairs.map((pair) => [pair.menteeId, pair.mentorId]));

/** Every assignment that respects the allowed pairs and the capacities. */
function allAssignments(
	instance: Instance,
	allowed: (m: string, r: string) => boolean,
): Array<Map<string, string>> {
	const out: Array<Map<string, string>> = [];
	const load = new Map(instance.mentors.map((mentor) => [mentor.id, 0]));
	const current = new Map<string, string>();
	const visit = (k: number): void => {
		if (k === instance.mentees.length) {
			out.push(new Map(current));
			return;
		}
		const m = instance.mentees[k];
		visit(k + 1);
		for (const { id: r, capacity } of instance.mentors) {
			if (!allowed(m, r) || (load.get(r) as number) >= capacity) continue;
			load.set(r, (load.get(r) as number) + 1);
			current.set(m, r);
			visit(k + 1);
			current.delete(m);
			load.set(r, (load.get(r) as number) - 1);
		}
	};
	visit(0);
	return out;
}

describe('stableMatch', () => {
	describe('on a small example worked by hand', () => {
		// Scores (mentee-side = mentor-side):      olga  finn
		//   ann                                       3     2
		//   bea                                       5     1
		//   cid                                       5     4
		// Proposals: ann->olga (held), bea->olga (olga takes bea: 5 > 3, ann freed),
		// cid->olga (5 = 5, bea's lower id wins, cid rejected), ann->finn (held),
		// cid->finn (4 > 2: finn takes cid, ann freed), ann has no one left.
		const scores: Record<string, number> = {
			'ann|olga': 3,
			'ann|finn': 2,
			'bea|olga': 5,
			'bea|finn': 1,
			'cid|olga': 5,
			'cid|finn': 4,
		};
		const result = stableMatch({
			mentees: ['cid', 'ann', 'bea'],
			mentors: [
				{ id: 'olga', capacity: 1 },
				{ id: 'finn', capacity: 1 },
			],
			score: (m, r) => scores[cell(m, r)],
		});

		it('returns the pairs in mentee id order with their scores', () => {
			expect(result.pairs).toEqual([
				{ menteeId: 'bea', mentorId: 'olga', score: 5 },
				{ menteeId: 'cid', mentorId: 'finn', score: 4 },
			]);
			expect(result.unmatched).toEqual(['ann']);
			expect(result.totalScore).toBe(9);
			// Five proposals, whatever the order: each mentee proposes down to their final mentor.
			expect(result.proposals).toBe(5);
		});
	});

	describe('on random instances', () => {
		it('returns an assignment with no blocking pair, within capacities and allowed pairs', () => {
			fc.assert(
				fc.property(instanceArbitrary(12, 6, 3), (instance) => {
					const result = solve(instance);
					const { allowed, blocking } = model(instance);
					const assignment = assignmentOf(result);
					expect(blocking(assignment)).toEqual([]);
					for (const { id, capacity } of instance.mentors) {
						expect(result.pairs.filter((pair) => pair.mentorId === id).length).toBeLessThanOrEqual(
							capacity,
						);
					}
					for (const pair of result.pairs) {
						expect(allowed(pair.menteeId, pair.mentorId)).toBe(true);
						expect(pair.score).toBe(instance.scores.get(cell(pair.menteeId, pair.mentorId)));
					}
					expect(result.pairs.length + result.unmatched.length).toBe(instance.mentees.length);
					expect(result.totalScore).toBe(result.pairs.reduce((sum, pair) => sum + pair.score, 0));
				}),
				{ numRuns: 500, seed: 21 },
			);
		});

		it('gives every mentee their best mentor over all stable assignments (brute force)', () => {
			fc.assert(
				fc.property(instanceArbitrary(6, 3, 2), (instance) => {
					const { allowed, blocking, menteePrefers } = model(instance);
					const stable = allAssignments(instance, allowed).filter(
						(assignment) => blocking(assignment).length === 0,
					);
					const mine = assignmentOf(solve(instance));
					// Stable assignments always exist (Gale and Shapley), and ours is one of them.
					expect(stable.length).toBeGreaterThan(0);
					expect(blocking(mine)).toEqual([]);
					for (const other of stable) {
						for (const m of instance.mentees) {
							const theirs = other.get(m);
							if (theirs !== undefined && theirs !== mine.get(m)) {
								expect(menteePrefers(m, theirs, mine.get(m), true)).toBe(false);
							}
						}
						// Rural hospitals theorem: the same mentees are matched in every stable assignment.
						expect([...other.keys()].sort()).toEqual([...mine.keys()].sort());
					}
				}),
				{ numRuns: 300, seed: 22 },
			);
		});

		it('returns the same result for any order of mentees and mentors', () => {
			const shuffled = instanceArbitrary(12, 6, 3).chain((instance) =>
				fc.tuple(
					fc.constant(instance),
					fc.shuffledSubarray(instance.mentees, {
						minLength: instance.mentees.length,
						maxLength: instance.mentees.length,
					}),
					fc.shuffledSubarray(instance.mentors, {
						minLength: instance.mentors.length,
						maxLength: instance.mentors.length,
					}),
				),
			);
			fc.assert(
				fc.property(shuffled, ([instance, mentees, mentors]) => {
					expect(solve({ ...instance, mentees, mentors })).toEqual(solve(instance));
				}),
				{ numRuns: 300, seed: 23 },
			);
		});

		it('treats mentors outside the candidate list as not allowed', () => {
			fc.assert(
				fc.property(
					instanceArbitrary(10, 6, 3),
					fc.integer({ min: 0, max: 5 }),
					(instance, keep) => {
						// Each mentee keeps a fixed slice of mentors, named in a scrambled order with a stray id.
						const kept = (m: string): string[] =>
							instance.mentors
								.map((mentor) => mentor.id)
								.filter((_, r) => (r + m.length) % 6 <= keep);
						const restricted = stableMatch({
							mentees: instance.mentees,
							mentors: instance.mentors,
							score: (m, r) => instance.scores.get(cell(m, r)),
							candidates: (m) => ['nobody', ...kept(m).reverse()],
						});
						const filtered = stableMatch({
							mentees: instance.mentees,
							mentors: instance.mentors,
							score: (m, r) => (kept(m).includes(r) ? instance.scores.get(cell(m, r)) : undefined),
						});
						expect(restricted).toEqual(filtered);
					},
				),
				{ numRuns: 200, seed: 24 },
			);
		});
	});

	describe('when the input is invalid', () => {
		const score = (): number => 1;
		it('rejects a duplicate mentee id', () => {
			expect(() => stableMatch({ mentees: ['a', 'a'], mentors: [], score })).toThrow(
				MalformedInputError,
			);
		});
		it('rejects a duplicate mentor id', () => {
			const mentors = [
				{ id: 'r', capacity: 1 },
				{ id: 'r', capacity: 2 },
			];
			expect(() => stableMatch({ mentees: ['a'], mentors, score })).toThrow(MalformedInputError);
		});
		it('rejects a negative or fractional capacity, naming the field', () => {
			for (const capacity of [-1, 1.5]) {
				try {
					stableMatch({ mentees: ['a'], mentors: [{ id: 'r', capacity }], score });
					throw new Error('expected a failure');
				} catch (error) {
					expect(error).toBeInstanceOf(MalformedInputError);
					expect((error as MalformedInputError).field).toBe('capacity');
				}
			}
		});
		it('rejects a score that is not a finite number', () => {
			expect(() =>
				stableMatch({ mentees: ['a'], mentors: [{ id: 'r', capacity: 1 }], score: () => NaN }),
			).toThrow(InvalidOptionError);
		});
	});
});

describe('findBlockingPairs', () => {
	it('agrees with a check of every pair, on random assignments, with and without tie-breaking', () => {
		const withAssignment = instanceArbitrary(8, 4, 3).chain((instance) =>
			fc.tuple(
				fc.constant(instance),
				fc.array(fc.integer({ min: -1, max: instance.mentors.length - 1 }), {
					minLength: instance.mentees.length,
					maxLength: instance.mentees.length,
				}),
			),
		);
		fc.assert(
			fc.property(withAssignment, fc.boolean(), ([instance, choice], breakTiesById) => {
				const { allowed, blocking } = model(instance);
				// Keep only allowed pairs within capacity, in mentee order.
				const assignment = new Map<string, string>();
				const load = new Map<string, number>();
				instance.mentees.forEach((m, k) => {
					const mentor = instance.mentors[choice[k]];
					if (!mentor || !allowed(m, mentor.id) || (load.get(mentor.id) ?? 0) >= mentor.capacity)
						return;
					assignment.set(m, mentor.id);
					load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
				});
				const found = findBlockingPairs({
					mentees: instance.mentees,
					mentors: instance.mentors,
					score: (m, r) => instance.scores.get(cell(m, r)),
					mentorScore: instance.mentorScores && ((r, m) => instance.mentorScores?.get(cell(m, r))),
					pairs: [...assignment].map(([menteeId, mentorId]) => ({ menteeId, mentorId })),
					breakTiesById,
				});
				expect(found.map((pair) => cell(pair.menteeId, pair.mentorId)).sort()).toEqual(
					blocking(assignment, breakTiesById),
				);
			}),
			{ numRuns: 400, seed: 25 },
		);
	});
});
