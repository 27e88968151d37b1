import { MentorHeap } from './mentorHeap';

/** A bipartite graph seen from the side whose units are placed one at a time. */
export interface OrientedGraph {
	leftCount: number;
	rightCount: number;
	leftCapacity: Int32Array;
	rightCapacity: Int32Array;
	rowStart: Int32Array;
	edgeRight: Int32Array;
	edgeWeight: Float64Array;
}

export interface OrientedSolution {
	/** 1 for every edge used. */
	used: Uint8Array;
	leftPrice: Float64Array;
	rightPrice: Float64Array;
	heapPops: number;
}

/**
 * Successive shortest paths with potentials, placing one unit of a left node at a
 * time (a left node with capacity c is placed up to c times). Each placement runs
 * Dijkstra with a binary heap over reduced costs from the left node: right nodes are
 * reached through unused edges, left nodes back through the edges they already use
 * (in one heap, as a left node with several places may hold edges that are not tight), and
 * the search ends at the cheapest way out: a right node with a free place, or a left
 * node letting one unit go unplaced. Left potentials start at their best edge's
 * margin, so the first try usually succeeds at once.
 *
 * @example solveOriented(graph).used // 1 for each edge in the optimal assignment
 */
export function solveOriented(graph: OrientedGraph): OrientedSolution {
	const { leftCount: n, rightCount: m, leftCapacity, rightCapacity, rowStart, edgeRight, edgeWeight } = graph;
	const edgeCount = rowStart[n];
	const edgeLeft = new Int32Array(edgeCount);
	for (let l = 0; l < n; l++) for (let e = rowStart[l]; e < rowStart[l + 1]; e++) edgeLeft[e] = l;
	const used = new Uint8Array(edgeCount);
	const u = new Float64Array(n);
	const v = new Float64Array(m);
	const leftStart = prefix(leftCapacity);
	const leftSlots = new Int32Array(leftStart[n]);
	const leftLoad = new Int32Array(n);
	const rightStart = prefix(rightCapacity);
	const rightSlots = new Int32Array(rightStart[m]);
	const rightLoad = new Int32Array(m);

	const distR = new Float64Array(m);
	const seenR = new Int32Array(m);
	const doneR = new Int32Array(m);
	const predE = new Int32Array(m);
	const distL = new Float64Array(n);
	const doneL = new Int32Array(n);
	const seenL = new Int32Array(n);
	const predBack = new Int32Array(n);
	const settledR: number[] = [];
	const settledL: number[] = [];
	const heap = new MentorHeap(256);
	let heapPops = 0;
	let round = 0;
	let best = 0;

	const relax = (l: number, dl: number) => {
		const base = dl + u[l];
		for (let e = rowStart[l]; e < rowStart[l + 1]; e++) {
			if (used[e] === 1) continue;
			const r = edgeRight[e];
			if (doneR[r] === round) continue;
			const d = base + v[r] - edgeWeight[e];
			if (d >= best) continue;
			if (seenR[r] !== round || d < distR[r]) {
				seenR[r] = round;
				distR[r] = d;
				predE[r] = e;
				heap.push(d, r);
			}
		}
	};
	const replace = (slots: Int32Array, start: number, load: number, from: number, to: number) => {
		for (let k = start; k < start + load; k++) {
			if (slots[k] === from) {
				slots[k] = to;
				return;
			}
		}
	};

	for (let s = 0; s < n; s++) {
		let margin = 0;
		for (let e = rowStart[s]; e < rowStart[s + 1]; e++) margin = Math.max(margin, edgeWeight[e] - v[edgeRight[e]]);
		u[s] = margin;
		for (let unit = 0; unit < leftCapacity[s]; unit++) {
			if (u[s] <= 0) break; // nothing left worth placing: the remaining units stay unplaced
			round++;
			best = u[s];
			let targetRight = -1;
			let targetLeft = s;
			heap.clear();
			settledR.length = 0;
			settledL.length = 0;
			distL[s] = 0;
			doneL[s] = round;
			seenL[s] = round;
			settledL.push(s);
			relax(s, 0);
			while (heap.size > 0 && heap.peekKey() < best) {
				const key = heap.peekKey();
				const node = heap.pop();
				heapPops++;
				if (node >= m) {
					// A left node, reached back through an edge it uses.
					const l = node - m;
					if (doneL[l] === round || key > distL[l]) continue;
					doneL[l] = round;
					settledL.push(l);
					if (key + u[l] < best) {
						best = key + u[l];
						targetRight = -1;
						targetLeft = l;
					}
					relax(l, key);
					continue;
				}
				const r = node;
				if (doneR[r] === round || key > distR[r]) continue;
				doneR[r] = round;
				settledR.push(r);
				if (rightLoad[r] < rightCapacity[r]) {
					best = key;
					targetRight = r;
					continue;
				}
				for (let k = rightStart[r]; k < rightStart[r] + rightLoad[r]; k++) {
					const e = rightSlots[k];
					const l = edgeLeft[e];
					if (doneL[l] === round) continue;
					// Backward arc: reduced cost w − v − u, 0 when the edge is tight.
					const d = key + edgeWeight[e] - v[r] - u[l];
					if (d >= best) continue;
					if (seenL[l] !== round || d < distL[l]) {
						seenL[l] = round;
						distL[l] = d;
						predBack[l] = e;
						heap.push(d, m + l);
					}
				}
			}

			for (const r of settledR) if (distR[r] < best) v[r] += best - distR[r];
			for (const l of settledL) if (distL[l] < best) u[l] -= best - distL[l];

			let r: number;
			let hole: number;
			if (targetRight >= 0) {
				r = targetRight;
				hole = -1;
			} else {
				if (targetLeft === s) break; // this unit of s stays unplaced, and so will the rest
				const b = predBack[targetLeft];
				used[b] = 0;
				replace(leftSlots, leftStart[targetLeft], leftLoad[targetLeft], b, leftSlots[leftStart[targetLeft] + leftLoad[targetLeft] - 1]);
				leftLoad[targetLeft]--;
				hole = b;
				r = edgeRight[b];
			}
			for (;;) {
				const e = predE[r];
				used[e] = 1;
				if (hole < 0) rightSlots[rightStart[r] + rightLoad[r]++] = e;
				else replace(rightSlots, rightStart[r], rightLoad[r], hole, e);
				const l = edgeLeft[e];
				if (l === s) {
					leftSlots[leftStart[s] + leftLoad[s]++] = e;
					break;
				}
				const b = predBack[l];
				used[b] = 0;
				replace(leftSlots, leftStart[l], leftLoad[l], b, e);
				hole = b;
				r = edgeRight[b];
			}
		}
	}
	return { used, leftPrice: u, rightPrice: v, heapPops };
}

function prefix(capacity: Int32Array): Int32Array {
	const start = new Int32Array(capacity.length + 1);
	for (let k = 0; k < capacity.length; k++) start[k + 1] = start[k] + Math.max(0, capacity[k]);
	return start;
}
