import { InvalidOptionError } from '../../errors';

/** An undirected edge between two vertex numbers, with an integer weight. */
export type WeightedEdge = readonly [u: number, v: number, weight: number];

/** Options of {@link maxWeightMatching}. */
export interface MaxWeightMatchingOptions {
	/** Vertices are numbered 0 to vertexCount - 1. */
	vertexCount: number;
	/** Edges with integer weights; self-loops are refused, parallel edges allowed. */
	edges: readonly WeightedEdge[];
}

/**
 * The dual solution that proves a matching optimal. For every edge (i, j, w):
 * `vertex[i] + vertex[j] + 2 * (sum of blossom[B] over blossoms B holding both) - 2 * w >= 0`,
 * with equality on matched edges; unmatched vertices have dual 0; a blossom with a
 * positive dual holds (size - 1) / 2 matched edges. Vertex duals are in doubled units so
 * that integer weights give integer duals.
 */
export interface MatchingDuals {
	/** Dual of each vertex. */
	vertex: Float64Array;
	/** Dual of each blossom, indexed by blossom number (vertexCount to 2 * vertexCount - 1). */
	blossom: Float64Array;
	/** Blossom directly containing each vertex or blossom number, -1 for none. */
	parent: Int32Array;
}

/** What {@link maxWeightMatching} returns. */
export interface MaxWeightMatchingResult {
	/** Partner of each vertex, -1 when unmatched. */
	mate: Int32Array;
	/** Sum of the weights of the matched edges. */
	weight: number;
	duals: MatchingDuals;
}

/**
 * Maximum-weight matching in a general (non-bipartite) graph, by Edmonds' blossom
 * algorithm in its primal-dual form, O(n^3). Deterministic: the same vertex numbering and
 * edge order give the same matching.
 *
 * @example
 * // A path 0-1-2-3 with a heavy middle edge: two light edges together weigh more.
 * const result = maxWeightMatching({ vertexCount: 4, edges: [[0, 1, 5], [1, 2, 8], [2, 3, 5]] });
 * result.weight; // 10
 * Array.from(result.mate); // [1, 0, 3, 2]
 */
export function maxWeightMatching(options: MaxWeightMatchingOptions): MaxWeightMatchingResult {
	const n = options.vertexCount;
	if (!Number.isInteger(n) || n < 0) {
		throw new InvalidOptionError(
			'vertexCount',
			`vertexCount must be a whole number of at least 0, got ${n}`,
		);
	}
	const m = options.edges.length;
	const eu = new Int32Array(m);
	const ev = new Int32Array(m);
	const ew = new Float64Array(m);
	const degree = new Int32Array(n + 1);
	let maxWeight = 0;
	for (let k = 0; k < m; k++) {
		const [u, v, w] = options.edges[k];
		if (
			!Number.isInteger(u) ||
			!Number.isInteger(v) ||
			u < 0 ||
			v < 0 ||
			u >= n ||
			v >= n ||
			u === v
		) {
			throw new InvalidOptionError(
				'edges',
				`edge ${k} joins ${u} and ${v}, expected two different vertices below ${n}`,
			);
		}
		if (!Number.isSafeInteger(w)) {
			throw new InvalidOptionError('edges', `edge ${k} has weight ${w}, expected a whole number`);
		}
		eu[k] = u;
		ev[k] = v;
		ew[k] = w;
		degree[u]++;
		degree[v]++;
		if (w > maxWeight) maxWeight = w;
	}
	// Compressed adjacency: the edges of vertex v are adjEdge[adjStart[v] .. adjStart[v + 1]).
	const adjStart = new Int32Array(n + 1);
	for (let v = 0; v < n; v++) adjStart[v + 1] = adjStart[v] + degree[v];
	const fill = adjStart.slice(0, n);
	const adjEdge = new Int32Array(2 * m);
	for (let k = 0; k < m; k++) {
		adjEdge[fill[eu[k]]++] = k;
		adjEdge[fill[ev[k]]++] = k;
	}
	const solver = new BlossomSolver(n, eu, ev, ew, adjStart, adjEdge, maxWeight);
	solver.run();
	return solver.result();
}

