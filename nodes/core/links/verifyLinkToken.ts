import { timingSafeEqual } from 'crypto';

import { fromPayload } from './claims';
import { isBase64Url, signPayloadPart } from './encoding';
import { LINK_LIMITS } from './limits';
import { LINK_ERROR_MESSAGES } from './messages';
import { checkLinkSecret } from './secret';
import { toEpochSeconds } from './time';
import type { ExpectedClaims, LinkClaims, LinkErrorCode, LinkVerification } from './types';

export interface VerifyLinkTokenOptions {
	/** Whatever arrived: a query parameter, a form field, nothing at all. */
	token: unknown;
	/** The same secret the link was signed with. */
	secret: string;
	/** The moment of the click (a Date or an ISO timestamp). */
	now: Date | string;
	/** Claims the link must carry to be accepted here; a field left out is not checked. */
	expect?: ExpectedClaims;
}

/** Each expected claim and the code given when the link carries another value. */
const EXPECTATIONS: ReadonlyArray<[keyof ExpectedClaims, LinkErrorCode]> = [
	['purpose', 'wrongPurpose'],
	['programId', 'wrongProgram'],
	['subject', 'wrongSubject'],
	['person', 'wrongPerson'],
	['role', 'wrongRole'],
];

function refuse(code: LinkErrorCode): LinkVerification {
	return { ok: false, code, message: LINK_ERROR_MESSAGES[code] };
}

/** Whether the token's signature part is the one its payload part should carry, in constant time. */
function signatureMatches(secret: string, payloadPart: string, signaturePart: string): boolean {
	const expected = Buffer.from(signPayloadPart(secret, payloadPart), 'utf8');
	const given = Buffer.from(signaturePart, 'utf8');
	// Comparing the encoded text (not decoded bytes) also refuses a signature whose
	// unused last bits were altered; lengths are public (always 43), so the early
	// exit leaks nothing.
	return expected.length === given.length && timingSafeEqual(expected, given);
}

function decodePayload(payloadPart: string): LinkClaims | undefined {
	try {
		return fromPayload(JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8')));
	} catch {
		// Not JSON: the caller reports it as malformed.
		return undefined;
	}
}

/**
 * Checks a personal link's token: well formed, signed with this secret, not
 * expired, and carrying the expected claims. Never throws for a bad token: every
 * refusal comes back as a code and a message safe to show the person who clicked.
 * Throws only for a bad secret or a `now` that is not a moment (a setup error).
 *
 * Order of checks: size and shape before any decoding; the signature before the
 * payload is parsed (nothing unsigned is ever parsed); expiry; then the expected claims.
 *
 * @example
 * const result = verifyLinkToken({ token: query.token, secret, now: '2026-03-03T09:00:00Z', expect: { purpose: 'checkIn' } });
 * if (!result.ok) showOnPage(result.message);
 */
export function verifyLinkToken(options: VerifyLinkTokenOptions): LinkVerification {
	const secret = checkLinkSecret(options.secret);
	const nowSeconds = toEpochSeconds(options.now);
	const { token } = options;
	if (typeof token !== 'string' || token.length > LINK_LIMITS.tokenLength) return refuse('malformed');
	const dot = token.indexOf('.');
	if (dot === -1 || token.indexOf('.', dot + 1) !== -1) return refuse('malformed');
	const payloadPart = token.slice(0, dot);
	const signaturePart = token.slice(dot + 1);
	if (!isBase64Url(payloadPart) || !isBase64Url(signaturePart)) return refuse('malformed');
	if (!signatureMatches(secret, payloadPart, signaturePart)) return refuse('badSignature');
	const claims = decodePayload(payloadPart);
	if (!claims) return refuse('malformed');
	if (nowSeconds >= claims.expiresAt) return refuse('expired');
	for (const [field, code] of EXPECTATIONS) {
		const expected = options.expect?.[field];
		if (expected !== undefined && claims[field] !== expected) return refuse(code);
	}
	return { ok: true, claims };
}
