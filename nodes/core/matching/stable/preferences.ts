import { InvalidOptionError, MalformedInputError } from '../../errors';

/** A mentor as deferred acceptance needs them: an id and the number of mentees they take. */
export interface StableMentor {
	id: string;
	/** Places offered, a whole number of at least 0. */
	capacity: number;
}

/** The inputs shared by {@link stableMatch} and {@link findBlockingPairs}. */
export interface StablePreferenceOptions {
	mentees: readonly string[];
	mentors: readonly StableMentor[];
	/** How much the mentee wants the mentor, higher is better; undefined = the pair is not allowed. */
	score(menteeId: string, mentorId: string): number | undefined;
	/**
	 * How much the mentor wants the mentee, higher is better; undefined = not allowed.
	 * Defaults to `score`, read from the mentor's side.
	 */
	mentorScore?(mentorId: string, menteeId: string): number | undefined;
	/**
	 * The only mentors a mentee may get (a sparse candidate list); unknown ids are ignored.
	 * Without it every mentor is considered, which calls `score` mentees x mentors times.
	 */
	candidates?(menteeId: string): Iterable<string>;
}

/**
 * Both sides' strict preferences, in numbers: people are numbered in ascending id order, and
 * equal scores are broken by that order (the lower id is preferred), so preferences are
 * strict and independent of the input order.
 */
export interface Preferences {
	menteeIds: string[];
	mentorIds: string[];
	capacity: Int32Array;
	/**
	 * Mentee i's acceptable mentors, from most to least wanted, are `mentor[start[i]]` up to
	 * (not including) `mentor[start[i + 1]]`; one flat list for all mentees keeps 20,000
	 * mentees from costing 60,000 small arrays.
	 */
	start: Int32Array;
	mentor: Int32Array;
	/** Mentee-side score of each entry of `mentor`. */
	menteeScore: Float64Array;
	/** Mentor-side score of each entry of `mentor`. */
	mentorScore: Float64Array;
}

function sortedUnique(ids: readonly string[], what: string): string[] {
	const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	for (let i = 1; i < sorted.length; i++) {
		if (sorted[i] === sorted[i - 1]) {
			throw new MalformedInputError(
				[
					{
						field: 'id',
						problem: `${what} "${sorted[i]}" appears more than once`,
						expected: `each ${what} once`,
					},
				],
				`Remove the duplicate ${what} or give each their own id.`,
			);
		}
	}
	return sorted;
}

function checkedScore(
	value: number | undefined,
	menteeId: string,
	mentorId: string,
): number | undefined {
	if (value !== undefined && !Number.isFinite(value)) {
		throw new InvalidOptionError(
			'score',
			`The score of mentee ${menteeId} with mentor ${mentorId} is ${value}, expected a number`,
		);
	}
	return value;
}

/**
 * Reads both sides' preferences from the score callbacks.
 *
 * @example
 * const prefs = buildPreferences({
 *   mentees: ['m1'],
 *   mentors: [{ id: 'b', capacity: 1 }, { id: 'a', capacity: 1 }],
 *   score: () => 5,
 * });
 * prefs.mentor; // Int32Array [0, 1]: 'a' before 'b' on equal scores
 */
export function buildPreferences(options: StablePreferenceOptions): Preferences {
	const menteeIds = sortedUnique(options.mentees, 'mentee');
	const mentorIds = sortedUnique(
		options.mentors.map((mentor) => mentor.id),
		'mentor',
	);
	const mentorIndex = new Map(mentorIds.map((id, r) => [id, r]));
	const capacity = new Int32Array(mentorIds.length);
	for (const mentor of options.mentors) {
		if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0) {
			throw new MalformedInputError(
				[
					{
						field: 'capacity',
						problem: `mentor "${mentor.id}" has capacity ${mentor.capacity}`,
						expected: 'a whole number of at least 0',
					},
				],
				'Set the number of mentees this mentor can take, or 0 to pause them.',
			);
		}
		capacity[mentorIndex.get(mentor.id) as number] = mentor.capacity;
	}
	const start = new Int32Array(menteeIds.length + 1);
	const mentor: number[] = [];
	const menteeScore: number[] = [];
	const mentorScore: number[] = [];
	// Candidate lists may name a mentor twice: the stamp says who last listed each mentor.
	const listedBy = new Int32Array(mentorIds.length).fill(-1);
	const entries: Array<[mentor: number, mentee: number, mentorSide: number]> = [];
	for (let i = 0; i < menteeIds.length; i++) {
		const menteeId = menteeIds[i];
		const consider = (r: number): void => {
			if (listedBy[r] === i) return;
			listedBy[r] = i;
			const s = checkedScore(options.score(menteeId, mentorIds[r]), menteeId, mentorIds[r]);
			if (s === undefined) return;
			const m = options.mentorScore
				? checkedScore(options.mentorScore(mentorIds[r], menteeId), menteeId, mentorIds[r])
				: s;
			if (m !== undefined) entries.push([r, s, m]);
		};
		entries.length = 0;
		if (options.candidates) {
			for (const id of options.candidates(menteeId)) {
				const r = mentorIndex.get(id);
				if (r !== undefined) consider(r);
			}
		} else {
			for (let r = 0; r < mentorIds.length; r++) consider(r);
		}
		entries.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
		for (const [r, s, m] of entries) {
			mentor.push(r);
			menteeScore.push(s);
			mentorScore.push(m);
		}
		start[i + 1] = mentor.length;
	}
	return {
		menteeIds,
		mentorIds,
		capacity,
		start,
		mentor: Int32Array.from(mentor),
		menteeScore: Float64Array.from(menteeScore),
		mentorScore: Float64Array.from(mentorScore),
	};
}

/**
 * Whether a mentor prefers mentee number a (their mentor-side score sa) to mentee b (sb).
 *
 * @example
 * mentorPrefers(3, 10, 1, 10); // false: equal scores, the lower number wins
 */
export function mentorPrefers(a: number, sa: number, b: number, sb: number): boolean {
	return sa > sb || (sa === sb && a < b);
}
