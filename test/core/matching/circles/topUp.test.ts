import fc from 'fast-check';

import { matchCircles } from '../../../../nodes/core/matching/circles/matchCircles';
import { prepareMatching } from '../../../../nodes/core/matching/match';
import { evaluatePair } from '../../../../nodes/core/matching/scoring/referenceScore';
import type { CircleSolution } from '../../../../nodes/core/matching/circles/solveCircles';
import { solveCircles } from '../../../../nodes/core/matching/circles/solveCircles';
import type { ExistingPair } from '../../../../nodes/core/matching/types';
import type { Participant } from '../../../../nodes/core/types';
import { rosterArbitrary } from '../arbitraries';
import { participant } from '../people';
import { allowedRows, randomRows } from './rows';

const AT = new Date('2026-03-02T12:00:00Z');
// Only skills count, so a pair's score is the share of the mentee's wanted skills the mentor offers.
const SKILLS_ONLY = { nomination: 0, skills: 100, goals: 0, interests: 0, level: 0, department: 0, timezone: 0, language: 0, location: 0, orgDistance: 0 };

interface Best {
	placed: number;
	seats: number;
	points: number;
}

interface Rows {
	mentors: number[];
	points: number[];
}

const better = (a: Best, b: Best) => a.placed > b.placed || (a.placed === b.placed && (a.seats > b.seats || (a.seats === b.seats && a.points > b.points)));

/**
 * Best (placed, then seats of existing circles, then points) over every way of giving
 * each mentee a mentor or none: an existing circle takes 0 to its free seats, a new one
 * 0 or min to max mentees.
 */
function bruteForce(rows: readonly Rows[], existing: readonly boolean[], free: readonly number[], min: number, max: number): Best {
	const load = new Int32Array(existing.length);
	let best: Best = { placed: 0, seats: 0, points: 0 };
	const visit = (i: number, found: Best) => {
		if (i === rows.length) {
			const valid = existing.every((kept, j) => (kept ? load[j] <= free[j] : load[j] === 0 || (load[j] >= min && load[j] <= max)));
			if (valid && better(found, best)) best = found;
			return;
		}
		visit(i + 1, found);
		rows[i].mentors.forEach((j, k) => {
			if (load[j] === (existing[j] ? free[j] : max)) return;
			load[j]++;
			visit(i + 1, { placed: found.placed + 1, seats: found.seats + (existing[j] ? 1 : 0), points: found.points + rows[i].points[k] });
			load[j]--;
		});
	};
	visit(0, { placed: 0, seats: 0, points: 0 });
	return best;
}

const sizes = fc.integer({ min: 1, max: 3 }).chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min, max: 4 }) }));

// Random allowed pairs with a few point values (ties common), and some mentors leading a circle with 0 to max - 1 free seats.
const problem = fc.record({ n: fc.integer({ min: 1, max: 7 }), m: fc.integer({ min: 1, max: 4 }) }).chain(({ n, m }) =>
	sizes.chain(({ min, max }) =>
		fc.record({
			m: fc.constant(m),
			min: fc.constant(min),
			max: fc.constant(max),
			existing: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
			free: fc.array(fc.integer({ min: 0, max: max - 1 }), { minLength: m, maxLength: m }),
			rows: randomRows(n, m),
		}),
	),
);

type Problem = typeof problem extends fc.Arbitrary<infer T> ? T : never;

function solve(p: Problem, nodeLimit?: number): CircleSolution {
	return solveCircles({
		rows: p.rows,
		mentorCount: p.m,
		upper: Int32Array.from(p.existing, (kept, j) => (kept ? p.free[j] : p.max)),
		lower: Int32Array.from(p.existing, (kept) => (kept ? 0 : p.min)),
		existing: Uint8Array.from(p.existing, (kept) => (kept ? 1 : 0)),
		maxPoints: 1000,
		nodeLimit,
	});
}

