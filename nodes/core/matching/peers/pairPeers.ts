import { InvalidOptionError } from '../../errors';
import { maxWeightMatching, type WeightedEdge } from './blossom';
import { createSlackCalculator } from './certificate';
import { buildPairTable, cardinalityBonus, type PairTable } from './pairTable';
import { placeInTrios } from './trios';

/** What a pairing maximises. */
export type PeerObjective = 'maxWeight' | 'maxCardinality';

/** Options of {@link pairPeers}. */
export interface PairPeersOptions {
	/** Ids of everyone in the pool; order does not matter. */
	people: readonly string[];
	/**
	 * Integer weight of two people meeting, higher is better; undefined forbids the pair.
	 * Called once per unordered pair, with the ids in ascending order.
	 */
	weight(a: string, b: string): number | undefined;
	/** Pairs that met before and must not meet again (either order). */
	history?: Iterable<readonly [string, string]>;
	/**
	 * `maxCardinality` (default): as many pairs as possible, then the highest total weight.
	 * `maxWeight`: the highest total weight, leaving out people whose every pair weighs 0 or less.
	 */
	objective?: PeerObjective;
	/** Whether a person left without a partner joins a pair as a third member (default true). */
	trios?: boolean;
	/**
	 * Size of each person's starting candidate list (default 10). Only speed depends on it:
	 * pairs outside the lists are priced against the solve's duals and added until none
	 * would improve the result, so the pairing is optimal for the whole pool.
	 */
	candidatesPerPerson?: number;
}

/** A pair, or a trio whose third member joined an existing pair. */
export interface PeerGroup {
	/** The pair in ascending id order, then the third member of a trio. */
	members: string[];
	/** Sum of the weights of every two members of the group. */
	weight: number;
}

/** What {@link pairPeers} returns. */
export interface PairPeersResult {
	/** Groups ordered by their first member. */
	groups: PeerGroup[];
	/** People in no group, in ascending id order. */
	unpaired: string[];
	/** Sum of the group weights. */
	totalWeight: number;
	/** Weight of the pairs alone, before third members joined: the matching optimum. */
	matchingWeight: number;
	/** How the optimum was reached: candidate pairs in the last solve, and solves run. */
	stats: { candidatePairs: number; rounds: number };
}

/**
 * Pairs a pool of peers by maximum-weight matching (Edmonds' blossom algorithm), never
 * repeating a pair from the history nor making a forbidden pair, then places anyone left
 * over into the trio where they add the most weight. Deterministic: the result depends only
 * on the ids, weights and history, not on the order of the input.
 *
 * @example
 * // By hand: ana-cy and ben-dee weigh 5 each, every other pair 1, ana and ben met before.
 * const strong = new Set(['ana|cy', 'ben|dee']);
 * const result = pairPeers({
 *   people: ['dee', 'cy', 'ben', 'ana'],
 *   weight: (a, b) => (strong.has(`${a}|${b}`) ? 5 : 1),
 *   history: [['ana', 'ben']],
 * });
 * result.groups; // [{ members: ['ana', 'cy'], weight: 5 }, { members: ['ben', 'dee'], weight: 5 }]
 * result.totalWeight; // 10
 */
export function pairPeers(options: PairPeersOptions): PairPeersResult {
	const objective = options.objective ?? 'maxCardinality';
	if (objective !== 'maxCardinality' && objective !== 'maxWeight') {
		throw new InvalidOptionError(
			'objective',
			`Unknown objective "${String(objective)}"`,
			'Use maxCardinality or maxWeight.',
		);
	}
	const table = buildPairTable(options);
	const cardinalityFirst = objective === 'maxCardinality';
	const n = table.ids.length;
	const bonus = cardinalityFirst
		? cardinalityBonus({ vertexCount: n, minWeight: table.minWeight, maxWeight: table.maxWeight })
		: 0;
	const perPerson = Math.max(1, Math.floor(options.candidatesPerPerson ?? 10));

	const solved = solveWithPricing(table, bonus, perPerson);
	const pairs: Array<[number, number]> = [];
	const leftovers: number[] = [];
	for (let v = 0; v < n; v++) {
		const partner = solved.mate[v];
		if (partner === -1) leftovers.push(v);
		else if (v < partner) pairs.push([v, partner]);
	}
	const third = new Map<number, number>();
	if (options.trios ?? true) {
		for (const placement of placeInTrios({ pairs, leftovers, weight: table.weight })) {
			third.set(placement.pair, placement.person);
		}
	}
	const placed = new Set(third.values());
	let matchingWeight = 0;
	let totalWeight = 0;
	const groups = pairs.map(([a, b], p): PeerGroup => {
		let weight = table.weight(a, b);
		matchingWeight += weight;
		const members = [table.ids[a], table.ids[b]];
		const c = third.get(p);
		if (c !== undefined) {
			weight += table.weight(c, a) + table.weight(c, b);
			members.push(table.ids[c]);
		}
		totalWeight += weight;
		return { members, weight };
	});
	return {
		groups,
		unpaired: leftovers.filter((v) => !placed.has(v)).map((v) => table.ids[v]),
		totalWeight,
		matchingWeight,
		stats: { candidatePairs: solved.candidatePairs, rounds: solved.rounds },
	};
}