const FREE = 0;
const S = 1;
const T = 2;

/**
 * The state of one solve. Numbers 0..n-1 are vertices, n..2n-1 are blossoms; a vertex is
 * its own trivial blossom. Labels, label edges and best edges are kept per vertex and per
 * blossom because expanding a T-blossom needs the labels its vertices received.
 */
class BlossomSolver {
	private readonly mate: Int32Array;
	private readonly label: Int8Array;
	private readonly labelEdge: Int32Array;
	/** The vertex on the far side of the label edge, in the blossom that passed the label on. */
	private readonly labelFrom: Int32Array;
	private readonly inBlossom: Int32Array;
	private readonly parent: Int32Array;
	private readonly base: Int32Array;
	private readonly children: Array<number[] | null>;
	/** Link i joins linkX[i] in child i to linkY[i] in child i + 1 (cyclically), by linkEdge[i]. */
	private readonly linkEdge: Array<number[] | null>;
	private readonly linkX: Array<number[] | null>;
	private readonly linkY: Array<number[] | null>;
	private readonly dual: Float64Array;
	private readonly bestEdge: Int32Array;
	private readonly blossomBestEdges: Array<number[] | null>;
	private readonly allowEdge: Uint8Array;
	private readonly mark: Uint8Array;
	private readonly bestTo: Int32Array;
	private readonly unused: number[] = [];
	/** One past the highest blossom number ever used: loops over blossoms stop there. */
	private blossomEnd: number;
	private queue: number[] = [];

	constructor(
		private readonly n: number,
		private readonly eu: Int32Array,
		private readonly ev: Int32Array,
		private readonly ew: Float64Array,
		private readonly adjStart: Int32Array,
		private readonly adjEdge: Int32Array,
		maxWeight: number,
	) {
		const size = 2 * n;
		this.mate = new Int32Array(n).fill(-1);
		this.label = new Int8Array(size);
		this.labelEdge = new Int32Array(size).fill(-1);
		this.labelFrom = new Int32Array(size).fill(-1);
		this.inBlossom = new Int32Array(n);
		for (let v = 0; v < n; v++) this.inBlossom[v] = v;
		this.parent = new Int32Array(size).fill(-1);
		this.base = new Int32Array(size).fill(-1);
		for (let v = 0; v < n; v++) this.base[v] = v;
		this.children = new Array<number[] | null>(size).fill(null);
		this.linkEdge = new Array<number[] | null>(size).fill(null);
		this.linkX = new Array<number[] | null>(size).fill(null);
		this.linkY = new Array<number[] | null>(size).fill(null);
		this.dual = new Float64Array(size);
		// Every vertex starts at the largest weight, so every edge starts with slack >= 0.
		for (let v = 0; v < n; v++) this.dual[v] = maxWeight;
		this.bestEdge = new Int32Array(size).fill(-1);
		this.blossomBestEdges = new Array<number[] | null>(size).fill(null);
		this.allowEdge = new Uint8Array(eu.length);
		this.mark = new Uint8Array(size);
		this.bestTo = new Int32Array(size).fill(-1);
		for (let b = size - 1; b >= n; b--) this.unused.push(b);
		this.blossomEnd = n;
	}

	result(): MaxWeightMatchingResult {
		const { n } = this;
		const partner = new Int32Array(n).fill(-1);
		let weight = 0;
		for (let v = 0; v < n; v++) {
			const k = this.mate[v];
			if (k < 0) continue;
			partner[v] = this.other(k, v);
			if (v < partner[v]) weight += this.ew[k];
		}
		const blossom = new Float64Array(2 * n);
		for (let b = n; b < 2 * n; b++) if (this.base[b] >= 0) blossom[b] = this.dual[b];
		return {
			mate: partner,
			weight,
			duals: { vertex: this.dual.slice(0, n), blossom, parent: this.parent.slice() },
		};
	}

