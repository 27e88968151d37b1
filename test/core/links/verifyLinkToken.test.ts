import { createHmac } from 'crypto';

import fc from 'fast-check';

import { InvalidOptionError } from '../../../nodes/core/errors';
import { LINK_ERROR_MESSAGES, signLinkToken, verifyLinkToken } from '../../../nodes/core/links';
import { anyClaims, anyReplacement, CLAIMS, iso, MARCH_3_9AM, OTHER_SECRET, SECRET } from './fixtures';

const DAY = 86400;
/** A link valid until 3 March 09:00, checked one day before. */
const token = signLinkToken({ claims: CLAIMS, secret: SECRET });
const dayBefore = iso(MARCH_3_9AM - DAY);

function codeOf(result: ReturnType<typeof verifyLinkToken>): string {
	return result.ok ? 'ok' : result.code;
}

describe('verifyLinkToken', () => {
	describe('when the token is genuine and carries every expected claim', () => {
		it('returns its claims', () => {
			const result = verifyLinkToken({
				token,
				secret: SECRET,
				now: dayBefore,
				expect: { purpose: 'checkIn', programId: 'p1', subject: 'pair-7', person: 'ann@example.com', role: 'mentee' },
			});
			expect(result).toEqual({ ok: true, claims: CLAIMS });
		});

		it('returns ok for any claims it signed, whatever they hold', () => {
			fc.assert(
				fc.property(anyClaims, (claims) => {
					const signed = signLinkToken({ claims, secret: SECRET });
					const result = verifyLinkToken({ token: signed, secret: SECRET, now: new Date((claims.expiresAt - 1) * 1000), expect: claims });
					expect(result).toEqual({ ok: true, claims });
				}),
			);
		});
	});

	describe('when the token is altered in any one character', () => {
		it('returns a refusal, never ok', () => {
			fc.assert(
				fc.property(anyClaims, fc.nat(), anyReplacement, (claims, at, replacement) => {
					const signed = signLinkToken({ claims, secret: SECRET });
					const index = at % signed.length;
					fc.pre(signed[index] !== replacement);
					const altered = signed.slice(0, index) + replacement + signed.slice(index + 1);
					const result = verifyLinkToken({ token: altered, secret: SECRET, now: new Date((claims.expiresAt - 1) * 1000) });
					expect(result.ok).toBe(false);
				}),
			);
		});

		it('returns a refusal for every position and every token character, tried exhaustively on one token', () => {
			const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
			const accepted: string[] = [];
			for (let index = 0; index < token.length; index++) {
				for (const replacement of alphabet) {
					if (replacement === token[index]) continue;
					const altered = token.slice(0, index) + replacement + token.slice(index + 1);
					if (verifyLinkToken({ token: altered, secret: SECRET, now: dayBefore }).ok) accepted.push(altered);
				}
			}
			expect(accepted).toEqual([]);
		});

		it('returns badSignature for a payload edited and re-encoded with the signature kept', () => {
			const [payloadPart, signature] = token.split('.');
			const payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString()) as Record<string, unknown>;
			const forged = Buffer.from(JSON.stringify({ ...payload, r: 'mentor' })).toString('base64url');
			expect(codeOf(verifyLinkToken({ token: `${forged}.${signature}`, secret: SECRET, now: dayBefore }))).toBe('badSignature');
		});
	});

	describe('when the token was signed with another secret', () => {
		it('returns badSignature for any claims', () => {
			fc.assert(
				fc.property(anyClaims, (claims) => {
					const signed = signLinkToken({ claims, secret: OTHER_SECRET });
					const result = verifyLinkToken({ token: signed, secret: SECRET, now: new Date((claims.expiresAt - 1) * 1000) });
					expect(codeOf(result)).toBe('badSignature');
				}),
			);
		});
	});

	describe('when the clock reaches the expiry', () => {
		it('returns ok one second before expiresAt', () => {
			expect(verifyLinkToken({ token, secret: SECRET, now: iso(MARCH_3_9AM - 1) }).ok).toBe(true);
		});

		it('returns ok 999 ms before expiresAt (whole seconds, rounded down)', () => {
			expect(verifyLinkToken({ token, secret: SECRET, now: '2026-03-03T08:59:59.999Z' }).ok).toBe(true);
		});

		it('returns expired at expiresAt exactly, with the message for the person who clicked', () => {
			const result = verifyLinkToken({ token, secret: SECRET, now: '2026-03-03T09:00:00Z' });
			expect(result).toEqual({ ok: false, code: 'expired', message: 'This link has expired. Ask the program team for a new one.' });
		});

		it('returns expired a year later', () => {
			expect(codeOf(verifyLinkToken({ token, secret: SECRET, now: '2027-03-03T09:00:00Z' }))).toBe('expired');
		});
	});

	describe('when an expected claim differs', () => {
		it.each([
			['purpose', 'met', 'wrongPurpose'],
			['programId', 'p2', 'wrongProgram'],
			['subject', 'pair-8', 'wrongSubject'],
			['person', 'bob@example.com', 'wrongPerson'],
			['person', 'Ann@example.com', 'wrongPerson'],
			['role', 'mentor', 'wrongRole'],
		])('returns the code for %s (%s expected)', (field, value, code) => {
			const result = verifyLinkToken({ token, secret: SECRET, now: dayBefore, expect: { [field]: value } });
			expect(result).toEqual({ ok: false, code, message: LINK_ERROR_MESSAGES[code as keyof typeof LINK_ERROR_MESSAGES] });
		});

		it('reports expiry before a wrong purpose', () => {
			expect(codeOf(verifyLinkToken({ token, secret: SECRET, now: iso(MARCH_3_9AM), expect: { purpose: 'met' } }))).toBe('expired');
		});
	});

	describe('when the token is not a token at all', () => {
		it.each([
			['undefined', undefined],
			['null', null],
			['a number', 42],
			['an object', { token }],
			['an array', [token]],
			['an empty string', ''],
			['no dot', token.replace('.', '')],
			['two dots', `${token}.x`],
			['an empty signature', `${token.split('.')[0]}.`],
			['an empty payload', `.${token.split('.')[1]}`],
			['padding', `${token}=`],
			['a space', ` ${token}`],
			['standard base64 characters', token.replace(/^./, '+')],
			['one character too many', `${'x'.repeat(2049)}`],
		])('returns malformed for %s', (_case, value) => {
			expect(codeOf(verifyLinkToken({ token: value, secret: SECRET, now: dayBefore }))).toBe('malformed');
		});

		it('returns malformed for a 1 MB string without reading it', () => {
			// A megabyte of a valid-looking token: only its length is looked at.
			const huge = `${'A'.repeat(1024 * 1024)}.${token.split('.')[1]}`;
			expect(verifyLinkToken({ token: huge, secret: SECRET, now: dayBefore })).toEqual({
				ok: false,
				code: 'malformed',
				message: LINK_ERROR_MESSAGES.malformed,
			});
		});

		it('returns malformed for a correctly signed payload that is not a version 1 payload', () => {
			const signWith = (json: string) => {
				const payloadPart = Buffer.from(json).toString('base64url');
				const signature = createHmac('sha256', SECRET).update(`mentorship-link.v1.${payloadPart}`).digest('base64url');
				return `${payloadPart}.${signature}`;
			};
			const good = { v: 1, p: 'p1', s: 'pair-7', u: 'ann', r: 'mentee', k: 'checkIn', e: MARCH_3_9AM };
			for (const json of [
				'not json',
				'[1]',
				JSON.stringify({ ...good, v: 2 }),
				JSON.stringify({ ...good, e: '1772528400' }),
				JSON.stringify({ ...good, e: 1.5 }),
				JSON.stringify({ ...good, e: 1e16 }),
				JSON.stringify({ ...good, p: '' }),
				JSON.stringify({ ...good, u: 'x'.repeat(257) }),
				JSON.stringify({ ...good, extra: true }),
				JSON.stringify({ v: 1, p: 'p1', s: 'pair-7', u: 'ann', r: 'mentee', e: MARCH_3_9AM }),
			]) {
				expect([json, codeOf(verifyLinkToken({ token: signWith(json), secret: SECRET, now: dayBefore }))]).toEqual([json, 'malformed']);
			}
			expect(codeOf(verifyLinkToken({ token: signWith(JSON.stringify(good)), secret: SECRET, now: dayBefore }))).toBe('ok');
		});
	});

	describe('when every refusal is shown to the person who clicked', () => {
		it('returns messages that never contain the token or its claims', () => {
			for (const message of Object.values(LINK_ERROR_MESSAGES)) {
				expect(message).not.toMatch(/p1|pair-7|ann@|eyJ/);
				expect(message.length).toBeLessThan(160);
			}
		});
	});

	describe('when the setup is wrong', () => {
		it('throws InvalidOptionError for a short secret', () => {
			expect(() => verifyLinkToken({ token, secret: 'short', now: dayBefore })).toThrow(InvalidOptionError);
		});

		it('throws InvalidOptionError naming now for a time that is not one', () => {
			expect(() => verifyLinkToken({ token, secret: SECRET, now: 'tomorrow' })).toThrow(expect.objectContaining({ option: 'now' }));
		});
	});
});
