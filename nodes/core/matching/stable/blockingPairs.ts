import { buildPreferences, mentorPrefers, type StablePreferenceOptions } from './preferences';

/** Options of {@link findBlockingPairs}. */
export interface BlockingPairsOptions extends StablePreferenceOptions {
	/** The assignment to check, for example the optimal one from the Match operation. */
	pairs: Iterable<{ menteeId: string; mentorId: string }>;
	/**
	 * Whether equal scores count as preferences broken by ascending id, as in stableMatch
	 * (default true). When false a pair blocks only if both sides strictly gain score.
	 */
	breakTiesById?: boolean;
}

/** A mentee and a mentor who would both rather be together than keep what they have. */
export interface BlockingPair {
	menteeId: string;
	mentorId: string;
}

/**
 * Lists the blocking pairs of any assignment: an allowed mentee and mentor, not together,
 * where the mentee prefers the mentor to their own (or has none) and the mentor has a free
 * place or prefers the mentee to the least wanted one they hold. A stable assignment has
 * none; the count says how far an optimal assignment is from stability. Pairs naming an
 * unknown mentee or mentor are ignored. Linear in the number of allowed pairs.
 *
 * @example
 * findBlockingPairs({
 *   mentees: ['amy', 'raj'],
 *   mentors: [{ id: 'lena', capacity: 1 }, { id: 'omar', capacity: 1 }],
 *   score: (mentee, mentor) => (mentor === 'lena' ? 9 : 5),
 *   pairs: [{ menteeId: 'raj', mentorId: 'lena' }, { menteeId: 'amy', mentorId: 'omar' }],
 * }); // [{ menteeId: 'amy', mentorId: 'lena' }]: lena prefers amy on equal scores
 */
export function findBlockingPairs(options: BlockingPairsOptions): BlockingPair[] {
	const prefs = buildPreferences(options);
	const strict = options.breakTiesById ?? true;
	const menteeIndex = new Map(prefs.menteeIds.map((id, i) => [id, i]));
	const mentorIndex = new Map(prefs.mentorIds.map((id, r) => [id, r]));
	const menteeCount = prefs.menteeIds.length;
	// Position of the mentee's own mentor in the flat lists, or the end of their list if none.
	const ownPosition = prefs.start.slice(1);
	const load = new Int32Array(prefs.mentorIds.length);
	// Least wanted mentee each mentor holds, with that mentee's mentor-side score.
	const worstMentee = new Int32Array(prefs.mentorIds.length).fill(-1);
	const worstScore = new Float64Array(prefs.mentorIds.length);
	const holdsDisallowed = new Uint8Array(prefs.mentorIds.length);
	for (const pair of options.pairs) {
		const i = menteeIndex.get(pair.menteeId);
		const r = mentorIndex.get(pair.mentorId);
		if (i === undefined || r === undefined) continue;
		let position = -1;
		for (let k = prefs.start[i]; k < prefs.start[i + 1]; k++) {
			if (prefs.mentor[k] === r) {
				position = k;
				break;
			}
		}
		load[r]++;
		if (position === -1) {
			// A pair that is not allowed is the least wanted of all: as good as a free place.
			holdsDisallowed[r] = 1;
			continue;
		}
		ownPosition[i] = position;
		const s = prefs.mentorScore[position];
		if (worstMentee[r] === -1 || mentorPrefers(worstMentee[r], worstScore[r], i, s)) {
			worstMentee[r] = i;
			worstScore[r] = s;
		}
	}
	const blocking: BlockingPair[] = [];
	for (let i = 0; i < menteeCount; i++) {
		const end = prefs.start[i + 1];
		const own = ownPosition[i];
		for (let position = prefs.start[i]; position < own; position++) {
			// Without tie-breaking, a mentor of equal score is no gain for the mentee.
			if (!strict && own < end && prefs.menteeScore[position] <= prefs.menteeScore[own]) break;
			const r = prefs.mentor[position];
			const s = prefs.mentorScore[position];
			const hasRoom = load[r] < prefs.capacity[r] || holdsDisallowed[r] === 1;
			if (
				hasRoom ||
				(worstMentee[r] !== -1 && prefsBetter(strict, i, s, worstMentee[r], worstScore[r]))
			) {
				blocking.push({ menteeId: prefs.menteeIds[i], mentorId: prefs.mentorIds[r] });
			}
		}
	}
	return blocking;
}

/** Whether the mentor prefers a to b; without tie-breaking only a higher score counts. */
function prefsBetter(strict: boolean, a: number, sa: number, b: number, sb: number): boolean {
	return strict ? mentorPrefers(a, sa, b, sb) : sa > sb;
}
