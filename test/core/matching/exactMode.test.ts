import { checkDualCertificate } from '../../../nodes/core/matching/flow/certificate';
import { prepareMatching } from '../../../nodes/core/matching/match';
import { solveProgram } from '../../../nodes/core/matching/solveProgram';
import type { Objective } from '../../../nodes/core/matching/types';
import type { Participant } from '../../../nodes/core/types';
import { fullGraphOptimum } from './fullGraphOptimum';
import { randomOrg } from './randomOrg';
import { scarceOrg } from './scarceOrg';

const AT = new Date('2026-03-02T12:00:00Z');

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