describe('solveCircles with existing circles to top up', () => {
	describe('when up to 7 mentees and 4 mentors, some leading a circle already, have random allowed pairs', () => {
		it('returns the brute-force optimum of placed, then seats of existing circles filled, then points', () => {
			fc.assert(
				fc.property(problem, (p) => {
					const solution = solve(p);
					const best = bruteForce(p.rows, p.existing, p.free, p.min, p.max);
					p.existing.forEach((kept, j) => {
						const size = solution.load[j];
						if (kept) expect(size).toBeLessThanOrEqual(p.free[j]);
						else expect(size === 0 || (size >= p.min && size <= p.max)).toBe(true);
					});
					solution.mentorOf.forEach((j, i) => {
						if (j >= 0) expect(p.rows[i].mentors).toContain(j);
					});
					expect({ placed: solution.placed, seats: solution.seatsFilled, points: solution.totalPoints, proven: solution.proven }).toEqual({ ...best, proven: true });
				}),
				{ numRuns: 400 },
			);
		});
	});

	describe('when the search may make only 1 to 4 assignment solves', () => {
		it('returns valid circles, and tier bounds that the brute-force optimum never exceeds', () => {
			fc.assert(
				fc.property(problem, fc.integer({ min: 1, max: 4 }), (p, nodeLimit) => {
					const solution = solve(p, nodeLimit);
					const best = bruteForce(p.rows, p.existing, p.free, p.min, p.max);
					expect(solution.placed).toBeLessThanOrEqual(best.placed);
					expect(solution.placedBound).toBeGreaterThanOrEqual(best.placed);
					if (solution.seatsBound !== undefined) {
						expect(best.placed).toBe(solution.placed);
						expect(solution.seatsBound).toBeGreaterThanOrEqual(best.seats);
					}
					if (solution.pointsBound !== undefined) {
						expect(best.seats).toBe(solution.seatsFilled);
						expect(solution.pointsBound).toBeGreaterThanOrEqual(best.points);
					}
					if (solution.proven) expect([solution.placed, solution.seatsFilled, solution.totalPoints]).toEqual([best.placed, best.seats, best.points]);
				}),
				{ numRuns: 400 },
			);
		});
	});

	describe('when one existing circle has 2 free seats and a new mentor scores higher for every newcomer (sizes 3 to 4)', () => {
		// Points: existing mentor 0 (index 0) 100 for everyone, new mentor 1: 1000 for everyone.
		const rows = (n: number): Rows[] => Array.from({ length: n }, () => ({ mentors: [0, 1], points: [100, 1000] }));
		const run = (n: number) =>
			solveCircles({ rows: rows(n), mentorCount: 2, upper: Int32Array.of(2, 4), lower: Int32Array.of(0, 3), existing: Uint8Array.of(1, 0), maxPoints: 1000 });

		it('seats 2 newcomers in the existing circle, since a new circle cannot open for 2', () => {
			// By hand: the new mentor needs 3; so both go to the existing circle: placed 2, seats 2, points 200.
			expect(run(2)).toMatchObject({ placed: 2, seatsFilled: 2, totalPoints: 200, proven: true });
		});

		it('opens a new circle for 3 newcomers, as seating 2 would leave the third out', () => {
			// By hand: 2 seated + 1 alone places 2; the new circle of 3 places 3 (3000 points).
			expect(run(3)).toMatchObject({ placed: 3, seatsFilled: 0, totalPoints: 3000, proven: true });
		});

		it('fills one free seat before the new circle takes its minimum of 3, for 4 newcomers', () => {
			// By hand: every split placing 4 is {4 new} (seats 0) or {1 seated, 3 new} (seats 1); 2 seated + 2 new is not allowed.
			// Seats come before points: 1 seated (100) + 3 new (3000) = 3100, not 4 new (4000).
			expect(run(4)).toMatchObject({ placed: 4, seatsFilled: 1, totalPoints: 3100, proven: true });
		});

		it('fills both free seats and a new circle of 3 for 5 newcomers', () => {
			expect(run(5)).toMatchObject({ placed: 5, seatsFilled: 2, totalPoints: 3200, proven: true });
		});
	});
});

describe('matchCircles topping up existing circles', () => {
	const mentor = (id: string, offered: string[]) => participant(id, { role: 'mentor', skillsOffered: offered });
	const mentee = (id: string, wanted: string[]) => participant(id, { skillsWanted: wanted });
	const active = (mentorId: string, menteeId: string): ExistingPair => ({ mentorId, menteeId, status: 'active' });

	describe('when sqlMentor leads a circle of e1 and e2 (sizes 3 to 4) and n1, n2, n3 join, all wanting design', () => {
		// sqlMentor offers sql (newcomers score 0 with it), designMentor design (100 each). By hand: the circle of sqlMentor
		// has 2 free seats and designMentor needs 3 to open. All 3 in designMentor's new circle place 3; seating
		// 2 at sqlMentor leaves the third alone (placed 2). So a new circle of n1, n2, n3, and sqlMentor's stays {e1, e2}.
		const people: Participant[] = [mentor('sqlMentor', ['sql']), mentor('designMentor', ['design']), mentee('e1', ['sql']), mentee('e2', ['sql']), mentee('n1', ['design']), mentee('n2', ['design']), mentee('n3', ['design'])];
		const existingPairs = [active('sqlMentor', 'e1'), active('sqlMentor', 'e2')];

		it('returns a new circle for the three, keeps the existing members where they are, and proves it optimal', () => {
			const outcome = matchCircles({ participants: people, existingPairs, at: AT, weights: SKILLS_ONLY, circleSizeMin: 3, circleSizeMax: 4 });
			expect(outcome.circles.map((circle) => [circle.mentorId, circle.topUp, circle.mentees.map((m) => m.id)])).toEqual([['designMentor', false, ['n1', 'n2', 'n3']]]);
			expect(outcome.summaries[0]).toMatchObject({ existingCircles: 1, placedInExistingCircles: 0, placedMentees: 3, optimal: true });
		});

		it('tops up the existing circle to 4 with two newcomers when only two join, though they score 0 there', () => {
			const outcome = matchCircles({ participants: people.filter((p) => p.id !== 'n3'), existingPairs, at: AT, weights: SKILLS_ONLY, circleSizeMin: 3, circleSizeMax: 4 });
			expect(outcome.circles.map((circle) => [circle.mentorId, circle.topUp, circle.size, circle.mentees.map((m) => m.id)])).toEqual([['sqlMentor', true, 4, ['n1', 'n2']]]);
			expect(outcome.summaries[0]).toMatchObject({ existingCircles: 1, placedInExistingCircles: 2, placedMentees: 2, optimal: true });
			expect(outcome.summaries[0].optimality).toBe(
				'Proven optimal: the most mentees placed, then the most placed in the free seats of the existing circles (whose members stay), then the highest total pair score, over every way of forming circles of 3 to 4 mentees under the rules (branch and bound, ' +
					`${outcome.summaries[0].searchNodes} assignment solves)`,
			);
		});

		it('fills the existing circle\'s seats before a new circle when four join: one seated, three in a new circle', () => {
			// By hand: placing all 4 is {4 new} or {1 seated + 3 new}; a seat counts before points, so 1 seated. The
			// newcomers are alike, so only the counts are asserted, not which one is seated.
			const outcome = matchCircles({ participants: [...people, mentee('n4', ['design'])], existingPairs, at: AT, weights: SKILLS_ONLY, circleSizeMin: 3, circleSizeMax: 4 });
			const sizes = Object.fromEntries(outcome.circles.map((circle) => [circle.mentorId, [circle.size, circle.mentees.length]]));
			expect(sizes).toEqual({ sqlMentor: [3, 1], designMentor: [3, 3] });
			expect(outcome.summaries[0]).toMatchObject({ placedMentees: 4, placedInExistingCircles: 1, optimal: true });
		});
	});
});

