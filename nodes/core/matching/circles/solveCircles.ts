import { InvalidOptionError } from '../../errors';
import type { CandidateGraph } from '../flow/assignment';
import { solveAssignment } from '../flow/assignment';

/** One mentee's allowed mentors, each with the pair's points. */
export interface CircleRow {
	mentors: number[];
	points: number[];
}

export interface CircleProblem {
	/** Allowed pairs at or above the minimum score, one row per mentee. */
	rows: readonly CircleRow[];
	mentorCount: number;
	/** Most mentees each mentor's circle may take (0: the mentor cannot take any). */
	upper: Int32Array;
	/** Fewest mentees an opened circle needs (0: the circle may hold any number up to `upper`). */
	lower: Int32Array;
	/** Largest points any pair can have, so that one more person placed outweighs every points gain. */
	maxPoints: number;
	/**
	 * Mentors whose circle exists already (1) and is topped up: among ways placing equally
	 * many mentees, those filling more of these circles' seats win, before any points count.
	 */
	existing?: Uint8Array;
	/** Search nodes (assignment solves) before the search stops and reports the best found (default: {@link defaultNodeLimit}). */
	nodeLimit?: number;
}

export interface CircleSolution {
	/** Mentor of each mentee, or -1 when the mentee is not placed. */
	mentorOf: Int32Array;
	/** Mentees per mentor. */
	load: Int32Array;
	placed: number;
	/** Mentees placed in circles that existed before (see `existing`). */
	seatsFilled: number;
	totalPoints: number;
	/** Whether the search finished, which proves the solution optimal. */
	proven: boolean;
	/** Upper bound on the mentees that any valid set of circles can place (equal to `placed` when proven). */
	placedBound: number;
	/** When `placed` equals `placedBound`: upper bound on the existing circles' seats filled by circles placing that many. */
	seatsBound?: number;
	/** When the seats filled also equal `seatsBound`: upper bound on the total points of circles placing and seating that many (equal to `totalPoints` when proven). */
	pointsBound?: number;
	/** Assignment solves the search ran. */
	nodes: number;
}

/** Most search nodes by default, for small programs. */
export const MAX_NODE_LIMIT = 2000;

/** Fewest search nodes by default, for large programs. */
export const MIN_NODE_LIMIT = 20;

// Work of all solves together before the search stops by default, a solve counted as mentees
// times graph size (successive shortest paths: one search per mentee): a few seconds on one core
// of the development machine (100 mentors × 250 mentees: about 15 ms a solve).
const WORK_BUDGET = 500_000_000;

/**
 * Search nodes allowed by default: as many as keep the work to WORK_BUDGET (each node is
 * one assignment solve over the allowed pairs), between 20 and 2,000. Depends only on the
 * size of the input, never on the clock, so the result is the same on every machine.
 *
 * @example defaultNodeLimit(100, 10, 1000) // 2000
 */
export function defaultNodeLimit(menteeCount: number, mentorCount: number, pairCount: number): number {
	const perNode = (menteeCount + 1) * (2 * pairCount + menteeCount + 2 * mentorCount + 1);
	return Math.max(MIN_NODE_LIMIT, Math.min(MAX_NODE_LIMIT, Math.floor(WORK_BUDGET / perNode)));
}

const OPEN = 1;
const CLOSED = -1;

/**
 * Forms circles: each mentor leads one circle holding either nobody or between
 * `lower[j]` and `upper[j]` mentees, each mentee is in at most one circle, and only
 * allowed pairs are used. Optimised lexicographically: first the number of mentees
 * placed, then the number placed in circles that exist already (`existing`: topped up
 * before a new circle takes anyone), then the total points of the mentor–mentee pairs.
 *
 * Exact by branch and bound over which mentors open a circle. A node fixes some
 * mentors open (their circle must reach `lower`) or closed, and leaves the rest free
 * (any load up to `upper`); its value is a maximum-weight capacitated assignment in
 * which the first `lower[j]` places of an open mentor carry a bonus larger than every
 * other weight together, so the solver fills them whenever it can (when it cannot,
 * the node has no valid completion). Freeing a mentor's lower bound only widens the
 * choice, so the node's value bounds every completion; a node whose free mentors all
 * end at 0 or at least `lower` is a valid set of circles and best in its subtree.
 * Otherwise it branches on a free mentor with a load between 1 and `lower - 1`.
 * A closing heuristic gives the first incumbent. When `nodeLimit` is reached the best
 * circles found are returned with `proven: false` and the best bound of the nodes left.
 *
 * @example
 * const solution = solveCircles({ rows, mentorCount: 2, upper: Int32Array.of(4, 4), lower: Int32Array.of(3, 3), maxPoints: 1000 });
 * solution.placed; // e.g. 7
 */
