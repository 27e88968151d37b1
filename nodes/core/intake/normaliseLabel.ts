import { LIMITS } from '../participant/limits';

const cache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/**
 * Puts a form label or column name in the form FIELD_LABELS uses: camelCase split,
 * accents removed, lower case, punctuation to spaces. "Work E-mail" and "workEmail"
 * both give "work e mail"/"work email"; "Datum in dienst:" gives "datum in dienst".
 * Memoised: a batch of 50,000 submissions repeats the same few labels.
 *
 * @example normaliseLabel('E-mailadres *') // 'e mailadres'
 */
export function normaliseLabel(label: string): string {
	let result = cache.get(label);
	if (result === undefined) {
		result = label
			.replace(/([a-z])([A-Z])/g, '$1 $2')
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
		// Bounded: only label-sized strings are kept, and the oldest goes when it is full.
		if (label.length <= LIMITS.label) {
			if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
			cache.set(label, result);
		}
	}
	return result;
}
