import { domainToASCII } from 'node:url';

import fc from 'fast-check';

import { emailKey, isNormalEmail, normaliseEmail } from '../../../nodes/core/participant/email';
import { decodePunycode } from '../../../nodes/core/participant/punycode';

const emailOf = (value: string) => {
	const read = normaliseEmail(value);
	return read.ok ? read.email : undefined;
};

describe('normaliseEmail', () => {
	describe('when the address is internationalised (RFC 6531)', () => {
		it('returns a Unicode local part lower-cased in NFC', () => {
			expect(emailOf('Zoë.Tanaka@Example.COM')).toBe('zoë.tanaka@example.com');
			// "e" followed by a combining diaeresis is the same name as "ë".
			expect(emailOf('zoe\u0308.tanaka@example.com')).toBe('zo\u00eb.tanaka@example.com');
		});

		it('returns an IDN domain in Unicode, whether written in Unicode or in Punycode', () => {
			// xn--bcher-kva is RFC 3492's own example spelling of "bücher".
			expect(emailOf('jan@bücher.example')).toBe('jan@bücher.example');
			expect(emailOf('jan@xn--bcher-kva.example')).toBe('jan@bücher.example');
			expect(emailOf('JAN@XN--BCHER-KVA.EXAMPLE')).toBe('jan@bücher.example');
			expect(emailOf('用户@例子.广告')).toBe('用户@例子.广告');
			// Ideographic full stop between labels reads as a dot.
			expect(emailOf('user@例子\u3002广告')).toBe('user@例子.广告');
		});
	});

	describe('when the address carries invisible characters', () => {
		it('returns it without them, so a look-alike compares equal to the original', () => {
			expect(emailOf('\uFEFFann\u200B@example.com\u202E')).toBe('ann@example.com');
		});
	});

	describe('when the address is not one', () => {
		it.each([
			['ann@example', 'has no top-level domain such as .com'],
			['ann', 'has no @'],
			['@example.com', 'has nothing before the @'],
			['ann@', 'has nothing after the @'],
			['a@b@example.com', 'has more than one @'],
			['a..b@example.com', 'has a dot at the start or end of the name, or two dots in a row'],
			['<b>ann</b>@example.com', 'holds "<" before the @'],
			['ann lee@example.com', 'holds " " before the @'],
			['ann@exa mple.com', 'holds " " in the domain'],
			['ann@-example.com', 'has a domain part that starts or ends with a hyphen'],
			['ann@xn--zz.example', 'has a domain part "xn--zz" that is not valid Punycode'],
			['ann@example.123', 'has no top-level domain such as .com'],
		])('refuses %j because it %s', (value, problem) => {
			expect(normaliseEmail(value)).toEqual({ ok: false, problem });
		});

		it('refuses an address longer than 254 characters and a local part over 64 octets', () => {
			expect(normaliseEmail(`${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`).ok).toBe(false);
			expect(normaliseEmail(`${'a'.repeat(64)}@example.com`).ok).toBe(true);
			expect(normaliseEmail(`${'a'.repeat(65)}@example.com`).ok).toBe(false);
			// 33 two-octet letters are 66 octets.
			expect(normaliseEmail(`${'ë'.repeat(33)}@example.com`).ok).toBe(false);
		});
	});

	describe('as a property', () => {
		const unicodeText = fc.string({ unit: 'grapheme', maxLength: 40 });
		const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), unicodeText);
		const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüéèçøåñłžšíóúæœ中文日本語한국어ёжщ'.split(''));
		const label = fc.array(letters, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
		const address = fc.tuple(label, label, fc.constantFrom('com', 'nl', 'example')).map(([local, domain, top]) => `${local}@${domain}.${top}`);

		it('never throws and is idempotent on its own output', () => {
			fc.assert(
				fc.property(fc.oneof(anyText, address, fc.tuple(anyText, anyText).map(([a, b]) => `${a}@${b}.com`)), (value) => {
					const read = normaliseEmail(value);
					if (read.ok) {
						expect(normaliseEmail(read.email)).toEqual(read);
						expect(isNormalEmail(read.email)).toBe(true);
						expect(read.email.length).toBeLessThanOrEqual(254);
					}
				}),
				{ numRuns: 2000 },
			);
		});

		it('gives canonically equivalent inputs (composed and decomposed spellings) the same result', () => {
			fc.assert(
				fc.property(fc.oneof(address, unicodeText.map((text) => `${text}@example.com`)), (value) => {
					expect(normaliseEmail(value.normalize('NFD'))).toEqual(normaliseEmail(value.normalize('NFC')));
				}),
				{ numRuns: 1000 },
			);
		});

		it('gives the Unicode and the Punycode spelling of a domain the same result, Punycode as Node encodes it', () => {
			fc.assert(
				fc.property(label, label, (local, domain) => {
					const ascii = domainToASCII(`${domain}.example`);
					fc.pre(ascii !== '');
					expect(emailOf(`${local}@${ascii}`)).toBe(emailOf(`${local}@${domain}.example`));
					expect(emailOf(`${local}@${domain}.example`)).toBe(`${local}@${domain}.example`.normalize('NFC'));
				}),
				{ numRuns: 1000 },
			);
		});

		it('answers quickly whatever the length of the input (no super-linear work)', () => {
			// Counted, not timed: a 1 MB input is refused by its length before any parsing.
			for (const value of ['a'.repeat(1_000_000), `${'a.'.repeat(500_000)}@x.com`, `a@${'b-'.repeat(500_000)}.com`]) {
				expect(normaliseEmail(value)).toEqual({ ok: false, problem: 'is longer than 254 characters' });
			}
			// The longest input still parsed is worked through in one pass.
			expect(normaliseEmail(`${'a'.repeat(1016)}`).ok).toBe(false);
		});
	});
});

describe('emailKey', () => {
	describe('when two spellings name the same address', () => {
		it('returns the same key', () => {
			expect(emailKey('ZOË@Example.com')).toBe(emailKey('zoe\u0308@example.com'));
			expect(emailKey('jan@xn--bcher-kva.example')).toBe(emailKey('Jan@Bücher.example'));
		});
	});

	describe('when the text is no valid address', () => {
		it('returns it cleaned the same way, so records still link', () => {
			expect(emailKey(' Not An Email ')).toBe('not an email');
		});
	});
});

describe('decodePunycode', () => {
	describe('when the label is the RFC 3492 sample', () => {
		it('returns the Unicode text', () => {
			expect(decodePunycode('bcher-kva')).toBe('bücher');
			expect(decodePunycode('fsqu00a')).toBe('例子');
		});
	});

	describe('as a property', () => {
		it('inverts Node’s Punycode encoding of any label of letters', () => {
			const letters = fc.constantFrom(...'abcdefgäöüéçøåñłžšíóú中文日本語한국어ёжщ'.split(''));
			fc.assert(
				fc.property(fc.array(letters, { minLength: 1, maxLength: 15 }), (chars) => {
					const unicode = chars.join('');
					const ascii = domainToASCII(`${unicode}.example`).split('.')[0];
					fc.pre(ascii.startsWith('xn--'));
					expect(decodePunycode(ascii.slice(4))).toBe(unicode);
				}),
				{ numRuns: 1000 },
			);
		});

		it('never throws on any text and refuses what is longer than a label', () => {
			fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
				const decoded = decodePunycode(text);
				if (text.length > 63) expect(decoded).toBeUndefined();
			}));
		});
	});
});