export function solveCircles(problem: CircleProblem): CircleSolution {
	const n = problem.rows.length;
	const m = problem.mentorCount;
	const { perSeat, perPerson, bonus } = tierWeights(problem);
	const pairCount = problem.rows.reduce((sum, row) => sum + row.mentors.length, 0);
	const limit = problem.nodeLimit ?? defaultNodeLimit(n, m, pairCount);
	let nodes = 0;

	const evaluate = (state: Int8Array) => {
		nodes++;
		return solveNode({ problem, state, perPerson, perSeat, bonus });
	};

	const decisions = new Int8Array(m);
	const root = evaluate(decisions);
	let best = closingHeuristic(root, decisions, problem, evaluate);
	let complete = true;

	// Each open node with its parent's value, a bound on everything below it.
	const stack: Array<{ state: Int8Array; bound: number }> = [];
	const pushChildren = (state: Int8Array, node: NodeResult) => {
		const j = underfilledMentor(node.load, state, problem.lower);
		if (j < 0) return false;
		const closed = Int8Array.from(state);
		closed[j] = CLOSED;
		const opened = Int8Array.from(state);
		opened[j] = OPEN;
		// Last pushed is searched first: opening keeps the mentees the relaxation placed there.
		stack.push({ state: closed, bound: node.value }, { state: opened, bound: node.value });
		return true;
	};
	if (root.feasible && root.value > best.value && !pushChildren(decisions, root)) best = root;
	while (stack.length > 0) {
		// A better incumbent found since this node was pushed may settle it without a solve.
		if (stack[stack.length - 1].bound <= best.value) {
			stack.pop();
			continue;
		}
		if (nodes >= limit) {
			complete = false;
			break;
		}
		const { state } = stack.pop()!;
		const node = evaluate(state);
		if (!node.feasible || node.value <= best.value) continue;
		if (!pushChildren(state, node)) best = node;
	}

	let placed = 0;
	let seatsFilled = 0;
	let totalPoints = 0;
	for (let i = 0; i < n; i++) {
		const j = best.mentorOf[i];
		if (j < 0) continue;
		placed++;
		if (problem.existing?.[j] === 1) seatsFilled++;
		totalPoints += problem.rows[i].points[problem.rows[i].mentors.indexOf(j)];
	}
	// Nothing left on the stack can beat its bound; everything pruned was at most the incumbent.
	const bound = complete ? best.value : Math.max(best.value, ...stack.map((entry) => entry.bound));
	return { mentorOf: best.mentorOf, load: best.load, placed, seatsFilled, totalPoints, proven: complete, ...splitBound({ bound, placed, seatsFilled, perPerson, perSeat }), nodes };
}

/**
 * The weight tiers of one placement: a person placed outweighs every seat and points
 * gain together, a seat of an existing circle outweighs every points gain, and the bonus
 * of a required place outweighs all of them. Without existing circles `perSeat` adds nothing.
 */
function tierWeights(problem: CircleProblem): { perSeat: number; perPerson: number; bonus: number } {
	const n = problem.rows.length;
	let seats = 0;
	if (problem.existing) for (let j = 0; j < problem.mentorCount; j++) if (problem.existing[j] === 1) seats += problem.upper[j];
	seats = Math.min(seats, n);
	const allPoints = problem.maxPoints * n;
	const perSeat = allPoints + 1;
	const perPerson = seats * perSeat + allPoints + 1;
	const bonus = n * perPerson + seats * perSeat + allPoints + 1;
	if (!Number.isSafeInteger((n + 1) * bonus)) {
		throw new InvalidOptionError(
			'programKind',
			`${n} mentees are too many for group circles in one program: the exact weights would pass 2^53`,
			'Split the program into several programIds, or lower the criterion weights',
		);
	}
	return { perSeat, perPerson, bonus };
}

