import fc from 'fast-check';
import { munkres } from 'munkres';

import type { CandidateGraph } from '../../../nodes/core/matching/flow/assignment';
import { solveAssignment } from '../../../nodes/core/matching/flow/assignment';
import { checkDualCertificate } from '../../../nodes/core/matching/flow/certificate';

interface Edge {
	mentee: number;
	mentor: number;
	weight: number;
}

function toGraph(menteeCount: number, capacity: number[], edges: Edge[]): CandidateGraph {
	const sorted = [...edges].sort((a, b) => a.mentee - b.mentee || a.mentor - b.mentor);
	const rowStart = new Int32Array(menteeCount + 1);
	for (const edge of sorted) rowStart[edge.mentee + 1]++;
	for (let i = 0; i < menteeCount; i++) rowStart[i + 1] += rowStart[i];
	return {
		menteeCount,
		mentorCount: capacity.length,
		capacity: Int32Array.from(capacity),
		rowStart,
		edgeMentor: Int32Array.from(sorted, (edge) => edge.mentor),
		edgeWeight: Float64Array.from(sorted, (edge) => edge.weight),
	};
}

/** Tries every way to give each mentee one of its edges or nothing. */
function bruteForceOptimum(graph: CandidateGraph): number {
	const load = new Int32Array(graph.mentorCount);
	let best = 0;
	const visit = (i: number, total: number) => {
		if (i === graph.menteeCount) {
			best = Math.max(best, total);
			return;
		}
		visit(i + 1, total);
		for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
			const j = graph.edgeMentor[e];
			if (load[j] >= graph.capacity[j]) continue;
			load[j]++;
			visit(i + 1, total + graph.edgeWeight[e]);
			load[j]--;
		}
	};
	visit(0, 0);
	return best;
}

const instance = (maxMentees: number, maxMentors: number, maxWeight: number) =>
	fc
		.record({
			menteeCount: fc.integer({ min: 1, max: maxMentees }),
			capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: maxMentors }),
		})
		.chain(({ menteeCount, capacity }) =>
			fc
				.uniqueArray(
					fc.record({
						mentee: fc.integer({ min: 0, max: menteeCount - 1 }),
						mentor: fc.integer({ min: 0, max: capacity.length - 1 }),
						weight: fc.integer({ min: 1, max: maxWeight }),
					}),
					{ selector: (edge) => `${edge.mentee}-${edge.mentor}`, maxLength: menteeCount * capacity.length },
				)
				.map((edges) => toGraph(menteeCount, capacity, edges)),
		);

describe('solveAssignment', () => {
	describe('when compared with every possible assignment', () => {
		it('returns the optimum total weight on 600 small random instances', () => {
			fc.assert(
				fc.property(instance(6, 4, 20), (graph) => {
					const solution = solveAssignment({ graph });
					expect(solution.totalWeight).toBe(bruteForceOptimum(graph));
				}),
				{ numRuns: 600, seed: 20261127 },
			);
		});

		it('returns the optimum when many weights tie', () => {
			fc.assert(
				fc.property(instance(6, 4, 2), (graph) => {
					expect(solveAssignment({ graph }).totalWeight).toBe(bruteForceOptimum(graph));
				}),
				{ numRuns: 300, seed: 7 },
			);
		});
	});

	describe('when checked against its own dual prices', () => {
		it('returns a certificate with no negative reduced cost on every solve', () => {
			fc.assert(
				fc.property(instance(12, 6, 1000), (graph) => {
					const result = checkDualCertificate({ graph, solution: solveAssignment({ graph }) });
					expect(result.violations).toEqual([]);
				}),
				{ numRuns: 500, seed: 11 },
			);
		});
	});

	describe('when compared with the munkres package on dense instances', () => {
		it('returns the same optimum as Hungarian on expanded mentor places, up to 300 people', () => {
			// Munkres minimises a square cost matrix: each mentor place is a column, each
			// mentee a row, cost = maxWeight − weight, plus zero-weight "unmatched" columns
			// so that leaving a mentee out is allowed.
			const random = lcg(42);
			for (const [menteeCount, mentorCount] of [[20, 10], [60, 25], [150, 60], [200, 100]]) {
				const capacity = Array.from({ length: mentorCount }, () => 1 + Math.floor(random() * 3));
				const edges: Edge[] = [];
				for (let i = 0; i < menteeCount; i++) {
					for (let j = 0; j < mentorCount; j++) if (random() < 0.5) edges.push({ mentee: i, mentor: j, weight: 1 + Math.floor(random() * 1000) });
				}
				const graph = toGraph(menteeCount, capacity, edges);
				const solution = solveAssignment({ graph });
				expect(checkDualCertificate({ graph, solution }).ok).toBe(true);

				const columns: number[] = capacity.flatMap((places, j) => Array(places).fill(j));
				const weight = new Map(edges.map((edge) => [`${edge.mentee}-${edge.mentor}`, edge.weight]));
				const big = 1001;
				const matrix = Array.from({ length: menteeCount }, (_, i) => [
					...columns.map((j) => big - (weight.get(`${i}-${j}`) ?? 0)),
					...Array.from({ length: menteeCount }, () => big),
				]);
				let reference = 0;
				for (const [row, column] of munkres(matrix)) {
					if (column < columns.length) reference += weight.get(`${row}-${columns[column]}`) ?? 0;
				}
				expect(solution.totalWeight).toBe(reference);
			}
		});
	});
});

function lcg(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 4294967296;
		return state / 4294967296;
	};
}
