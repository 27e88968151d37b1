/** Labels seen before, normalised: forms repeat the same few labels on every response. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 10_000;
/** Longer strings are answers, not labels: never memoised, so free text cannot fill the memo. */
const MEMO_LABEL_LENGTH = 200;

/** Characters forms append to labels: "?", "*" (required), ":", ".", "!" and white space. */
function isTrailingMark(char: string): boolean {
	return char === '?' || char === '*' || char === ':' || char === '.' || char === '!' || char === ' ';
}

/**
 * Normalises a question or answer label for matching: Unicode NFC, case and runs of
 * white space folded, and trailing punctuation dropped, because forms add "?", "*"
 * (required) or ":" to labels that instruments write without them. Linear in the
 * label's length: the trailing marks are dropped by a loop, not a regular expression
 * (`/[\s?*:.!]+$/` retries from every mark and took 17 s on 100 kB).
 *
 * @example normaliseLabel('  Helemaal  mee eens ') // 'helemaal mee eens'
 */
export function normaliseLabel(label: string): string {
	let normalised = memo.get(label);
	if (normalised === undefined) {
		const folded = label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
		let end = folded.length;
		while (end > 0 && isTrailingMark(folded[end - 1])) end--;
		normalised = folded.slice(0, end).trim();
		if (label.length <= MEMO_LABEL_LENGTH) {
			// Evict the oldest entry: Map keeps insertion order.
			if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
			memo.set(label, normalised);
		}
	}
	return normalised;
}

/** How many labels the memo holds (for tests of its bound). */
export function memoisedLabelCount(): number {
	return memo.size;
}
