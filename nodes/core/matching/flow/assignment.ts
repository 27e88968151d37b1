import type { OrientedGraph } from './orientedSolver';
import { solveOriented } from './orientedSolver';

/**
 * A sparse bipartite candidate graph: every mentee's candidate mentors (row) with a
 * weight each, and every mentor's free places. Weights are whole numbers, so the
 * solver's sums are exact in floating point.
 */
export interface CandidateGraph {
	menteeCount: number;
	mentorCount: number;
	/** Free places per mentor. */
	capacity: Int32Array;
	/** Edges of mentee i are rowStart[i] .. rowStart[i + 1] - 1. */
	rowStart: Int32Array;
	/** Mentor of each edge. */
	edgeMentor: Int32Array;
	/** Weight of each edge, to be maximised. */
	edgeWeight: Float64Array;
}

/**
 * An optimal assignment with its dual prices. In the flow network (source to each
 * mentee, mentee to candidate mentor, mentor to sink with its places, and a "stays
 * unmatched" arc from each mentee to the sink) the node potentials are: mentee
 * `menteePrice[i]`, mentor `-mentorPrice[j]`, source and sink 0; every arc left in
 * the residual network then has a reduced cost of at least 0 (see `checkDualCertificate`).
 */
export interface AssignmentSolution {
	/** Edge used by each mentee, or -1 when the mentee stays unmatched. */
	mateEdge: Int32Array;
	menteePrice: Float64Array;
	mentorPrice: Float64Array;
	/** Mentees given to each mentor. */
	load: Int32Array;
	/** Sum of the weights of the edges used. */
	totalWeight: number;
	/** Heap pops in all searches (work done). */
	heapPops: number;
	/** Side the searches started from: the scarcer one. */
	searchedFrom: 'mentees' | 'mentors';
}

export interface SolveAssignmentOptions {
	graph: CandidateGraph;
}

/**
 * Maximum-weight capacitated assignment by successive shortest paths with
 * potentials, searching from the scarcer side: from mentees when there are at least
 * as many mentor places as mentees, else from mentor places, so that searches end at
 * a free place on the plentiful side instead of proving, again and again, that
 * none is left. Both orientations solve the same linear program, and the prices
 * map straight back.
 *
 * @example
 * const solution = solveAssignment({ graph });
 * solution.mateEdge[0]; // edge chosen for mentee 0, or -1
 */
export function solveAssignment(options: SolveAssignmentOptions): AssignmentSolution {
	const { graph } = options;
	const n = graph.menteeCount;
	const m = graph.mentorCount;
	let places = 0;
	for (let j = 0; j < m; j++) places += Math.max(0, graph.capacity[j]);
	const fromMentors = places < n;
	const mateEdge = new Int32Array(n).fill(-1);
	const load = new Int32Array(m);
	let menteePrice: Float64Array;
	let mentorPrice: Float64Array;
	let heapPops: number;
	if (!fromMentors) {
		const solved = solveOriented({
			leftCount: n,
			rightCount: m,
			leftCapacity: new Int32Array(n).fill(1),
			rightCapacity: graph.capacity,
			rowStart: graph.rowStart,
			edgeRight: graph.edgeMentor,
			edgeWeight: graph.edgeWeight,
		});
		for (let i = 0; i < n; i++) {
			for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) if (solved.used[e] === 1) mateEdge[i] = e;
		}
		menteePrice = solved.leftPrice;
		mentorPrice = solved.rightPrice;
		heapPops = solved.heapPops;
	} else {
		const { oriented, original } = transpose(graph);
		const solved = solveOriented(oriented);
		for (let e = 0; e < original.length; e++) {
			if (solved.used[e] === 1) {
				const edge = original[e];
				const mentee = menteeOf(graph, edge);
				mateEdge[mentee] = edge;
			}
		}
		menteePrice = solved.rightPrice;
		mentorPrice = solved.leftPrice;
		heapPops = solved.heapPops;
	}
	let totalWeight = 0;
	for (let i = 0; i < n; i++) {
		if (mateEdge[i] < 0) continue;
		totalWeight += graph.edgeWeight[mateEdge[i]];
		load[graph.edgeMentor[mateEdge[i]]]++;
	}
	return { mateEdge, menteePrice, mentorPrice, load, totalWeight, heapPops, searchedFrom: fromMentors ? 'mentors' : 'mentees' };
}

function menteeOf(graph: CandidateGraph, edge: number): number {
	let low = 0;
	let high = graph.menteeCount - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (graph.rowStart[mid] <= edge) low = mid;
		else high = mid - 1;
	}
	return low;
}

/** The same graph with mentors as rows; `original` maps each new edge to the old one. */
function transpose(graph: CandidateGraph): { oriented: OrientedGraph; original: Int32Array } {
	const n = graph.menteeCount;
	const m = graph.mentorCount;
	const edges = graph.rowStart[n];
	const rowStart = new Int32Array(m + 1);
	for (let e = 0; e < edges; e++) rowStart[graph.edgeMentor[e] + 1]++;
	for (let j = 0; j < m; j++) rowStart[j + 1] += rowStart[j];
	const fill = rowStart.slice(0, m);
	const edgeRight = new Int32Array(edges);
	const edgeWeight = new Float64Array(edges);
	const original = new Int32Array(edges);
	for (let i = 0; i < n; i++) {
		for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
			const at = fill[graph.edgeMentor[e]]++;
			edgeRight[at] = i;
			edgeWeight[at] = graph.edgeWeight[e];
			original[at] = e;
		}
	}
	return {
		oriented: {
			leftCount: m,
			rightCount: n,
			leftCapacity: graph.capacity,
			rightCapacity: new Int32Array(n).fill(1),
			rowStart,
			edgeRight,
			edgeWeight,
		},
		original,
	};
}