	run(): void {
		const { n } = this;
		// Each stage grows alternating trees from every free vertex until it augments once.
		for (let stage = 0; stage < n; stage++) {
			this.label.fill(FREE);
			this.bestEdge.fill(-1);
			this.blossomBestEdges.fill(null, n);
			this.allowEdge.fill(0);
			this.queue = [];
			for (let v = 0; v < n; v++) {
				if (this.mate[v] === -1 && this.label[this.inBlossom[v]] === FREE)
					this.assignLabel(v, S, -1, -1);
			}
			if (!this.runStage()) break;
			// Blossoms whose dual fell to zero no longer constrain anything: dissolve them.
			for (let b = n; b < this.blossomEnd; b++) {
				if (
					this.parent[b] === -1 &&
					this.base[b] >= 0 &&
					this.label[b] === S &&
					this.dual[b] === 0
				) {
					this.expandBlossom(b, true);
				}
			}
		}
	}

	/** Returns whether the stage augmented the matching. */
	private runStage(): boolean {
		for (;;) {
			if (this.scanQueue()) return true;
			if (!this.adjustDuals()) return false;
		}
	}

	/** Scans the edges of S-vertices; returns true once the matching has been augmented. */
	private scanQueue(): boolean {
		const { eu, ev, label, inBlossom, allowEdge, bestEdge, adjStart, adjEdge } = this;
		while (this.queue.length > 0) {
			const v = this.queue.pop() as number;
			for (let a = adjStart[v]; a < adjStart[v + 1]; a++) {
				const k = adjEdge[a];
				const w = eu[k] === v ? ev[k] : eu[k];
				if (inBlossom[v] === inBlossom[w]) continue;
				let kSlack = 0;
				if (!allowEdge[k]) {
					kSlack = this.slack(k);
					if (kSlack <= 0) allowEdge[k] = 1;
				}
				if (allowEdge[k]) {
					const bw = inBlossom[w];
					if (label[bw] === FREE) {
						this.assignLabel(w, T, k, v);
					} else if (label[bw] === S) {
						const base = this.scanBlossom(v, w);
						if (base >= 0) {
							this.addBlossom(base, k);
						} else {
							this.augmentMatching(k);
							return true;
						}
					} else if (label[w] === FREE) {
						// w sits inside a T-blossom; remember how it was reached for when that blossom expands.
						label[w] = T;
						this.labelEdge[w] = k;
						this.labelFrom[w] = v;
					}
				} else if (label[inBlossom[w]] === S) {
					const b = inBlossom[v];
					if (bestEdge[b] === -1 || kSlack < this.slack(bestEdge[b])) bestEdge[b] = k;
				} else if (label[w] === FREE) {
					if (bestEdge[w] === -1 || kSlack < this.slack(bestEdge[w])) bestEdge[w] = k;
				}
			}
		}
		return false;
	}

	/**
	 * Moves the duals by the largest step that keeps them feasible, then acts on what
	 * became tight. Returns false when the vertex duals reached zero: the matching is optimal.
	 */
	private adjustDuals(): boolean {
		const { n, label, inBlossom, bestEdge, parent, dual, base, blossomEnd } = this;
		// Type 1: a vertex dual reaches zero. Type 2: an edge from an S-vertex to a free
		// vertex becomes tight. Type 3: an edge between two S-blossoms becomes tight. Type 4:
		// a T-blossom's dual reaches zero and it must be expanded.
		let deltaType = 1;
		let delta = n === 0 ? 0 : Infinity;
		let deltaEdge = -1;
		let deltaBlossom = -1;
		for (let v = 0; v < n; v++) {
			if (dual[v] < delta) delta = dual[v];
		}
		for (let v = 0; v < n; v++) {
			const top = inBlossom[v];
			const l = label[top];
			if (l === FREE) {
				if (bestEdge[v] !== -1) {
					const d = this.slack(bestEdge[v]);
					if (d < delta) {
						delta = d;
						deltaType = 2;
						deltaEdge = bestEdge[v];
					}
				}
			} else if (l === S && top === v && bestEdge[v] !== -1) {
				const d = this.slack(bestEdge[v]) / 2;
				if (d < delta) {
					delta = d;
					deltaType = 3;
					deltaEdge = bestEdge[v];
				}
			}
		}
		for (let b = n; b < blossomEnd; b++) {
			if (parent[b] !== -1 || base[b] < 0) continue;
			if (label[b] === S && bestEdge[b] !== -1) {
				const d = this.slack(bestEdge[b]) / 2;
				if (d < delta) {
					delta = d;
					deltaType = 3;
					deltaEdge = bestEdge[b];
				}
			} else if (label[b] === T && dual[b] < delta) {
				delta = dual[b];
				deltaType = 4;
				deltaBlossom = b;
			}
		}
		for (let v = 0; v < n; v++) {
			const l = label[inBlossom[v]];
			if (l === S) dual[v] -= delta;
			else if (l === T) dual[v] += delta;
		}
		for (let b = n; b < blossomEnd; b++) {
			if (base[b] >= 0 && parent[b] === -1) {
				if (label[b] === S) dual[b] += delta;
				else if (label[b] === T) dual[b] -= delta;
			}
		}
		switch (deltaType) {
			case 1:
				return false;
			case 2: {
				this.allowEdge[deltaEdge] = 1;
				const u = this.eu[deltaEdge];
				this.queue.push(label[inBlossom[u]] === FREE ? this.ev[deltaEdge] : u);
				return true;
			}
			case 3:
				this.allowEdge[deltaEdge] = 1;
				this.queue.push(this.eu[deltaEdge]);
				return true;
			default:
				this.expandBlossom(deltaBlossom, false);
				return true;
		}
	}

