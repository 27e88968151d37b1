import type { ProgramContext } from './context';
import type { AssignmentSolution, CandidateGraph } from './flow/assignment';
import { solveAssignment } from './flow/assignment';
import { checkDualCertificate } from './flow/certificate';
import { objectiveScale, objectiveWeight } from './objective';
import { blockOrderedContext } from './scoring/blockOrder';
import { FastScorer } from './scoring/fastScorer';
import { pricedPairs } from './scoring/pricing';
import type { Objective } from './types';

export interface SolveProgramOptions {
	context: ProgramContext;
	objective: Objective;
	/** Pairs below these points are never made. */
	minPoints: number;
	/** Candidate mentors kept per mentee (nominated mentors come on top). */
	candidatesPerMentee: number;
	/** Whether to price every left-out pair and re-solve until the result is optimal for all pairs. */
	exact: boolean;
	/** Most pricing rounds before giving up on the proof. */
	maxPricingRounds?: number;
	/** A clock for the timings only (the result never depends on it); timings are 0 without it. */
	now?: () => number;
}

export interface ProgramSolution {
	graph: CandidateGraph;
	/** Points of each edge of the graph. */
	edgePoints: Float64Array;
	solution: AssignmentSolution;
	/** Whether the dual certificate held on the candidate graph. */
	certificateHolds: boolean;
	/** Whether optimality is proven for every allowed pair (exact mode, priced out). */
	provenForAllPairs: boolean;
	/** Pricing rounds run and pairs they added. */
	pricingRounds: number;
	pricedIn: number;
	/** Mentees with no allowed mentor at or above the minimum in the whole pool. */
	withoutCandidates: number[];
	/** A scorer over the program's context (mentors in their own order), for explanations. */
	readonly scorer: FastScorer;
	timings: { scoringMs: number; solveMs: number; pricingMs: number };
}

/**
 * Solves one program: top-K candidate graph, min-cost-flow assignment, certificate
 * check and, in exact mode, pricing of every left-out pair against the dual prices
 * (a pair whose weight beats its mentee's price plus its mentor's price could improve
 * the result): such pairs are added and the graph re-solved until none is left,
 * which proves the assignment optimal for all pairs.
 *
 * @example
 * const solved = solveProgram({ context, objective: 'totalScore', minPoints: 0, candidatesPerMentee: 10, exact: true });
 * solved.provenForAllPairs; // true
 */
