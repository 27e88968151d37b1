import fc from 'fast-check';

import { matchCircles } from '../../../../nodes/core/matching/circles/matchCircles';
import type { CircleSolution } from '../../../../nodes/core/matching/circles/solveCircles';
import { solveCircles } from '../../../../nodes/core/matching/circles/solveCircles';
import type { ProgramContext } from '../../../../nodes/core/matching/context';
import { prepareMatching } from '../../../../nodes/core/matching/match';
import { evaluatePair } from '../../../../nodes/core/matching/scoring/referenceScore';
import type { Participant } from '../../../../nodes/core/types';
import { rosterArbitrary, rulesArbitrary } from '../arbitraries';
import { allowedRows, randomRows } from './rows';

const AT = new Date('2026-03-02T12:00:00Z');

interface Best {
	placed: number;
	points: number;
}

/**
 * The best (most placed, then most points) over every way of giving each mentee a
 * mentor or none, keeping only ways where each mentor has 0 or min..max mentees and
 * every pair is allowed by the reference scorer: (mentors + 1)^mentees assignments.
 */
function bruteForce(context: ProgramContext, minPoints: number, min: number, max: number): Best {
	const options = context.mentees.map((mentee) =>
		context.mentors.flatMap((mentor, j) => {
			const facts = evaluatePair(context, mentor, mentee);
			return facts.broken.length === 0 && facts.points >= minPoints ? [{ j, points: facts.points }] : [];
		}),
	);
	const load = new Int32Array(context.mentors.length);
	let best: Best = { placed: 0, points: 0 };
	const visit = (i: number, placed: number, points: number) => {
		if (i === options.length) {
			if (load.every((size) => size === 0 || (size >= min && size <= max))) {
				if (placed > best.placed || (placed === best.placed && points > best.points)) best = { placed, points };
			}
			return;
		}
		visit(i + 1, placed, points);
		for (const { j, points: p } of options[i]) {
			if (load[j] === max) continue;
			load[j]++;
			visit(i + 1, placed + 1, points + p);
			load[j]--;
		}
	};
	visit(0, 0, 0);
	return best;
}

/**
 * Circle sizes hold, and a search cut short never claims more than the brute force: its
 * bounds are at least the optimum, and a proven result is the optimum.
 */
function expectValidWithinBounds(solution: CircleSolution, best: Best, min: number, max: number): void {
	for (const size of solution.load) expect(size === 0 || (size >= min && size <= max)).toBe(true);
	expect(solution.placed).toBeLessThanOrEqual(best.placed);
	expect(solution.placedBound).toBeGreaterThanOrEqual(best.placed);
	if (solution.pointsBound !== undefined) {
		// The bound says no circles place more: then the brute force places as many, scoring at most the bound.
		expect(best.placed).toBe(solution.placed);
		expect(solution.pointsBound).toBeGreaterThanOrEqual(best.points);
	}
	if (solution.proven) expect([solution.placed, solution.totalPoints]).toEqual([best.placed, best.points]);
}

const sizes = fc.integer({ min: 1, max: 3 }).chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min, max: 4 }) }));

// One program, mentees only mentees and mentors only mentors, so that every mentee is a row of the brute force.
const roster = rosterArbitrary(7, 3).map((people) =>
	people.map((person): Participant => ({ ...person, role: person.role === 'both' ? 'mentor' : person.role })),
);

function prepared(people: Participant[], rules: object, minScore: number, max: number) {
	const participants = people.map((person) => (person.role === 'mentee' ? person : { ...person, capacity: max }));
	return prepareMatching({ participants, kind: 'group', rules, minScore, at: AT })[0];
}

describe('matchCircles against every assignment of tiny programs', () => {
	describe('when every rule, size range and minimum score varies', () => {
		it('returns circles of the allowed sizes, only allowed pairs, and the brute-force optimum of placed then points', () => {
			fc.assert(
				fc.property(roster, rulesArbitrary, sizes, fc.constantFrom(0, 20, 40), (people, rules, { min, max }, minScore) => {
					const { context, minPoints } = prepared(people, rules, minScore, max);
					const outcome = matchCircles({ participants: people, rules, minScore, at: AT, circleSizeMin: min, circleSizeMax: max });
					const best = bruteForce(context, minPoints, min, max);
					let points = 0;
					for (const circle of outcome.circles) {
						expect(circle.mentees.length).toBeGreaterThanOrEqual(min);
						expect(circle.mentees.length).toBeLessThanOrEqual(max);
						const mentor = context.mentors.find((person) => person.id === circle.mentorId)!;
						for (const member of circle.mentees) {
							const facts = evaluatePair(context, mentor, context.mentees.find((person) => person.id === member.id)!);
							expect(facts.broken).toEqual([]);
							expect(facts.points).toBeGreaterThanOrEqual(minPoints);
							points += facts.points;
						}
					}
					expect(outcome.summaries[0]).toMatchObject({ placedMentees: best.placed, optimal: true });
					expect(points).toBe(best.points);
					// Every mentee is in exactly one circle or in Unmatched with a reason.
					const placed = outcome.circles.flatMap((circle) => circle.mentees.map((member) => member.id));
					const left = outcome.unmatched.filter((person) => person.role === 'mentee').map((person) => person.id);
					expect([...placed, ...left].sort()).toEqual(context.mentees.map((person) => person.id).sort());
				}),
				{ numRuns: 150 },
			);
		});
	});
});

