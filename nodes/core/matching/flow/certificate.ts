import type { AssignmentSolution, CandidateGraph } from './assignment';

export interface CertificateOptions {
	graph: CandidateGraph;
	solution: AssignmentSolution;
	/** How many violations to describe at most. */
	limit?: number;
}

export interface CertificateResult {
	/** Whether the solution is feasible and every residual arc has reduced cost >= 0. */
	ok: boolean;
	violations: string[];
}

/**
 * Checks the solver's proof of optimality. In the network source → mentee → mentor →
 * sink (plus "stays unmatched" arcs mentee → sink), with potentials mentee =
 * menteePrice, mentor = −mentorPrice, source = sink = 0, an assignment is optimal
 * exactly when it is feasible and every arc with residual capacity has a reduced cost
 * (cost + potential of tail − potential of head) of at least 0: then no cycle can
 * lower the cost. Costs are the negated weights.
 *
 * @example
 * checkDualCertificate({ graph, solution: solveAssignment({ graph }) }).ok // true
 */
export function checkDualCertificate(options: CertificateOptions): CertificateResult {
	const { graph, solution } = options;
	const limit = options.limit ?? 10;
	const violations: string[] = [];
	const fail = (text: string) => {
		if (violations.length < limit) violations.push(text);
	};
	const u = solution.menteePrice;
	const v = solution.mentorPrice;
	const load = new Int32Array(graph.mentorCount);
	for (let i = 0; i < graph.menteeCount; i++) {
		const mate = solution.mateEdge[i];
		// Backward arc mentee → source (the source arc is always used): reduced cost u ≥ 0.
		if (u[i] < 0) fail(`mentee ${i}: price ${u[i]} is negative`);
		if (mate >= 0) {
			if (mate < graph.rowStart[i] || mate >= graph.rowStart[i + 1]) {
				fail(`mentee ${i}: uses edge ${mate}, which is not one of its own`);
				continue;
			}
			load[graph.edgeMentor[mate]]++;
		} else if (u[i] !== 0) {
			// The unmatched arc carries flow, so its backward arc sink → mentee has reduced cost −u.
			fail(`mentee ${i}: unmatched with price ${u[i]} (must be 0)`);
		}
		for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
			const j = graph.edgeMentor[e];
			const reduced = -graph.edgeWeight[e] + u[i] + v[j];
			// A used edge's residual arc runs backwards, with the opposite reduced cost.
			if (e === mate ? reduced > 0 : reduced < 0) fail(`edge ${e} (mentee ${i}, mentor ${j}): reduced cost ${e === mate ? -reduced : reduced}`);
		}
	}
	for (let j = 0; j < graph.mentorCount; j++) {
		if (load[j] !== solution.load[j]) fail(`mentor ${j}: load ${solution.load[j]} but ${load[j]} mentees use it`);
		if (load[j] > graph.capacity[j]) fail(`mentor ${j}: ${load[j]} mentees for ${graph.capacity[j]} places`);
		// Mentor → sink is residual while places are free (reduced cost −v); sink → mentor once used (v).
		if (load[j] < graph.capacity[j] && v[j] > 0) fail(`mentor ${j}: free place with price ${v[j]}`);
		if (load[j] > 0 && v[j] < 0) fail(`mentor ${j}: price ${v[j]} is negative`);
	}
	return { ok: violations.length === 0, violations };
}