// A bound on the total weight read tier by tier: each lower tier is bounded only while the tiers above are met exactly.
function splitBound(options: { bound: number; placed: number; seatsFilled: number; perPerson: number; perSeat: number }) {
	const { bound, placed, seatsFilled, perPerson, perSeat } = options;
	const placedBound = Math.floor(bound / perPerson);
	if (placedBound !== placed) return { placedBound };
	const rest = bound - placed * perPerson;
	const seatsBound = Math.floor(rest / perSeat);
	return { placedBound, seatsBound, ...(seatsBound === seatsFilled ? { pointsBound: rest - seatsFilled * perSeat } : {}) };
}

interface NodeResult {
	/** Whether every open mentor's required places could be filled. */
	feasible: boolean;
	/** Total weight without the bonuses: placed × perPerson + seats of existing circles × perSeat + points. */
	value: number;
	mentorOf: Int32Array;
	load: Int32Array;
}

// Closes, one at a time, the free mentor with the fewest mentees below its minimum,
// until every circle is empty or large enough: a valid (not necessarily best) start.
function closingHeuristic(
	root: NodeResult,
	decisions: Int8Array,
	problem: CircleProblem,
	evaluate: (state: Int8Array) => NodeResult,
): NodeResult {
	const state = Int8Array.from(decisions);
	let node = root;
	for (;;) {
		let pick = -1;
		for (let j = 0; j < problem.mentorCount; j++) {
			if (state[j] !== 0 || node.load[j] === 0 || node.load[j] >= problem.lower[j]) continue;
			if (pick < 0 || node.load[j] < node.load[pick]) pick = j;
		}
		if (pick < 0) return node;
		state[pick] = CLOSED;
		node = evaluate(state);
	}
}

// The free mentor whose load is furthest below its minimum but not empty; -1 when none.
function underfilledMentor(load: Int32Array, state: Int8Array, lower: Int32Array): number {
	let pick = -1;
	for (let j = 0; j < load.length; j++) {
		if (state[j] !== 0 || load[j] === 0 || load[j] >= lower[j]) continue;
		if (pick < 0 || load[j] > load[pick]) pick = j;
	}
	return pick;
}

// One relaxation: open mentors split into a "required" copy (lower places, with the
// bonus) and an "extra" copy (the rest); free mentors keep one copy; closed ones none.
function solveNode(options: { problem: CircleProblem; state: Int8Array; perPerson: number; perSeat: number; bonus: number }): NodeResult {
	const { problem, state, perPerson, perSeat, bonus } = options;
	const n = problem.rows.length;
	const m = problem.mentorCount;
	const required = (j: number) => (state[j] === OPEN ? Math.min(problem.lower[j], problem.upper[j]) : 0);
	const capacity = new Int32Array(2 * m);
	let requiredTotal = 0;
	for (let j = 0; j < m; j++) {
		if (state[j] === CLOSED) continue;
		capacity[2 * j] = required(j);
		capacity[2 * j + 1] = problem.upper[j] - required(j);
		requiredTotal += required(j);
	}
	const rowStart = new Int32Array(n + 1);
	const edgeMentor: number[] = [];
	const edgeWeight: number[] = [];
	for (let i = 0; i < n; i++) {
		const { mentors, points } = problem.rows[i];
		mentors.forEach((j, k) => {
			if (state[j] === CLOSED) return;
			const weight = perPerson + (problem.existing?.[j] === 1 ? perSeat : 0) + points[k];
			if (capacity[2 * j] > 0) {
				edgeMentor.push(2 * j);
				edgeWeight.push(weight + bonus);
			}
			edgeMentor.push(2 * j + 1);
			edgeWeight.push(weight);
		});
		rowStart[i + 1] = edgeMentor.length;
	}
	const graph: CandidateGraph = {
		menteeCount: n,
		mentorCount: 2 * m,
		capacity,
		rowStart,
		edgeMentor: Int32Array.from(edgeMentor),
		edgeWeight: Float64Array.from(edgeWeight),
	};
	const solution = solveAssignment({ graph });
	const mentorOf = new Int32Array(n).fill(-1);
	const load = new Int32Array(m);
	let requiredFilled = 0;
	for (let i = 0; i < n; i++) {
		const e = solution.mateEdge[i];
		if (e < 0) continue;
		const copy = graph.edgeMentor[e];
		mentorOf[i] = copy >> 1;
		load[copy >> 1]++;
		if ((copy & 1) === 0) requiredFilled++;
	}
	return {
		feasible: requiredFilled === requiredTotal,
		value: solution.totalWeight - requiredFilled * bonus,
		mentorOf,
		load,
	};
}
