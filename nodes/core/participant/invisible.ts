/**
 * Unicode format characters (general category Cf): zero-width spaces and joiners, the
 * bidirectional overrides U+202A–U+202E and isolates U+2066–U+2069, U+2060–U+2064,
 * the byte-order mark U+FEFF, the soft hyphen U+00AD and the rest of the category.
 * They print as nothing, so they let "Ann" and "A\u200Bnn" look alike, or turn a name
 * around on screen (U+202E), in every message built from it.
 */
const FORMAT_CHARACTERS = /\p{Cf}+/gu;
/** Printable ASCII holds no format character: most texts skip the Unicode pass. */
const PRINTABLE_ASCII = /^[ -~]*$/;

/**
 * Removes every invisible format character (Unicode category Cf) from a text.
 * One linear pass; safe on any input.
 *
 * @example removeInvisible('Ann\u202Eeb') // 'Anneb'
 */
export function removeInvisible(text: string): string {
	return PRINTABLE_ASCII.test(text) ? text : text.replace(FORMAT_CHARACTERS, '');
}
