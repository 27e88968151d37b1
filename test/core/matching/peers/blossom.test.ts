import fc from 'fast-check';

import {
	maxWeightMatching,
	type WeightedEdge,
} from '../../../../nodes/core/matching/peers/blossom';
import { InvalidOptionError } from '../../../../nodes/core/errors';
import { bruteForceOptimum, weightMatrix } from './bruteForce';

/** Random graphs of up to 12 vertices; small weight ranges make ties and blossoms common. */
const graphArbitrary = fc.integer({ min: 0, max: 12 }).chain((vertexCount) =>
	fc.record({
		vertexCount: fc.constant(vertexCount),
		edges:
			vertexCount < 2
				? fc.constant<WeightedEdge[]>([])
				: fc.array(
						fc
							.tuple(
								fc.integer({ min: 0, max: vertexCount - 1 }),
								fc.integer({ min: 0, max: vertexCount - 1 }),
								fc.oneof(fc.integer({ min: -3, max: 6 }), fc.integer({ min: 0, max: 1000 })),
							)
							.filter(([u, v]) => u !== v),
						{ maxLength: (vertexCount * (vertexCount - 1)) / 2 + 4 },
					),
	}),
);

/** Checks the dual certificate directly from its definition (see MatchingDuals). */
function certificateProblems(
	vertexCount: number,
	edges: readonly WeightedEdge[],
	result: ReturnType<typeof maxWeightMatching>,
): string[] {
	const problems: string[] = [];
	const { vertex, blossom, parent } = result.duals;
	const blossomsOf = (v: number): number[] => {
		const chain: number[] = [];
		for (let b = parent[v]; b !== -1; b = parent[b]) chain.push(b);
		return chain;
	};
	const members = new Map<number, number[]>();
	for (let v = 0; v < vertexCount; v++) {
		if (vertex[v] < 0) problems.push(`vertex ${v} has negative dual`);
		if (result.mate[v] === -1 && vertex[v] !== 0)
			problems.push(`unmatched vertex ${v} has dual ${vertex[v]}`);
		for (const b of blossomsOf(v)) members.set(b, [...(members.get(b) ?? []), v]);
	}
	for (const [k, [u, v, w]] of edges.entries()) {
		const common = blossomsOf(u).filter((b) => blossomsOf(v).includes(b));
		const slack =
			vertex[u] + vertex[v] - 2 * w + 2 * common.reduce((sum, b) => sum + blossom[b], 0);
		if (slack < 0) problems.push(`edge ${k} has negative slack ${slack}`);
		const heaviestParallel = Math.max(
			...edges.filter(([a, c]) => (a === u && c === v) || (a === v && c === u)).map((e) => e[2]),
		);
		if (result.mate[u] === v && w === heaviestParallel && slack !== 0)
			problems.push(`matched edge ${k} has slack ${slack}`);
	}
	for (const [b, inside] of members) {
		if (blossom[b] < 0) problems.push(`blossom ${b} has negative dual`);
		const matchedInside = inside.filter((v) => inside.includes(result.mate[v])).length / 2;
		if (blossom[b] > 0 && matchedInside !== (inside.length - 1) / 2)
			problems.push(`blossom ${b} is not full`);
	}
	return problems;
}

