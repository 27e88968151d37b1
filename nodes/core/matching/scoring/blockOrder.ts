import type { ProgramContext } from '../context';

/** A program's context with its mentors reordered so that alike mentors are neighbours. */
export interface BlockOrderedContext {
	context: ProgramContext;
	/** Position in the original context of the mentor at each new position. */
	original: Int32Array;
}

/**
 * The same program with its mentors sorted by what their points depend on (department,
 * level, zone, site, languages, then skills, goals and interests), so that the scorer's
 * blocks of neighbouring mentors hold alike people: their bounds are tight, and a block
 * is read from memory in one piece. Mentees are left as they are. The scorer breaks ties
 * by `original`, so results do not depend on this order.
 *
 * @example const { context: ordered, original } = blockOrderedContext(context);
 */
export function blockOrderedContext(context: ProgramContext): BlockOrderedContext {
	const keys = context.mentors.map((mentor, j) =>
		[
			mentor.department ?? '',
			String(mentor.level ?? ''),
			String(context.mentorOffset[j]),
			mentor.location ?? '',
			[...mentor.languages].sort().join(','),
			[...mentor.skillsOffered].sort().join(','),
			[...mentor.goals].sort().join(','),
			[...mentor.interests].sort().join(','),
		].join('\u0001'),
	);
	const order = keys.map((_, j) => j).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
	const original = Int32Array.from(order);
	const pick = <T extends Int32Array | Float64Array | Uint8Array>(array: T): T => {
		const copy = array.slice() as T;
		order.forEach((j, p) => (copy[p] = array[j]));
		return copy;
	};
	return {
		original,
		context: {
			...context,
			mentors: order.map((j) => context.mentors[j]),
			freePlaces: pick(context.freePlaces),
			usedPlaces: pick(context.usedPlaces),
			mentorOrg: pick(context.mentorOrg),
			mentorOffset: pick(context.mentorOffset),
			mentorManages: pick(context.mentorManages),
		},
	};
}
