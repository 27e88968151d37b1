/**
 * Punycode decoding (RFC 3492), so that an internationalised domain written in its
 * ASCII form (`xn--bcher-kva.example`) compares equal to its Unicode form
 * (`bücher.example`). Nodes may not use Node's `url` or `punycode` modules, hence
 * this small decoder. Input is one label without its `xn--` prefix.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;
/** A DNS label holds at most 63 octets; anything longer is not a label. */
const MAX_LABEL = 63;

function digitOf(code: number): number {
	if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
	if (code >= 0x41 && code <= 0x5a) return code - 0x41;
	if (code >= 0x61 && code <= 0x7a) return code - 0x61;
	return BASE;
}

function adapt(delta: number, points: number, first: boolean): number {
	let k = 0;
	delta = first ? Math.floor(delta / DAMP) : delta >> 1;
	delta += Math.floor(delta / points);
	for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
	return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

/**
 * Decodes the Punycode part of a label (what follows `xn--`), or returns undefined when
 * it is not valid Punycode. Work is bounded: labels longer than 63 characters are refused.
 *
 * @example decodePunycode('bcher-kva') // 'bücher'
 */
export function decodePunycode(input: string): string | undefined {
	if (input.length === 0 || input.length > MAX_LABEL) return undefined;
	const output: number[] = [];
	const basic = Math.max(0, input.lastIndexOf('-'));
	for (let j = 0; j < basic; j++) {
		const code = input.charCodeAt(j);
		if (code >= 0x80) return undefined;
		output.push(code);
	}
	let n = INITIAL_N;
	let bias = INITIAL_BIAS;
	let i = 0;
	for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
		const oldI = i;
		let w = 1;
		for (let k = BASE; ; k += BASE) {
			if (index >= input.length) return undefined;
			const digit = digitOf(input.charCodeAt(index++));
			if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return undefined;
			i += digit * w;
			const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
			if (digit < t) break;
			if (w > Math.floor(MAX_INT / (BASE - t))) return undefined;
			w *= BASE - t;
		}
		const points = output.length + 1;
		bias = adapt(i - oldI, points, oldI === 0);
		if (Math.floor(i / points) > MAX_INT - n) return undefined;
		n += Math.floor(i / points);
		i %= points;
		// Only Unicode scalar values: no surrogates, nothing past U+10FFFF.
		if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
		output.splice(i, 0, n);
		i++;
	}
	return String.fromCodePoint(...output);
}
