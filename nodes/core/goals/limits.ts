/** Bounds on personal goals, applied before any other processing of the text. */
export const GOAL_LIMITS = {
	/** Goals per mentee and per pair. */
	goals: 3,
	/** Characters in one goal after trimming. */
	length: 200,
	/** Raw characters looked at in one answer at all: a larger answer is refused unread. */
	raw: 2_000,
	/** Raw characters of a stored JSON list of goals. */
	stored: 4_000,
} as const;