describe('maxWeightMatching', () => {
	it('prefers two light edges to one heavy edge between them', () => {
		// Path 0-1-2-3: {0-1, 2-3} weighs 10, {1-2} weighs 8.
		const result = maxWeightMatching({
			vertexCount: 4,
			edges: [
				[0, 1, 5],
				[1, 2, 8],
				[2, 3, 5],
			],
		});
		expect(result.weight).toBe(10);
		expect(Array.from(result.mate)).toEqual([1, 0, 3, 2]);
	});

	it('matches every vertex of a triangle with three tails', () => {
		// Triangle 0-1-2 with tails 0-4, 1-5, 2-3, all weight 6. By hand: each tail vertex has one
		// neighbour, so the only perfect matching is 0-4, 1-5, 2-3 (weight 18); the search must
		// shrink the triangle into a blossom and expand it again to reach it.
		const result = maxWeightMatching({
			vertexCount: 6,
			edges: [
				[0, 1, 6],
				[1, 2, 6],
				[0, 2, 6],
				[2, 3, 6],
				[0, 4, 6],
				[1, 5, 6],
			],
		});
		expect(result.weight).toBe(18);
		expect(Array.from(result.mate)).toEqual([4, 5, 3, 2, 0, 1]);
	});

	it('leaves vertices unmatched when every edge has weight zero or less', () => {
		const result = maxWeightMatching({
			vertexCount: 3,
			edges: [
				[0, 1, 0],
				[1, 2, -4],
			],
		});
		expect(result.weight).toBe(0);
		expect(result.mate[1] === 2).toBe(false);
	});

	it('handles an empty graph', () => {
		expect(maxWeightMatching({ vertexCount: 0, edges: [] }).weight).toBe(0);
		expect(Array.from(maxWeightMatching({ vertexCount: 3, edges: [] }).mate)).toEqual([-1, -1, -1]);
	});

	describe('on random graphs of 20 to 60 vertices', () => {
		it('returns duals that certify optimality (nested blossoms are common here)', () => {
			const bigGraph = fc.integer({ min: 20, max: 60 }).chain((vertexCount) =>
				fc.record({
					vertexCount: fc.constant(vertexCount),
					edges: fc.array(
						fc
							.tuple(
								fc.nat(vertexCount - 1),
								fc.nat(vertexCount - 1),
								fc.integer({ min: 0, max: 8 }),
							)
							.filter(([u, v]) => u !== v),
						{ minLength: vertexCount, maxLength: vertexCount * 4 },
					),
				}),
			);
			fc.assert(
				fc.property(bigGraph, ({ vertexCount, edges }) => {
					const result = maxWeightMatching({ vertexCount, edges });
					expect(certificateProblems(vertexCount, edges, result)).toEqual([]);
				}),
				{ numRuns: 150, seed: 8 },
			);
		});
	});

	describe('when an edge is malformed', () => {
		it('throws for a self-loop', () => {
			expect(() => maxWeightMatching({ vertexCount: 2, edges: [[1, 1, 3]] })).toThrow(
				InvalidOptionError,
			);
		});
		it('throws for a fractional weight', () => {
			expect(() => maxWeightMatching({ vertexCount: 2, edges: [[0, 1, 1.5]] })).toThrow(
				InvalidOptionError,
			);
		});
		it('throws for a vertex out of range', () => {
			expect(() => maxWeightMatching({ vertexCount: 2, edges: [[0, 2, 1]] })).toThrow(
				InvalidOptionError,
			);
		});
	});

	describe('on random graphs up to 12 vertices', () => {
		it('returns a valid matching whose weight equals the brute-force optimum', () => {
			fc.assert(
				fc.property(graphArbitrary, ({ vertexCount, edges }) => {
					const result = maxWeightMatching({ vertexCount, edges });
					const matrix = weightMatrix(vertexCount, edges);
					let weight = 0;
					for (let v = 0; v < vertexCount; v++) {
						const partner = result.mate[v];
						if (partner === -1) continue;
						expect(result.mate[partner]).toBe(v);
						expect(Number.isNaN(matrix[v][partner])).toBe(false);
						if (v < partner) weight += matrix[v][partner];
					}
					expect(result.weight).toBe(weight);
					expect(weight).toBe(bruteForceOptimum(matrix, false).weight);
				}),
				{ numRuns: 600, seed: 20261127 },
			);
		});

		it('returns duals that certify optimality', () => {
			fc.assert(
				fc.property(graphArbitrary, ({ vertexCount, edges }) => {
					const result = maxWeightMatching({ vertexCount, edges });
					expect(certificateProblems(vertexCount, edges, result)).toEqual([]);
				}),
				{ numRuns: 400, seed: 7 },
			);
		});
	});
});