/**
 * Solves on each person's best candidates, then prices every allowed pair left out against
 * the duals; pairs with negative slack join the graph and the solve repeats. When no pair
 * is left with negative slack the duals are feasible for the whole pool, which proves the
 * matching optimal there too.
 */
function solveWithPricing(
	table: PairTable,
	bonus: number,
	perPerson: number,
): { mate: Int32Array; candidatePairs: number; rounds: number } {
	const n = table.ids.length;
	const { cells, rowStart } = table;
	// Candidate flags, laid out like the weight table.
	const inGraph = new Uint8Array(cells.length);
	// A pair of effective weight 0 or less never raises the optimum: leave it out.
	const effective = (i: number, j: number): number => table.weight(i, j) + bonus;
	for (let i = 0; i < n; i++) {
		for (const j of bestPartners(i, n, effective, perPerson))
			inGraph[rowStart[Math.min(i, j)] + Math.max(i, j)] = 1;
	}
	for (let round = 1; ; round++) {
		const edges: WeightedEdge[] = [];
		for (let i = 0; i < n; i++) {
			for (let j = i + 1; j < n; j++)
				if (inGraph[rowStart[i] + j]) edges.push([i, j, cells[rowStart[i] + j] + bonus]);
		}
		const result = maxWeightMatching({ vertexCount: n, edges });
		const slackOf = createSlackCalculator(result.duals);
		const violating: number[] = [];
		const violatingSlack: number[] = [];
		for (let i = 0; i < n; i++) {
			const row = rowStart[i];
			for (let j = i + 1; j < n; j++) {
				const w = cells[row + j] + bonus;
				// NaN (forbidden) fails this test too.
				if (!(w > 0) || inGraph[row + j]) continue;
				const slack = slackOf(i, j, w);
				if (slack < 0) {
					violating.push(i, j);
					violatingSlack.push(slack);
				}
			}
		}
		if (violatingSlack.length === 0)
			return { mate: result.mate, candidatePairs: edges.length, rounds: round };
		// Most negative first; a few per person per round keeps the graph sparse.
		const order = violatingSlack
			.map((_, k) => k)
			.sort((p, q) => violatingSlack[p] - violatingSlack[q] || p - q);
		const added = new Int32Array(n);
		for (const k of order) {
			const i = violating[2 * k];
			const j = violating[2 * k + 1];
			if (added[i] >= perPerson && added[j] >= perPerson) continue;
			added[i]++;
			added[j]++;
			inGraph[rowStart[i] + j] = 1;
		}
	}
}

/** The `count` allowed partners of i with the highest weight, lower numbers first on ties. */
function bestPartners(
	i: number,
	n: number,
	effective: (i: number, j: number) => number,
	count: number,
): number[] {
	const best: number[] = [];
	const weights: number[] = [];
	for (let j = 0; j < n; j++) {
		const w = effective(i, j);
		if (j === i || !(w > 0)) continue;
		if (best.length === count && w <= weights[count - 1]) continue;
		if (best.length < count) {
			best.push(j);
			weights.push(w);
		} else {
			best[count - 1] = j;
			weights[count - 1] = w;
		}
		// Strictly heavier moves up, so equal weights keep the lower number first.
		for (let at = best.length - 1; at > 0 && weights[at - 1] < weights[at]; at--) {
			[best[at - 1], best[at]] = [best[at], best[at - 1]];
			[weights[at - 1], weights[at]] = [weights[at], weights[at - 1]];
		}
	}
	return best;
}
