/**
 * Size limits of participant fields. They keep a pasted essay or an attack payload
 * out of the roster and the messages built from it, and are documented in docs/participant.md.
 */
export const LIMITS = {
	/** Names, departments, titles and other one-line texts. */
	shortText: 200,
	/** RFC 5321 caps a forward path at 254 characters. */
	email: 254,
	id: 100,
	tag: 100,
	tagsPerList: 50,
	/** A form's question label (a field name). */
	label: 200,
	/** Free-text answers kept in `answers`. */
	answer: 5000,
	capacity: 100,
	/** A seniority level such as "L4" or "level 5". */
	level: 64,
} as const;
