import { buildPreferences, mentorPrefers, type StablePreferenceOptions } from './preferences';

/** Options of {@link stableMatch}. */
export type StableMatchOptions = StablePreferenceOptions;

/** One mentee placed with one mentor. */
export interface StablePair {
	menteeId: string;
	mentorId: string;
	/** The mentee-side score of the pair. */
	score: number;
}

/** What {@link stableMatch} returns. */
export interface StableMatchResult {
	/** Pairs in ascending mentee id order. */
	pairs: StablePair[];
	/** Mentees left without a mentor, in ascending id order. */
	unmatched: string[];
	/** Sum of the scores of the pairs. */
	totalScore: number;
	/** Proposals made: a measure of the work done. */
	proposals: number;
}

/**
 * Mentee-proposing deferred acceptance with capacities (Gale-Shapley for hospitals and
 * residents). The result is stable (no mentee and mentor both prefer each other to what
 * they got, counting a free place as a gain for the mentor) and the best stable result for
 * every mentee at once. Preferences come from the scores, higher first, equal scores broken
 * by ascending id on both sides, so the result does not depend on the order of the input.
 *
 * @example
 * const result = stableMatch({
 *   mentees: ['amy', 'raj'],
 *   mentors: [{ id: 'lena', capacity: 1 }, { id: 'omar', capacity: 1 }],
 *   score: (mentee, mentor) => (mentor === 'lena' ? 9 : 5),
 * });
 * // both want lena, who prefers amy on equal scores (lower id):
 * result.pairs; // [{ menteeId: 'amy', mentorId: 'lena', score: 9 }, { menteeId: 'raj', mentorId: 'omar', score: 5 }]
 */
export function stableMatch(options: StableMatchOptions): StableMatchResult {
	const prefs = buildPreferences(options);
	const menteeCount = prefs.menteeIds.length;
	const mentorCount = prefs.mentorIds.length;
	// Each mentor holds their current mentees in a heap with the least wanted on top.
	const held: number[][] = Array.from({ length: mentorCount }, () => []);
	const heldScore: number[][] = Array.from({ length: mentorCount }, () => []);
	// Next entry of each mentee's list to propose to.
	const next = prefs.start.slice(0, menteeCount);
	const assigned = new Int32Array(menteeCount).fill(-1);
	const assignedAt = new Int32Array(menteeCount).fill(-1);
	// Free mentees still to propose; the order does not change the outcome, only the path to it.
	const free: number[] = [];
	for (let i = menteeCount - 1; i >= 0; i--) free.push(i);
	let proposals = 0;
	while (free.length > 0) {
		const i = free.pop() as number;
		const end = prefs.start[i + 1];
		while (next[i] < end) {
			const position = next[i]++;
			const r = prefs.mentor[position];
			const s = prefs.mentorScore[position];
			proposals++;
			const heap = held[r];
			const scores = heldScore[r];
			if (heap.length < prefs.capacity[r]) {
				heapPush(heap, scores, i, s);
			} else if (heap.length > 0 && mentorPrefers(i, s, heap[0], scores[0])) {
				const rejected = heap[0];
				heapReplaceTop(heap, scores, i, s);
				assigned[rejected] = -1;
				free.push(rejected);
			} else {
				continue;
			}
			assigned[i] = r;
			assignedAt[i] = position;
			break;
		}
	}
	const pairs: StablePair[] = [];
	const unmatched: string[] = [];
	let totalScore = 0;
	for (let i = 0; i < menteeCount; i++) {
		const r = assigned[i];
		if (r === -1) {
			unmatched.push(prefs.menteeIds[i]);
			continue;
		}
		const score = prefs.menteeScore[assignedAt[i]];
		totalScore += score;
		pairs.push({ menteeId: prefs.menteeIds[i], mentorId: prefs.mentorIds[r], score });
	}
	return { pairs, unmatched, totalScore, proposals };
}

/** Whether entry a is less wanted by the mentor than entry b (a belongs nearer the top). */
function worse(heap: number[], scores: number[], a: number, b: number): boolean {
	return mentorPrefers(heap[b], scores[b], heap[a], scores[a]);
}

function swap(heap: number[], scores: number[], a: number, b: number): void {
	[heap[a], heap[b]] = [heap[b], heap[a]];
	[scores[a], scores[b]] = [scores[b], scores[a]];
}

function heapPush(heap: number[], scores: number[], mentee: number, score: number): void {
	heap.push(mentee);
	scores.push(score);
	for (let at = heap.length - 1; at > 0; ) {
		const up = (at - 1) >> 1;
		if (!worse(heap, scores, at, up)) break;
		swap(heap, scores, at, up);
		at = up;
	}
}

function heapReplaceTop(heap: number[], scores: number[], mentee: number, score: number): void {
	heap[0] = mentee;
	scores[0] = score;
	for (let at = 0; ; ) {
		const left = 2 * at + 1;
		const right = left + 1;
		let least = at;
		if (left < heap.length && worse(heap, scores, left, least)) least = left;
		if (right < heap.length && worse(heap, scores, right, least)) least = right;
		if (least === at) return;
		swap(heap, scores, at, least);
		at = least;
	}
}
