import { removeInvisible } from './invisible';
import { LIMITS } from './limits';
import { decodePunycode } from './punycode';

/**
 * Email addresses, internationalised (RFC 6531): a Unicode local part such as
 * `zoë.tanaka` and internationalised domain names (`bücher.example`) are accepted,
 * and so is a domain's ASCII (Punycode) spelling `xn--bcher-kva.example`.
 *
 * Every email is compared in one normal form, the one `normaliseEmail` returns:
 * invisible format characters removed, Unicode NFC, lower-cased, Punycode labels
 * decoded to Unicode, ideographic full stops read as dots, at most 254 characters.
 * Quoted local parts (`"a b"@example.com`) and address literals (`a@[192.0.2.1]`) are
 * refused: no HR system issues them and they only open doors for tricks.
 */

/** Longest raw input looked at; anything longer is refused before any other work. */
const MAX_RAW = 4 * LIMITS.email;
/** RFC 5321: a local part has at most 64 octets. */
const MAX_LOCAL_OCTETS = 64;
/** RFC 1035: a domain label has at most 63 octets. */
const MAX_LABEL = 63;
/** ASCII characters a local part may hold besides letters, digits and inner dots (RFC 5322 atext). */
const ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";
/** Ideographic and full-width full stops, which IDNA reads as the dot between labels. */
const DOTS = /[\u3002\uff0e\uff61]/g;
const LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/u;
const SEPARATOR_OR_OTHER = /[\p{Z}\p{C}]/u;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const NON_ASCII = /\P{ASCII}/u;

export type EmailReading = { ok: true; email: string } | { ok: false; problem: string };

function isAsciiAlnum(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function utf8Length(text: string): number {
	let octets = 0;
	for (const char of text) {
		const code = char.codePointAt(0)!;
		octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return octets;
}

function localPartProblem(local: string, ascii: boolean): string | undefined {
	if (local === '') return 'has nothing before the @';
	if ((ascii ? local.length : utf8Length(local)) > MAX_LOCAL_OCTETS) return `has more than ${MAX_LOCAL_OCTETS} octets before the @`;
	if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'has a dot at the start or end of the name, or two dots in a row';
	for (let i = 0; i < local.length; i++) {
		const code = local.charCodeAt(i);
		if (code < 0x80) {
			if (isAsciiAlnum(code) || code === 0x2e || ATEXT_SYMBOLS.includes(local[i])) continue;
			return `holds "${local[i]}" before the @`;
		}
		const char = String.fromCodePoint(local.codePointAt(i)!);
		if (!SEPARATOR_OR_OTHER.test(char)) {
			i += char.length - 1;
			continue;
		}
		return `holds "${char}" before the @`;
	}
	return undefined;
}

/** Reads one domain label into its Unicode form, or says what is wrong with it. */
function readLabel(label: string): { label: string } | { problem: string } {
	let unicode = label;
	if (label.startsWith('xn--')) {
		const decoded = decodePunycode(label.slice(4));
		// A Punycode label must decode to something that is not plain ASCII.
		if (decoded === undefined || !NON_ASCII.test(decoded)) return { problem: `has a domain part "${label}" that is not valid Punycode` };
		unicode = decoded.normalize('NFC').toLowerCase().normalize('NFC');
		// Read again, such a label would be taken for Punycode and refused.
		if (unicode.startsWith('xn--')) return { problem: `has a domain part "${label}" that is not valid Punycode` };
	}
	if (unicode === '' || unicode.length > MAX_LABEL) return { problem: `has an empty or over-long domain part` };
	if (unicode.startsWith('-') || unicode.endsWith('-')) return { problem: 'has a domain part that starts or ends with a hyphen' };
	for (let i = 0; i < unicode.length; i++) {
		const code = unicode.codePointAt(i)!;
		if (code < 0x80 ? isAsciiAlnum(code) || code === 0x2d : LETTER_MARK_NUMBER.test(String.fromCodePoint(code))) {
			if (code > 0xffff) i++;
			continue;
		}
		return { problem: `holds "${String.fromCodePoint(code)}" in the domain` };
	}
	return { label: unicode };
}

/**
 * Reads an email address into its normal form, or says what is wrong with it.
 * Never throws; refuses input longer than 1,016 characters before looking at it.
 *
 * @example
 * normaliseEmail(' Zoë.Tanaka@Example.COM ') // { ok: true, email: 'zoë.tanaka@example.com' }
 * normaliseEmail('jan@xn--bcher-kva.example') // { ok: true, email: 'jan@bücher.example' }
 * normaliseEmail('ann@example') // { ok: false, problem: 'has no top-level domain such as .com' }
 */
export function normaliseEmail(value: string): EmailReading {
	if (value.length > MAX_RAW) return { ok: false, problem: `is longer than ${LIMITS.email} characters` };
	// NFC first, so that canonically equivalent spellings lower-case alike; NFC again
	// because lower-casing can leave a decomposed sequence (İ gives i + U+0307).
	// Printable ASCII needs neither (nor has invisible characters).
	const ascii = PLAIN_ASCII.test(value);
	const text = ascii ? value.trim().toLowerCase() : removeInvisible(value).trim().normalize('NFC').toLowerCase().normalize('NFC');
	const at = text.lastIndexOf('@');
	if (at < 0) return { ok: false, problem: 'has no @' };
	const local = text.slice(0, at);
	if (local.includes('@')) return { ok: false, problem: 'has more than one @' };
	const localProblem = localPartProblem(local, ascii);
	if (localProblem !== undefined) return { ok: false, problem: localProblem };
	const labels = text.slice(at + 1).replace(DOTS, '.').split('.');
	if (labels.length < 2) return { ok: false, problem: labels[0] === '' ? 'has nothing after the @' : 'has no top-level domain such as .com' };
	const domain: string[] = [];
	for (const label of labels) {
		const read = readLabel(label);
		if ('problem' in read) return { ok: false, problem: read.problem };
		domain.push(read.label);
	}
	const top = domain[domain.length - 1];
	if (top.length < 2 || /^[0-9]+$/.test(top)) return { ok: false, problem: 'has no top-level domain such as .com' };
	const email = `${local}@${domain.join('.')}`;
	if (email.length > LIMITS.email) return { ok: false, problem: `is longer than ${LIMITS.email} characters` };
	return { ok: true, email };
}

/**
 * Whether a text is an email address already in normal form (what the participant
 * schema demands).
 *
 * @example isNormalEmail('zoë@example.com') // true
 * isNormalEmail('Zoë@example.com') // false
 */
export function isNormalEmail(value: string): boolean {
	const read = normaliseEmail(value);
	return read.ok && read.email === value;
}

/**
 * The key an email is compared by: its normal form, or, for text that is no valid
 * address, the same clean-up (NFC, lower case, trimmed) so that it still links records
 * written alike.
 *
 * @example emailKey('ZOË@Example.com') === emailKey('zoe\u0308@example.com') // true
 */
export function emailKey(value: string): string {
	// Printable ASCII without Punycode reads the same either way: spare 100,000 KPI rows the full parse.
	if (PLAIN_ASCII.test(value) && !value.includes('xn--')) return value.trim().toLowerCase();
	const read = normaliseEmail(value);
	return read.ok ? read.email : removeInvisible(value.slice(0, MAX_RAW)).trim().normalize('NFC').toLowerCase().normalize('NFC');
}