describe('solveCircles', () => {
	describe('when the search is cut short after a few nodes', () => {
		it('returns valid circles and a bound no lower than the brute-force optimum', () => {
			fc.assert(
				fc.property(roster, sizes, fc.integer({ min: 1, max: 3 }), (people, { min, max }, nodeLimit) => {
					const { context, minPoints } = prepared(people, {}, 0, max);
					const rows = allowedRows(context);
					const m = context.mentors.length;
					const solution = solveCircles({ rows, mentorCount: m, upper: new Int32Array(m).fill(max), lower: new Int32Array(m).fill(min), maxPoints: context.maxPoints, nodeLimit });
					const best = bruteForce(context, minPoints, min, max);
					expectValidWithinBounds(solution, best, min, max);
				}),
				{ numRuns: 100 },
			);
		});
	});
});

/** Best (placed, points) over every assignment of abstract rows: the brute force without participants. */
function bruteForceRows(rows: ReadonlyArray<{ mentors: number[]; points: number[] }>, m: number, min: number, max: number): Best {
	const load = new Int32Array(m);
	let best: Best = { placed: 0, points: 0 };
	const visit = (i: number, placed: number, points: number) => {
		if (i === rows.length) {
			if (load.every((size) => size === 0 || (size >= min && size <= max)) && (placed > best.placed || (placed === best.placed && points > best.points))) {
				best = { placed, points };
			}
			return;
		}
		visit(i + 1, placed, points);
		rows[i].mentors.forEach((j, k) => {
			if (load[j] === max) return;
			load[j]++;
			visit(i + 1, placed + 1, points + rows[i].points[k]);
			load[j]--;
		});
	};
	visit(0, 0, 0);
	return best;
}

// Dense random allowed pairs with points from a few values, so that ties and hard opening choices are common.
const problem = fc.record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 1, max: 4 }) }).chain(({ n, m }) =>
	fc.record({
		m: fc.constant(m),
		sizes,
		rows: randomRows(n, m),
	}),
);

describe('solveCircles on random allowed pairs', () => {
	describe('when up to 8 mentees and 4 mentors have random allowed pairs and points', () => {
		it('returns the brute-force optimum of placed, then points, with valid circle sizes', () => {
			fc.assert(
				fc.property(problem, ({ m, sizes: { min, max }, rows }) => {
					const solution = solveCircles({ rows, mentorCount: m, upper: new Int32Array(m).fill(max), lower: new Int32Array(m).fill(min), maxPoints: 1000 });
					const best = bruteForceRows(rows, m, min, max);
					for (const size of solution.load) expect(size === 0 || (size >= min && size <= max)).toBe(true);
					solution.mentorOf.forEach((j, i) => {
						if (j >= 0) expect(rows[i].mentors).toContain(j);
					});
					expect({ placed: solution.placed, points: solution.totalPoints, proven: solution.proven }).toEqual({ ...best, proven: true });
				}),
				{ numRuns: 400 },
			);
		});
	});
});

describe('solveCircles cut short on random allowed pairs', () => {
	describe('when the search may make only 1 to 4 assignment solves', () => {
		it('returns valid circles, and bounds that the brute-force optimum never exceeds', () => {
			fc.assert(
				fc.property(problem, fc.integer({ min: 1, max: 4 }), ({ m, sizes: { min, max }, rows }, nodeLimit) => {
					const solution = solveCircles({ rows, mentorCount: m, upper: new Int32Array(m).fill(max), lower: new Int32Array(m).fill(min), maxPoints: 1000, nodeLimit });
					const best = bruteForceRows(rows, m, min, max);
					expectValidWithinBounds(solution, best, min, max);
				}),
				{ numRuns: 400 },
			);
		});
	});
});
