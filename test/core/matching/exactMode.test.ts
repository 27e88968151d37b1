import { munkres } from 'munkres';

import type { ProgramContext } from '../../../nodes/core/matching/context';
import { checkDualCertificate } from '../../../nodes/core/matching/flow/certificate';
import { prepareMatching } from '../../../nodes/core/matching/match';
import { objectiveWeight } from '../../../nodes/core/matching/objective';
import { evaluatePair } from '../../../nodes/core/matching/scoring/referenceScore';
import { solveProgram } from '../../../nodes/core/matching/solveProgram';
import type { Objective } from '../../../nodes/core/matching/types';
import type { Participant } from '../../../nodes/core/types';
import { randomOrg } from './randomOrg';
import { scarceOrg } from './scarceOrg';

const AT = new Date('2026-03-02T12:00:00Z');

/**
 * The optimum over the FULL graph (every allowed pair, scored by the reference
 * scorer), found by the Hungarian method of the `munkres` package: every mentor place
 * is a column, every mentee also gets a private "unmatched" column, cost = BIG − weight.
 */
function fullGraphOptimum(context: ProgramContext, minPoints: number, objective: Objective): number {
	const weightOf = objectiveWeight({ objective, maxPoints: context.maxPoints, menteeCount: context.mentees.length });
	const columns: number[] = [];
	context.mentors.forEach((_, j) => {
		for (let place = 0; place < context.freePlaces[j]; place++) columns.push(j);
	});
	const weights = context.mentees.map((mentee) =>
		context.mentors.map((mentor) => {
			const facts = evaluatePair(context, mentor, mentee);
			return facts.broken.length === 0 && facts.points >= minPoints ? weightOf(facts.points) : 0;
		}),
	);
	let big = 1;
	for (const row of weights) for (const weight of row) big = Math.max(big, weight + 1);
	const n = context.mentees.length;
	const matrix = weights.map((row) => [...columns.map((j) => big - row[j]), ...Array.from({ length: n }, () => big)]);
	let total = 0;
	for (const [row, column] of munkres(matrix)) if (column < columns.length) total += weights[row][columns[column]];
	return total;
}

const cases: Array<[string, () => Participant[]]> = [
	// Benchmark shape: 260 mentors with 1 to 2 places in 17 blocks of alike mentors.
	['the benchmark org (180 mentees, 260 mentors)', () => randomOrg({ mentees: 180, mentors: 260, seed: 11, maxCapacity: 2 })],
	// Scarce mentors, flat scores: 300 mentees for 75 mentors (about 150 places) in 5 blocks.
	['a scarce-mentor, flat-score org (300 mentees, 75 mentors)', () => scarceOrg({ people: 375, seed: 5 })],
	['a scarce-mentor, flat-score org (480 mentees, 120 mentors)', () => scarceOrg({ people: 600, seed: 6 })],
];

describe('exact mode', () => {
	describe.each(cases)('when solving %s', (_, build) => {
		const participants = build();
		it.each<Objective>(['totalScore', 'mostMatched'])('returns the full-graph optimum for objective %s from a 2-candidate start, proven by its certificate', (objective) => {
			const [program] = prepareMatching({ participants, kind: 'mentoring', rules: { reportingLine: true, sameDepartment: true }, minScore: 30, at: AT });
			const solved = solveProgram({ context: program.context, objective, minPoints: program.minPoints, candidatesPerMentee: 2, exact: true });
			expect(solved.provenForAllPairs).toBe(true);
			// The 2-candidate graph alone is not enough: pricing had to add pairs and re-solve.
			expect(solved.pricedIn).toBeGreaterThan(0);
			expect(checkDualCertificate({ graph: solved.graph, solution: solved.solution }).violations).toEqual([]);
			expect(solved.solution.totalWeight).toBe(fullGraphOptimum(program.context, program.minPoints, objective));
		});
	});
});
