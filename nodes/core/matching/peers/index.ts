/**
 * Pair Peers: one pool of people, groups of two (a trio for anyone left over), the
 * maximum-weight pairing under forbidden pairs and the history of earlier pairings.
 *
 * - {@link pairPeers} is the entry point: ids, a weight callback (integer, `undefined` =
 *   forbidden, called once per unordered pair with ids in ascending order), the history,
 *   `objective` (`maxCardinality` by default: most pairs, then highest weight; or
 *   `maxWeight`), `trios` (default true). Returns `groups` (members and weight),
 *   `unpaired`, `totalWeight`, `matchingWeight` (the proven optimum of the pairs alone).
 * - The result is optimal for the whole pool, proven by the dual certificate: the solver
 *   starts from each person's `candidatesPerPerson` best partners and adds left-out pairs
 *   with negative reduced cost until none is left.
 * - {@link maxWeightMatching} is the underlying blossom solver on numbered vertices, with
 *   its duals; {@link createSlackCalculator} prices any pair against them.
 * - Errors: duplicate ids throw MalformedInputError (field `id`); a weight that is not a
 *   whole number within +-2^31 throws InvalidOptionError (option `weight`).
 *
 * @example
 * import { pairPeers } from '../core/matching/peers';
 *
 * const result = pairPeers({
 *   people: people.map((person) => person.id),
 *   weight: (a, b) => peerScore(byId.get(a), byId.get(b)), // undefined when a hard rule forbids
 *   history: earlierPairs.map((pair) => [pair.a, pair.b] as const),
 * });
 * for (const group of result.groups) emit(group.members, group.weight);
 * for (const id of result.unpaired) emitUnmatched(id, 'no allowed partner left');
 */
export { pairPeers } from './pairPeers';
export type { PairPeersOptions, PairPeersResult, PeerGroup, PeerObjective } from './pairPeers';
export { maxWeightMatching } from './blossom';
export type {
	MatchingDuals,
	MaxWeightMatchingOptions,
	MaxWeightMatchingResult,
	WeightedEdge,
} from './blossom';
export { createSlackCalculator } from './certificate';
export { placeInTrios } from './trios';
export type { PlaceInTriosOptions, TrioPlacement } from './trios';
export { buildPairTable, cardinalityBonus, compareIds } from './pairTable';
export type { PairTable, PairTableOptions } from './pairTable';