describe('matchCircles with kept circles against every assignment of tiny programs', () => {
	// Mentors only mentor and mentees only mentees; up to 3 mentees already sit in circles (kept active pairs).
	const program = rosterArbitrary(8, 3)
		.map((people) => people.map((person): Participant => ({ ...person, role: person.role === 'both' ? 'mentor' : person.role })))
		.chain((people) => {
			const mentors = people.filter((person) => person.role === 'mentor');
			const mentees = people.filter((person) => person.role === 'mentee');
			return fc.record({
				people: fc.constant(people),
				kept: fc.array(fc.record({ mentor: fc.constantFrom(...mentors), mentee: fc.constantFrom(...mentees) }), { maxLength: 3 }),
				sizes,
			});
		});

	describe('when some mentors lead a circle already and new mentees join', () => {
		it('keeps every member where they are, and returns the brute-force optimum of placed, then seats filled, then points', () => {
			fc.assert(
				fc.property(program, ({ people, kept, sizes: { min, max } }) => {
					// One kept pair per mentee, and no circle above the maximum.
					const seen = new Set<string>();
					const perMentor = new Map<string, number>();
					const existingPairs: ExistingPair[] = [];
					for (const { mentor, mentee } of kept) {
						if (seen.has(mentee.id) || (perMentor.get(mentor.id) ?? 0) >= max) continue;
						seen.add(mentee.id);
						perMentor.set(mentor.id, (perMentor.get(mentor.id) ?? 0) + 1);
						existingPairs.push({ mentorId: mentor.id, menteeId: mentee.id, status: 'active' });
					}
					const participants = people.map((person) => (person.role === 'mentee' ? person : { ...person, capacity: max }));
					const { context } = prepareMatching({ participants, existingPairs, kind: 'group', at: AT })[0];
					const rows = allowedRows(context);
					const existing = context.mentors.map((_, j) => context.usedPlaces[j] > 0);
					const free = context.mentors.map((_, j) => context.freePlaces[j]);
					const best = bruteForce(rows, existing, free, min, max);

					const outcome = matchCircles({ participants: people, existingPairs, at: AT, circleSizeMin: min, circleSizeMax: max });
					// Nobody kept is listed again (so nobody moved), and every kept mentor's circle stays a top-up.
					const listed = outcome.circles.flatMap((circle) => circle.mentees.map((mentee) => mentee.id));
					for (const pair of existingPairs) expect(listed).not.toContain(pair.menteeId);
					let points = 0;
					let seats = 0;
					for (const circle of outcome.circles) {
						const j = context.mentors.findIndex((mentor) => mentor.id === circle.mentorId);
						expect(circle.topUp).toBe(existing[j]);
						expect(circle.size).toBe(context.usedPlaces[j] + circle.mentees.length);
						expect(circle.size).toBeLessThanOrEqual(max);
						if (!existing[j]) expect(circle.mentees.length).toBeGreaterThanOrEqual(min);
						if (existing[j]) seats += circle.mentees.length;
						for (const member of circle.mentees) points += evaluatePair(context, context.mentors[j], context.mentees.find((mentee) => mentee.id === member.id)!).points;
					}
					expect(outcome.summaries[0]).toMatchObject({ placedMentees: best.placed, placedInExistingCircles: best.seats, optimal: true });
					expect([seats, points]).toEqual([best.seats, best.points]);
				}),
				{ numRuns: 150 },
			);
		});
	});
});
