import { createHmac } from 'crypto';

import { InvalidOptionError, MalformedInputError } from '../../../nodes/core/errors';
import { hmacSha256 } from '../../../nodes/core/links/encoding';
import { signLinkToken } from '../../../nodes/core/links';
import { CLAIMS, SECRET } from './fixtures';

describe('hmacSha256', () => {
	describe('for RFC 4231 test case 2', () => {
		it('returns the published HMAC-SHA256', () => {
			expect(hmacSha256('Jefe', 'what do ya want for nothing?').toString('hex')).toBe(
				'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
			);
		});
	});
});

describe('signLinkToken', () => {
	describe('when the claims and secret are valid', () => {
		it('returns the token worked out by hand (Python base64 and hmac) from its parts', () => {
			// {"v":1,"p":"p1","s":"pair-7","u":"ann@example.com","r":"mentee","k":"checkIn","e":1772528400}
			const payloadPart =
				'eyJ2IjoxLCJwIjoicDEiLCJzIjoicGFpci03IiwidSI6ImFubkBleGFtcGxlLmNvbSIsInIiOiJtZW50ZWUiLCJrIjoiY2hlY2tJbiIsImUiOjE3NzI1Mjg0MDB9';
			expect(signLinkToken({ claims: CLAIMS, secret: SECRET })).toBe(`${payloadPart}.ZuTRBEELNFAq4SJhEnRTnKqC5kaSU3JuE9ci8xCRjOY`);
		});

		it('returns base64url of the payload JSON and of the HMAC over the prefixed payload part', () => {
			const json = '{"v":1,"p":"p1","s":"pair-7","u":"ann@example.com","r":"mentee","k":"checkIn","e":1772528400}';
			const payloadPart = Buffer.from(json).toString('base64url');
			const signature = createHmac('sha256', SECRET).update(`mentorship-link.v1.${payloadPart}`).digest('base64url');
			expect(signLinkToken({ claims: CLAIMS, secret: SECRET })).toBe(`${payloadPart}.${signature}`);
		});

		it('returns the same token every time', () => {
			expect(signLinkToken({ claims: { ...CLAIMS }, secret: SECRET })).toBe(signLinkToken({ claims: CLAIMS, secret: SECRET }));
		});

		it('returns a token within 2048 characters when every claim has its 256-character maximum', () => {
			const long = 'x'.repeat(256);
			const claims = { ...CLAIMS, programId: long, subject: long, person: long, role: long, purpose: 'y'.repeat(32) };
			expect(signLinkToken({ claims, secret: SECRET }).length).toBeLessThanOrEqual(2048);
		});
	});

	describe('when the secret is short or missing', () => {
		it.each([
			['31 characters', 'x'.repeat(31)],
			['empty', ''],
		])('throws InvalidOptionError for the secret (%s) with a hint', (_case, secret) => {
			const attempt = () => signLinkToken({ claims: CLAIMS, secret });
			expect(attempt).toThrow(InvalidOptionError);
			try {
				attempt();
			} catch (error) {
				expect((error as InvalidOptionError).option).toBe('secret');
				expect((error as InvalidOptionError).hint).toContain('openssl rand -base64 48');
			}
		});
	});

	describe('when a claim cannot be signed', () => {
		it.each([
			['programId', { programId: '' }, 'is empty'],
			['subject', { subject: 's'.repeat(257) }, 'has 257 characters'],
			['person', { person: 42 as unknown as string }, 'is not text'],
			['purpose', { purpose: 'check-in' }, 'is not a purpose name'],
			['purpose', { purpose: 'a'.repeat(33) }, 'is not a purpose name'],
			['expiresAt', { expiresAt: 1.5 }, 'is not a whole number of seconds before the year 10000'],
			['expiresAt', { expiresAt: 253402300800 }, 'is not a whole number of seconds before the year 10000'],
		])('throws MalformedInputError naming %s', (field, change, problem) => {
			const attempt = () => signLinkToken({ claims: { ...CLAIMS, ...change }, secret: SECRET });
			expect(attempt).toThrow(MalformedInputError);
			try {
				attempt();
			} catch (error) {
				expect((error as MalformedInputError).issues[0]).toMatchObject({ field, problem });
			}
		});

		it('throws naming the claim that makes the token longer than 2048 characters', () => {
			// 256 control characters are written \u0001 in JSON: 1536 bytes in one claim alone, plus the others.
			const claims = { ...CLAIMS, subject: '\u0001'.repeat(256), person: '\u0002'.repeat(200) };
			expect(() => signLinkToken({ claims, secret: SECRET })).toThrow(/subject: makes a token of \d+ characters/);
		});
	});
});
