/** Separators people type between list entries in a single form field. */
const LIST_SEPARATOR = /[,;\n\r|]+/;

/**
 * Splits a list answer into entries. Forms deliver lists as arrays (checkboxes)
 * or as one string ("Go, SQL; public speaking"); both are accepted.
 *
 * @example splitList('Go, SQL; public speaking') // ['Go', 'SQL', 'public speaking']
 */
export function splitList(value: unknown): unknown[] {
	if (value === undefined || value === null || value === '') return [];
	if (Array.isArray(value)) return value.flatMap((entry) => splitList(entry));
	if (typeof value === 'string') {
		// Most answers hold one entry; skip the split for them.
		if (!LIST_SEPARATOR.test(value)) {
			const entry = value.trim();
			return entry === '' ? [] : [entry];
		}
		return value
			.split(LIST_SEPARATOR)
			.map((part) => part.trim())
			.filter((part) => part !== '');
	}
	return [value];
}

/**
 * Normalises a tag the same way everywhere, so that "Public  Speaking " from a form
 * and "public speaking" from a sheet are the same skill when scoring.
 *
 * @example normaliseTag('  Public   Speaking ') // 'public speaking'
 */
export function normaliseTag(tag: string): string {
	return tag.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Normalises a list of tags: split, trimmed, lower-cased, empty entries dropped,
 * duplicates removed keeping the first occurrence (order can carry meaning, as in
 * ranked nominations).
 *
 * @example normaliseTags(['Go', 'go ', 'SQL']) // ['go', 'sql']
 */
export function normaliseTags(value: unknown): string[] {
	const seen = new Set<string>();
	for (const entry of splitList(value)) {
		const tag = normaliseTag(String(entry));
		if (tag !== '') seen.add(tag);
	}
	return [...seen];
}
