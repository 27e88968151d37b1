/** Answers that mean yes, in English and Dutch, as forms and sheets send them. */
const TRUTHY = new Set(['true', 'yes', 'y', 'on', '1', 'ja', 'j', 'akkoord', 'agree', 'i agree', 'checked', 'x']);
const FALSY = new Set(['false', 'no', 'n', 'off', '0', 'nee', '']);

/**
 * Reads a yes/no answer. A checkbox group that delivers the ticked labels as an
 * array counts as yes when anything is ticked. Returns undefined when the answer
 * is neither yes nor no, so the caller can report it.
 *
 * @example parseBoolean('Ja') // true
 */
export function parseBoolean(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value !== 'string') return undefined;
	const text = value.trim().toLowerCase();
	if (TRUTHY.has(text)) return true;
	if (FALSY.has(text)) return false;
	// Consent checkboxes often deliver their whole label, e.g. "I agree to the privacy notice".
	if (/^(i )?(agree|consent|accept)|^(ik )?(ga akkoord|geef toestemming)/.test(text)) return true;
	return undefined;
}

/**
 * Reads a number from a form answer ("3", " 3 ", "3,5" with a Dutch decimal comma).
 * Returns undefined for anything that is not a finite number.
 *
 * @example parseNumber('3,5') // 3.5
 */
export function parseNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
	if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return undefined;
	return Number(text);
}

/** True for undefined, null, empty or whitespace-only strings and empty arrays. */
export function isBlank(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	return false;
}
