/** Labels seen before, normalised: forms repeat the same few labels on every response. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 10_000;

/**
 * Normalises a question or answer label for matching: Unicode NFC, case and runs of
 * white space folded, and trailing punctuation dropped, because forms add "?", "*"
 * (required) or ":" to labels that instruments write without them.
 *
 * @example normaliseLabel('  Helemaal  mee eens ') // 'helemaal mee eens'
 */
export function normaliseLabel(label: string): string {
	let normalised = memo.get(label);
	if (normalised === undefined) {
		normalised = label
			.normalize('NFC')
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.replace(/[\s?*:.!]+$/, '')
			.trim();
		// A bounded memo: free-text answers must not grow it without end.
		if (memo.size >= MEMO_LIMIT) memo.clear();
		memo.set(label, normalised);
	}
	return normalised;
}