	private other(k: number, v: number): number {
		return this.eu[k] === v ? this.ev[k] : this.eu[k];
	}

	private slack(k: number): number {
		return this.dual[this.eu[k]] + this.dual[this.ev[k]] - 2 * this.ew[k];
	}

	private leaves(b: number, out: number[] = []): number[] {
		if (b < this.n) {
			out.push(b);
			return out;
		}
		for (const child of this.children[b] as number[]) this.leaves(child, out);
		return out;
	}

	private assignLabel(w: number, t: number, k: number, from: number): void {
		const b = this.inBlossom[w];
		this.label[w] = this.label[b] = t;
		this.labelEdge[w] = this.labelEdge[b] = k;
		this.labelFrom[w] = this.labelFrom[b] = from;
		this.bestEdge[w] = this.bestEdge[b] = -1;
		if (t === S) {
			this.leaves(b, this.queue);
		} else {
			// A T-blossom's base is matched: its partner's blossom becomes S.
			const base = this.base[b];
			const matched = this.mate[base];
			this.assignLabel(this.other(matched, base), S, matched, base);
		}
	}

	/**
	 * Walks up the trees of v and w together. Returns the base of the first blossom both
	 * paths reach (a new blossom closes there), or -1 if they end at different roots (an
	 * augmenting path).
	 */
	private scanBlossom(v: number, w: number): number {
		const path: number[] = [];
		let base = -1;
		while (v !== -1) {
			let b = this.inBlossom[v];
			if (this.mark[b]) {
				base = this.base[b];
				break;
			}
			this.mark[b] = 1;
			path.push(b);
			if (this.labelEdge[b] === -1) {
				v = -1;
			} else {
				v = this.labelFrom[b];
				b = this.inBlossom[v];
				v = this.labelFrom[b];
			}
			if (w !== -1) {
				const swap = v;
				v = w;
				w = swap;
			}
		}
		for (const b of path) this.mark[b] = 0;
		return base;
	}

