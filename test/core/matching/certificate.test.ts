import fc from 'fast-check';

import type { AssignmentSolution, CandidateGraph } from '../../../nodes/core/matching/flow/assignment';
import { solveAssignment } from '../../../nodes/core/matching/flow/assignment';
import { checkDualCertificate } from '../../../nodes/core/matching/flow/certificate';

/** A solution object for a chosen assignment and chosen prices. */
function claim(graph: CandidateGraph, mateEdge: number[], menteePrice: number[], mentorPrice: number[]): AssignmentSolution {
	const load = new Int32Array(graph.mentorCount);
	let totalWeight = 0;
	mateEdge.forEach((e) => {
		if (e < 0) return;
		load[graph.edgeMentor[e]]++;
		totalWeight += graph.edgeWeight[e];
	});
	return {
		mateEdge: Int32Array.from(mateEdge),
		menteePrice: Float64Array.from(menteePrice),
		mentorPrice: Float64Array.from(mentorPrice),
		load,
		totalWeight,
		heapPops: 0,
		searchedFrom: 'mentees',
	};
}

/** Every feasible assignment (each mentee one of its edges or none, places respected). */
function everyAssignment(graph: CandidateGraph): number[][] {
	const all: number[][] = [];
	const load = new Int32Array(graph.mentorCount);
	const mate: number[] = [];
	const visit = (i: number) => {
		if (i === graph.menteeCount) {
			all.push([...mate]);
			return;
		}
		mate.push(-1);
		visit(i + 1);
		mate.pop();
		for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
			const j = graph.edgeMentor[e];
			if (load[j] >= graph.capacity[j]) continue;
			load[j]++;
			mate.push(e);
			visit(i + 1);
			mate.pop();
			load[j]--;
		}
	};
	visit(0);
	return all;
}

const weightOf = (graph: CandidateGraph, mate: number[]) => mate.reduce((sum, e) => sum + (e < 0 ? 0 : graph.edgeWeight[e]), 0);

const graphArbitrary = fc
	.record({ menteeCount: fc.integer({ min: 1, max: 4 }), capacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }) })
	.chain(({ menteeCount, capacity }) =>
		fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), { minLength: capacity.length, maxLength: capacity.length }), { minLength: menteeCount, maxLength: menteeCount }).map((rows): CandidateGraph => {
			const rowStart = [0];
			const edgeMentor: number[] = [];
			const edgeWeight: number[] = [];
			for (const row of rows) {
				row.forEach((weight, j) => {
					if (weight === undefined) return;
					edgeMentor.push(j);
					edgeWeight.push(weight);
				});
				rowStart.push(edgeMentor.length);
			}
			return { menteeCount, mentorCount: capacity.length, capacity: Int32Array.from(capacity), rowStart: Int32Array.from(rowStart), edgeMentor: Int32Array.from(edgeMentor), edgeWeight: Float64Array.from(edgeWeight) };
		}),
	);

describe('checkDualCertificate', () => {
	// One mentor with one place; mentee 0 is worth 5 to it, mentee 1 is worth 3.
	const graph: CandidateGraph = {
		menteeCount: 2,
		mentorCount: 1,
		capacity: Int32Array.of(1),
		rowStart: Int32Array.of(0, 1, 2),
		edgeMentor: Int32Array.of(0, 0),
		edgeWeight: Float64Array.of(5, 3),
	};

	describe('when given a hand-worked example', () => {
		// By hand: giving the place to mentee 0 is optimal. Prices prove it when the
		// mentor's price v keeps mentee 1 out (3 − v ≤ 0, so v ≥ 3), mentee 0's price u
		// pays for its pair (u + v ≤ 5) and u ≥ 0; mentee 1, unmatched, has price 0.
		it('accepts the optimal assignment with prices that prove it', () => {
			expect(checkDualCertificate({ graph, solution: claim(graph, [0, -1], [2, 0], [3]) }).ok).toBe(true);
			expect(checkDualCertificate({ graph, solution: claim(graph, [0, -1], [0, 0], [5]) }).ok).toBe(true);
		});

		it('rejects the optimal assignment with a mentor price too low to keep mentee 1 out', () => {
			expect(checkDualCertificate({ graph, solution: claim(graph, [0, -1], [3, 0], [2]) }).ok).toBe(false);
		});

		it('rejects prices that overpay the pair, a price on an unmatched mentee and a negative price', () => {
			expect(checkDualCertificate({ graph, solution: claim(graph, [0, -1], [3, 0], [3]) }).ok).toBe(false);
			expect(checkDualCertificate({ graph, solution: claim(graph, [0, -1], [2, 1], [3]) }).ok).toBe(false);
			expect(checkDualCertificate({ graph, solution: claim(graph, [0, -1], [-1, 0], [6]) }).ok).toBe(false);
		});

		it('rejects the worse assignment (mentee 1 placed) whatever the prices', () => {
			for (let u0 = -2; u0 <= 8; u0++) {
				for (let u1 = -2; u1 <= 8; u1++) {
					for (let v = -2; v <= 8; v++) expect(checkDualCertificate({ graph, solution: claim(graph, [-1, 1], [u0, u1], [v]) }).ok).toBe(false);
				}
			}
		});

		it('rejects a mentor given more mentees than places, and an edge that is not the mentee’s own', () => {
			expect(checkDualCertificate({ graph, solution: claim(graph, [0, 1], [0, 0], [5]) }).ok).toBe(false);
			expect(checkDualCertificate({ graph, solution: claim(graph, [1, -1], [0, 0], [3]) }).ok).toBe(false);
		});
	});

	describe('when given any assignment and any prices on small random graphs', () => {
		it('accepts only assignments whose total is the brute-force optimum', () => {
			fc.assert(
				fc.property(graphArbitrary, fc.array(fc.integer({ min: -1, max: 10 }), { minLength: 7, maxLength: 7 }), fc.nat(), (g, prices, pick) => {
					const all = everyAssignment(g);
					const best = Math.max(...all.map((mate) => weightOf(g, mate)));
					const mate = all[pick % all.length];
					const solved = solveAssignment({ graph: g });
					// The solver's own prices, and arbitrary ones.
					for (const [u, v] of [
						[Array.from(solved.menteePrice), Array.from(solved.mentorPrice)],
						[prices.slice(0, g.menteeCount), prices.slice(4, 4 + g.mentorCount)],
					]) {
						const result = checkDualCertificate({ graph: g, solution: claim(g, mate, u, v) });
						if (weightOf(g, mate) < best) expect(result.ok).toBe(false);
					}
				}),
				{ numRuns: 1000, seed: 21 },
			);
		});

		it('rejects the optimal assignment once one of its proving prices is moved past every slack', () => {
			fc.assert(
				fc.property(graphArbitrary, fc.nat(), (g, pick) => {
					const solved = solveAssignment({ graph: g });
					const mate = Array.from(solved.mateEdge);
					const u = Array.from(solved.menteePrice);
					const v = Array.from(solved.mentorPrice);
					const i = pick % g.menteeCount;
					// By hand: raising a mentee's price by more than any weight breaks its own pair
					// (u + v ≤ weight, with v ≥ 0 for a used mentor) or, unmatched, its price of 0.
					const raised = u.map((price, k) => (k === i ? price + 10 : price));
					expect(checkDualCertificate({ graph: g, solution: claim(g, mate, raised, v) }).ok).toBe(false);
				}),
				{ numRuns: 500, seed: 22 },
			);
		});
	});
});
