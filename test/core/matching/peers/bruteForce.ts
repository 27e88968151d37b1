/**
 * Reference answers by exhaustive search, independent of the solver: every matching of a
 * small graph is visited through a memoised recursion over the set of vertices still open.
 */

/** Weight of each pair, NaN where there is no edge. */
export type WeightMatrix = number[][];

export function weightMatrix(
	vertexCount: number,
	edges: ReadonlyArray<readonly [number, number, number]>,
): WeightMatrix {
	const matrix = Array.from({ length: vertexCount }, () =>
		new Array<number>(vertexCount).fill(NaN),
	);
	for (const [u, v, w] of edges) {
		// Parallel edges: only the heaviest can matter.
		if (Number.isNaN(matrix[u][v]) || w > matrix[u][v]) matrix[u][v] = matrix[v][u] = w;
	}
	return matrix;
}

/** Best [cardinality, weight] over all matchings, ranked by weight or by cardinality first. */
export function bruteForceOptimum(
	matrix: WeightMatrix,
	cardinalityFirst: boolean,
): { size: number; weight: number } {
	const n = matrix.length;
	const memo = new Map<number, { size: number; weight: number }>();
	const better = (
		a: { size: number; weight: number },
		b: { size: number; weight: number },
	): boolean =>
		cardinalityFirst
			? a.size > b.size || (a.size === b.size && a.weight > b.weight)
			: a.weight > b.weight;
	const solve = (open: number): { size: number; weight: number } => {
		if (open === 0) return { size: 0, weight: 0 };
		const cached = memo.get(open);
		if (cached) return cached;
		let i = 0;
		while (!(open & (1 << i))) i++;
		const rest = open & ~(1 << i);
		let best = solve(rest);
		for (let j = i + 1; j < n; j++) {
			if (!(rest & (1 << j)) || Number.isNaN(matrix[i][j])) continue;
			const sub = solve(rest & ~(1 << j));
			const candidate = { size: sub.size + 1, weight: sub.weight + matrix[i][j] };
			if (better(candidate, best)) best = candidate;
		}
		memo.set(open, best);
		return best;
	};
	return solve((1 << n) - 1);
}