	private addBlossom(base: number, k: number): void {
		const { inBlossom, parent, labelEdge, labelFrom } = this;
		let v = this.eu[k];
		let w = this.ev[k];
		const bb = inBlossom[base];
		let bv = inBlossom[v];
		let bw = inBlossom[w];
		const b = this.unused.pop() as number;
		if (b >= this.blossomEnd) this.blossomEnd = b + 1;
		this.base[b] = base;
		parent[b] = -1;
		parent[bb] = b;
		const children: number[] = [];
		const edges: number[] = [];
		const xs: number[] = [];
		const ys: number[] = [];
		// From v back to the base: collected backwards, then reversed.
		while (bv !== bb) {
			parent[bv] = b;
			children.push(bv);
			edges.push(labelEdge[bv]);
			xs.push(labelFrom[bv]);
			ys.push(this.other(labelEdge[bv], labelFrom[bv]));
			v = labelFrom[bv];
			bv = inBlossom[v];
		}
		children.push(bb);
		children.reverse();
		edges.reverse();
		xs.reverse();
		ys.reverse();
		edges.push(k);
		xs.push(this.eu[k]);
		ys.push(this.ev[k]);
		// From w back to the base, in forward order.
		while (bw !== bb) {
			parent[bw] = b;
			children.push(bw);
			edges.push(labelEdge[bw]);
			xs.push(this.other(labelEdge[bw], labelFrom[bw]));
			ys.push(labelFrom[bw]);
			w = labelFrom[bw];
			bw = inBlossom[w];
		}
		this.children[b] = children;
		this.linkEdge[b] = edges;
		this.linkX[b] = xs;
		this.linkY[b] = ys;
		this.label[b] = S;
		labelEdge[b] = labelEdge[bb];
		labelFrom[b] = labelFrom[bb];
		this.dual[b] = 0;
		for (const leaf of this.leaves(b)) {
			// Former T-vertices are S now and must be scanned.
			if (this.label[inBlossom[leaf]] === T) this.queue.push(leaf);
			inBlossom[leaf] = b;
		}
		// Keep, per neighbouring S-blossom, the least-slack edge to it.
		const { bestTo } = this;
		const touched: number[] = [];
		for (const child of children) {
			let list = this.blossomBestEdges[child];
			if (list === null) {
				list = [];
				for (const leaf of this.leaves(child)) {
					for (let a = this.adjStart[leaf]; a < this.adjStart[leaf + 1]; a++)
						list.push(this.adjEdge[a]);
				}
			}
			for (const edge of list) {
				let j = this.ev[edge];
				if (inBlossom[j] === b) j = this.eu[edge];
				const bj = inBlossom[j];
				if (bj === b || this.label[bj] !== S) continue;
				if (bestTo[bj] === -1) {
					touched.push(bj);
					bestTo[bj] = edge;
				} else if (this.slack(edge) < this.slack(bestTo[bj])) {
					bestTo[bj] = edge;
				}
			}
			this.blossomBestEdges[child] = null;
			this.bestEdge[child] = -1;
		}
		touched.sort((p, q) => p - q);
		const best: number[] = [];
		let bestEdge = -1;
		for (const bj of touched) {
			const edge = bestTo[bj];
			bestTo[bj] = -1;
			best.push(edge);
			if (bestEdge === -1 || this.slack(edge) < this.slack(bestEdge)) bestEdge = edge;
		}
		this.blossomBestEdges[b] = best;
		this.bestEdge[b] = bestEdge;
	}

	private expandBlossom(b: number, endStage: boolean): void {
		const { n, inBlossom, label, labelEdge, labelFrom } = this;
		const children = this.children[b] as number[];
		for (const child of children) {
			this.parent[child] = -1;
			if (child < n) inBlossom[child] = child;
			else if (endStage && this.dual[child] === 0) this.expandBlossom(child, endStage);
			else for (const leaf of this.leaves(child)) inBlossom[leaf] = child;
		}
		if (!endStage && label[b] === T) this.relabelExpandedT(b, children);
		label[b] = FREE;
		labelEdge[b] = labelFrom[b] = -1;
		this.children[b] = this.linkEdge[b] = this.linkX[b] = this.linkY[b] = null;
		this.base[b] = -1;
		this.blossomBestEdges[b] = null;
		this.bestEdge[b] = -1;
		this.unused.push(b);
	}