export function solveProgram(options: SolveProgramOptions): ProgramSolution {
	const { context, minPoints } = options;
	const now = options.now ?? (() => 0);
	const n = context.mentees.length;
	const m = context.mentors.length;
	const weightOf = objectiveWeight({ objective: options.objective, maxPoints: context.maxPoints, menteeCount: n });
	let started = now();
	// The scans work on the mentors sorted into blocks of alike people (see ScanBlocks);
	// candidates, prices and ties are all by original position, so the result is the same.
	const ordered = blockOrderedContext(context);
	const scorer = new FastScorer(ordered.context, ordered.original);

	const rows: Array<{ mentors: number[]; points: number[] }> = new Array(n);
	const order = scorer.scanOrder();
	// Mentors keep their own best mentees too, so that mentors nobody ranks first are
	// still in the graph: otherwise their free places make exact mode price in many pairs.
	scorer.keepMentorCandidates(Math.max(1, Math.ceil(options.candidatesPerMentee / 2)));
	// Upper bound of each mentee's points with any mentor, to skip whole mentees when pricing.
	const menteeBound = new Float64Array(n);
	// Exact mode also keeps each mentee's best points per block of alike mentors, so that
	// pricing rescans only blocks that could hold an improving pair.
	const blocks = options.exact ? scorer.mentorBlocks(n) : undefined;
	for (const i of order) {
		scorer.prepare(i);
		rows[i] = scorer.topCandidates(Math.max(1, options.candidatesPerMentee), minPoints);
		menteeBound[i] = scorer.lastBound;
		blocks?.record(i, scorer.blockBestRow);
	}
	scorer.mentorCandidates().forEach(({ mentees, points }, j) => {
		mentees.forEach((i, k) => {
			if (!rows[i].mentors.includes(j)) {
				rows[i].mentors.push(j);
				rows[i].points.push(points[k]);
			}
		});
	});
	const withoutCandidates: number[] = [];
	for (let i = 0; i < n; i++) if (rows[i].mentors.length === 0) withoutCandidates.push(i);
	const scoringMs = now() - started;

	started = now();
	let graph = toGraph(rows, context.freePlaces, m, weightOf);
	let solution = solveAssignment({ graph: graph.graph });
	let solveMs = now() - started;

	let pricingMs = 0;
	let pricingRounds = 0;
	let pricedIn = 0;
	let provenForAllPairs = false;
	if (options.exact) {
		const inRow = new Int32Array(m);
		const maxRounds = options.maxPricingRounds ?? 20;
		while (pricingRounds < maxRounds) {
			started = now();
			pricingRounds++;
			let added = 0;
			const u = solution.menteePrice;
			const v = solution.mentorPrice;
			const { scale, offset } = objectiveScale({ objective: options.objective, maxPoints: context.maxPoints, menteeCount: n });
			// Pairs just short of improving (within NEAR of the prices) go in with the improving
			// ones: the next solve moves the prices, and adding them now saves whole rounds,
			// each of which rescans every pair.
			const near = NEAR_SHARE * context.maxPoints;
			let lowest = Number.POSITIVE_INFINITY;
			for (let j = 0; j < m; j++) if (context.freePlaces[j] > 0) lowest = Math.min(lowest, v[j]);
			let improvingFound = 0;
			for (const i of order) {
				// No mentor can come near this mentee's price: skip the mentee (whole numbers, exact).
				if ((menteeBound[i] + near) * scale + offset - u[i] - lowest <= 0) continue;
				const row = rows[i];
				const stamp = pricingRounds * (n + 1) + i + 1;
				for (const j of row.mentors) inRow[j] = stamp;
				// Only each mentee's best few go in, as in column generation.
				const found = pricedPairs({
					scorer,
					blocks: blocks!,
					mentee: i,
					menteePrice: u[i],
					mentorPrice: v,
					scale,
					offset,
					near,
					minPoints,
					skip: inRow,
					skipStamp: stamp,
					limit: Math.max(1, options.candidatesPerMentee),
				});
				if (found.bestGain > 0) improvingFound++;
				found.mentors.forEach((j, k) => {
					row.mentors.push(j);
					row.points.push(found.points[k]);
					added++;
				});
			}
			pricingMs += now() - started;
			// Optimal once no left-out pair improves on the prices (near ones may still have been added).
			if (improvingFound === 0) {
				provenForAllPairs = true;
				break;
			}
			pricedIn += added;
			started = now();
			graph = toGraph(rows, context.freePlaces, m, weightOf);
			solution = solveAssignment({ graph: graph.graph });
			solveMs += now() - started;
		}
	}
	const certificateHolds = checkDualCertificate({ graph: graph.graph, solution }).ok;
	let plainScorer: FastScorer | undefined;
	return {
		graph: graph.graph,
		edgePoints: graph.edgePoints,
		solution,
		certificateHolds,
		provenForAllPairs: provenForAllPairs && certificateHolds,
		pricingRounds,
		pricedIn,
		withoutCandidates,
		get scorer() {
			plainScorer ??= new FastScorer(context);
			return plainScorer;
		},
		timings: { scoringMs, solveMs, pricingMs },
	};
}

/** Share of the largest possible points within which a left-out pair counts as near improving. */
const NEAR_SHARE = 0.02;

function toGraph(
	rows: ReadonlyArray<{ mentors: number[]; points: number[] }>,
	capacity: Int32Array,
	mentorCount: number,
	weightOf: (points: number) => number,
): { graph: CandidateGraph; edgePoints: Float64Array } {
	const n = rows.length;
	const rowStart = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i] + rows[i].mentors.length;
	const edgeMentor = new Int32Array(rowStart[n]);
	const edgeWeight = new Float64Array(rowStart[n]);
	const edgePoints = new Float64Array(rowStart[n]);
	for (let i = 0; i < n; i++) {
		const { mentors, points } = rows[i];
		// Rows in mentor order, so the graph (and the solver's ties) do not depend on how candidates were found.
		const order = mentors.map((_, k) => k).sort((a, b) => mentors[a] - mentors[b]);
		let e = rowStart[i];
		for (const k of order) {
			edgeMentor[e] = mentors[k];
			edgePoints[e] = points[k];
			edgeWeight[e] = weightOf(points[k]);
			e++;
		}
	}
	return { graph: { menteeCount: n, mentorCount, capacity, rowStart, edgeMentor, edgeWeight }, edgePoints };
}
