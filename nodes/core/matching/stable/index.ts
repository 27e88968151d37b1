/**
 * Stable matching: mentee-proposing deferred acceptance with mentor capacities
 * (hospitals/residents), for programs that want a result nobody can improve by leaving
 * together, and a blocking-pair finder to measure how far any assignment is from stable.
 *
 * - {@link stableMatch}: mentee ids, mentors `{ id, capacity }`, `score(menteeId, mentorId)`
 *   (higher preferred, `undefined` = pair not allowed), optional `mentorScore(mentorId,
 *   menteeId)` for the mentor's own view (defaults to `score`) and optional
 *   `candidates(menteeId)` to restrict each mentee to a sparse list (otherwise `score` is
 *   called mentees x mentors times). Equal scores are broken by ascending id on both sides,
 *   so the result is unique and independent of input order. Returns `pairs` (mentee id
 *   order, each with the mentee-side `score`), `unmatched`, `totalScore`, `proposals`.
 * - {@link findBlockingPairs}: the same inputs plus `pairs` to check (for example the
 *   optimal Match result) and `breakTiesById` (false: only strict score gains count).
 *   Its length is the summary's blocking-pair count.
 * - Errors: duplicate ids throw MalformedInputError (field `id`), a capacity that is not a
 *   whole number >= 0 MalformedInputError (field `capacity`), a non-finite score
 *   InvalidOptionError (option `score`).
 *
 * @example
 * import { stableMatch, findBlockingPairs } from '../core/matching/stable';
 *
 * const stable = stableMatch({
 *   mentees: mentees.map((person) => person.id),
 *   mentors: mentors.map((person) => ({ id: person.id, capacity: freePlaces(person) })),
 *   score: (menteeId, mentorId) => (allowed(menteeId, mentorId) ? pairScore(menteeId, mentorId) : undefined),
 *   candidates: (menteeId) => topK.get(menteeId) ?? [],
 * });
 * summary.stableTotal = stable.totalScore; // reported next to the optimum
 * summary.blockingPairs = findBlockingPairs({ ...sameInputs, pairs: optimalPairs }).length;
 */
export { stableMatch } from './deferredAcceptance';
export type { StableMatchOptions, StableMatchResult, StablePair } from './deferredAcceptance';
export { findBlockingPairs } from './blockingPairs';
export type { BlockingPair, BlockingPairsOptions } from './blockingPairs';
export { buildPreferences, mentorPrefers } from './preferences';
export type { Preferences, StableMentor, StablePreferenceOptions } from './preferences';