	/**
	 * A T-blossom dissolved mid-stage: its children on the even path from where it was
	 * entered to its base keep the tree alternating (T, S, T, ..., T); the children off that
	 * path become T only if one of their vertices had been reached by a tight edge.
	 */
	private relabelExpandedT(b: number, children: number[]): void {
		const { label, labelEdge, labelFrom, inBlossom } = this;
		const size = children.length;
		const at = (list: number[], i: number): number => list[((i % size) + size) % size];
		const edges = this.linkEdge[b] as number[];
		const xs = this.linkX[b] as number[];
		const ys = this.linkY[b] as number[];
		const entryChild = inBlossom[this.other(labelEdge[b], labelFrom[b])];
		let j = children.indexOf(entryChild);
		let step = -1;
		if (j & 1) {
			j -= size;
			step = 1;
		}
		let via = labelEdge[b];
		let from = labelFrom[b];
		while (j !== 0) {
			const entry = this.other(via, from);
			const matchedEdge = step === 1 ? at(edges, j) : at(edges, j - 1);
			const partner = step === 1 ? at(ys, j) : at(xs, j - 1);
			label[entry] = FREE;
			label[partner] = FREE;
			this.assignLabel(entry, T, via, from);
			this.allowEdge[matchedEdge] = 1;
			j += step;
			if (step === 1) {
				via = at(edges, j);
				from = at(xs, j);
			} else {
				via = at(edges, j - 1);
				from = at(ys, j - 1);
			}
			this.allowEdge[via] = 1;
			j += step;
		}
		// The base child is T, but its partner outside is already S: label it without recursing.
		const baseChild = children[0];
		const entry = this.other(via, from);
		label[entry] = label[baseChild] = T;
		labelEdge[entry] = labelEdge[baseChild] = via;
		labelFrom[entry] = labelFrom[baseChild] = from;
		this.bestEdge[baseChild] = -1;
		j += step;
		while (at(children, j) !== entryChild) {
			const child = at(children, j);
			j += step;
			if (label[child] === S) continue;
			const reached = this.leaves(child).find((leaf) => label[leaf] !== FREE);
			if (reached === undefined) continue;
			const childBase = this.base[child];
			label[reached] = FREE;
			label[this.other(this.mate[childBase], childBase)] = FREE;
			this.assignLabel(reached, T, labelEdge[reached], labelFrom[reached]);
		}
	}

	/** Makes vertex v the base of blossom b by flipping the even path from v to the old base. */
	private augmentBlossom(b: number, v: number): void {
		let t = v;
		while (this.parent[t] !== b) t = this.parent[t];
		if (t >= this.n) this.augmentBlossom(t, v);
		const children = this.children[b] as number[];
		const edges = this.linkEdge[b] as number[];
		const xs = this.linkX[b] as number[];
		const ys = this.linkY[b] as number[];
		const size = children.length;
		const at = (list: number[], i: number): number => list[((i % size) + size) % size];
		const i = children.indexOf(t);
		let j = i;
		let step = -1;
		if (i & 1) {
			j -= size;
			step = 1;
		}
		while (j !== 0) {
			j += step;
			let child = at(children, j);
			const edge = step === 1 ? at(edges, j) : at(edges, j - 1);
			const x = step === 1 ? at(xs, j) : at(ys, j - 1);
			const y = step === 1 ? at(ys, j) : at(xs, j - 1);
			if (child >= this.n) this.augmentBlossom(child, x);
			j += step;
			child = at(children, j);
			if (child >= this.n) this.augmentBlossom(child, y);
			this.mate[x] = edge;
			this.mate[y] = edge;
		}
		this.children[b] = children.slice(i).concat(children.slice(0, i));
		this.linkEdge[b] = edges.slice(i).concat(edges.slice(0, i));
		this.linkX[b] = xs.slice(i).concat(xs.slice(0, i));
		this.linkY[b] = ys.slice(i).concat(ys.slice(0, i));
		this.base[b] = v;
	}

	/** Flips the augmenting path through edge k, from both of its ends back to their roots. */
	private augmentMatching(k: number): void {
		for (const [start, first] of [
			[this.eu[k], k],
			[this.ev[k], k],
		]) {
			let s = start;
			let edge = first;
			for (;;) {
				const bs = this.inBlossom[s];
				if (bs >= this.n) this.augmentBlossom(bs, s);
				this.mate[s] = edge;
				if (this.labelEdge[bs] === -1) break;
				const t = this.labelFrom[bs];
				const bt = this.inBlossom[t];
				s = this.labelFrom[bt];
				const j = this.other(this.labelEdge[bt], s);
				if (bt >= this.n) this.augmentBlossom(bt, j);
				this.mate[j] = this.labelEdge[bt];
				edge = this.labelEdge[bt];
			}
		}
	}
}
