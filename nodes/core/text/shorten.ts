/** Longest excerpt of a bad value echoed back in an issue. */
const EXCERPT_LENGTH = 60;

/**
 * Renders any value as a short one-line excerpt for an error or rejection reason,
 * so that a 10 kB answer or a nested object never floods the output.
 *
 * @example shorten('x'.repeat(100)) // 'xxx…(100 characters)'
 */
export function shorten(value: unknown): string {
	let text: string;
	if (typeof value === 'string') text = value;
	else if (value === undefined) text = 'undefined';
	else {
		try {
			text = JSON.stringify(value) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	const oneLine = text.replace(/\s+/g, ' ');
	if (oneLine.length <= EXCERPT_LENGTH) return oneLine;
	return `${oneLine.slice(0, EXCERPT_LENGTH)}…(${text.length} characters)`;
}
