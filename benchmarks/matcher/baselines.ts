/**
 * Baselines reported beside the optimum: greedy (best pair first) and stable
 * (mentee-proposing deferred acceptance), both on the same candidate graph and
 * scored in the same points, so their totals compare with the optimum's directly.
 */
import type { CandidateGraph } from '../../nodes/core/matching/flow/assignment';
import { stableMatch } from '../../nodes/core/matching/stable';

export interface BaselineResult {
	/** Sum of the pairs' points. */
	points: number;
	matched: number;
	ms: number;
}

function menteeOfEdges(graph: CandidateGraph): Int32Array {
	const menteeOf = new Int32Array(graph.edgeMentor.length);
	for (let i = 0; i < graph.menteeCount; i++) for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) menteeOf[e] = i;
	return menteeOf;
}

/** Best remaining pair first (ties to the lower edge), each mentee once, each mentor up to its places. */
export function greedy(graph: CandidateGraph, edgePoints: Float64Array): BaselineResult {
	const started = performance.now();
	const order = Array.from(edgePoints.keys()).sort((a, b) => edgePoints[b] - edgePoints[a] || a - b);
	const menteeOf = menteeOfEdges(graph);
	const taken = new Uint8Array(graph.menteeCount);
	const left = Int32Array.from(graph.capacity);
	let points = 0;
	let matched = 0;
	for (const e of order) {
		const i = menteeOf[e];
		const j = graph.edgeMentor[e];
		if (taken[i] === 1 || left[j] === 0) continue;
		taken[i] = 1;
		left[j]--;
		points += edgePoints[e];
		matched++;
	}
	return { points, matched, ms: performance.now() - started };
}

/** The Stable operation's algorithm on the same candidates (both sides rank by the pair's points). */
export function stable(graph: CandidateGraph, edgePoints: Float64Array): BaselineResult {
	const started = performance.now();
	const score = new Map<string, number>();
	const candidates = new Map<string, string[]>();
	for (let i = 0; i < graph.menteeCount; i++) {
		const list: string[] = [];
		for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
			const j = `${graph.edgeMentor[e]}`;
			score.set(`${i} ${j}`, edgePoints[e]);
			list.push(j);
		}
		candidates.set(`${i}`, list);
	}
	const result = stableMatch({
		mentees: Array.from({ length: graph.menteeCount }, (_, i) => `${i}`),
		mentors: Array.from(graph.capacity, (capacity, j) => ({ id: `${j}`, capacity })),
		score: (mentee, mentor) => score.get(`${mentee} ${mentor}`),
		candidates: (mentee) => candidates.get(mentee) ?? [],
	});
	return { points: result.totalScore, matched: result.pairs.length, ms: performance.now() - started };
}
