import type { MatchingDuals } from './blossom';

/**
 * Builds a function giving the reduced cost (slack) of any pair under a solve's duals,
 * including pairs that were not in the solved graph. A negative slack means the pair would
 * improve the matching, so the solve is not yet optimal for the full graph.
 *
 * @example
 * const { duals } = maxWeightMatching({ vertexCount: 3, edges: [[0, 1, 4]] });
 * const slackOf = createSlackCalculator(duals);
 * slackOf(1, 2, 9) < 0; // true: the pair 1-2 of weight 9 was left out but is worth taking
 */
export function createSlackCalculator(
	duals: MatchingDuals,
): (u: number, v: number, weight: number) => number {
	const { vertex, blossom, parent } = duals;
	const count = vertex.length;
	// Sum of blossom duals from each blossom up to its outermost blossom.
	const dualUp = new Float64Array(parent.length).fill(NaN);
	const sumUp = (b: number): number => {
		if (b === -1) return 0;
		if (Number.isNaN(dualUp[b])) dualUp[b] = blossom[b] + sumUp(parent[b]);
		return dualUp[b];
	};
	const top = new Int32Array(count);
	for (let v = 0; v < count; v++) {
		let b = v;
		while (parent[b] !== -1) b = parent[b];
		top[v] = b;
	}
	const depth = (b: number): number => {
		let d = 0;
		for (let x = b; x !== -1; x = parent[x]) d++;
		return d;
	};
	return (u, v, weight) => {
		const slack = vertex[u] + vertex[v] - 2 * weight;
		// Pairs in different outermost blossoms (the usual case) share no blossom dual.
		if (top[u] !== top[v] || top[u] < count) return slack;
		// Lowest blossom holding both: climb the deeper chain, then both together.
		let a = parent[u];
		let b = parent[v];
		let da = depth(a);
		let db = depth(b);
		for (; da > db; da--) a = parent[a];
		for (; db > da; db--) b = parent[b];
		while (a !== b) {
			a = parent[a];
			b = parent[b];
		}
		return slack + 2 * sumUp(a);
	};
}
