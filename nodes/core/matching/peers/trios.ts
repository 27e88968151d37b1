import { maxWeightMatching, type WeightedEdge } from './blossom';
import { cardinalityBonus } from './pairTable';

/** Options of {@link placeInTrios}. */
export interface PlaceInTriosOptions {
	/** The pairs already made, as person numbers. */
	pairs: ReadonlyArray<readonly [number, number]>;
	/** People left without a partner. */
	leftovers: readonly number[];
	/** Weight of two people, NaN when they may not meet. */
	weight(i: number, j: number): number;
}

/** A leftover person placed as the third member of a pair. */
export interface TrioPlacement {
	/** Index into `pairs`. */
	pair: number;
	person: number;
	/** Weight the third person adds: their weight with each of the pair. */
	addedWeight: number;
}

/**
 * Places leftover people into pairs as third members: as many as can be placed (each pair
 * takes at most one, and a third person must be allowed to meet both), then the highest
 * total added weight. With one leftover this is simply the pair with the best added
 * weight; with several it is an assignment, solved exactly by the same matching solver.
 *
 * @example
 * // Pairs 0-1 and 2-3; person 4 gets on best with 2 and 3.
 * placeInTrios({ pairs: [[0, 1], [2, 3]], leftovers: [4], weight: (i, j) => (i + j === 6 || i + j === 7 ? 5 : 1) });
 * // [{ pair: 1, person: 4, addedWeight: 10 }]
 */
export function placeInTrios(options: PlaceInTriosOptions): TrioPlacement[] {
	const { pairs, leftovers, weight } = options;
	const raw: Array<[leftover: number, pair: number, added: number]> = [];
	let minWeight = Infinity;
	let maxWeight = -Infinity;
	for (let l = 0; l < leftovers.length; l++) {
		for (let p = 0; p < pairs.length; p++) {
			const added = weight(leftovers[l], pairs[p][0]) + weight(leftovers[l], pairs[p][1]);
			if (Number.isNaN(added)) continue;
			raw.push([l, p, added]);
			if (added < minWeight) minWeight = added;
			if (added > maxWeight) maxWeight = added;
		}
	}
	if (raw.length === 0) return [];
	const vertexCount = leftovers.length + pairs.length;
	const bonus = cardinalityBonus({ vertexCount, minWeight, maxWeight });
	// Leftovers are vertices 0..L-1 and pairs L..L+P-1: a bipartite graph.
	const edges: WeightedEdge[] = raw.map(([l, p, added]) => [
		l,
		leftovers.length + p,
		added + bonus,
	]);
	const { mate } = maxWeightMatching({ vertexCount, edges });
	const placements: TrioPlacement[] = [];
	for (let p = 0; p < pairs.length; p++) {
		const l = mate[leftovers.length + p];
		if (l === -1) continue;
		const person = leftovers[l];
		placements.push({
			pair: p,
			person,
			addedWeight: weight(person, pairs[p][0]) + weight(person, pairs[p][1]),
		});
	}
	return placements;
}
