import { MalformedInputError } from '../errors';
import { claimIssues, TEXT_CLAIMS, toPayload } from './claims';
import { signPayloadPart } from './encoding';
import { LINK_LIMITS } from './limits';
import { checkLinkSecret } from './secret';
import type { LinkClaims } from './types';

export interface SignLinkTokenOptions {
	claims: LinkClaims;
	/** The user's secret from the Mentorship Link Secret credential, at least 32 characters. */
	secret: string;
}

/**
 * Signs claims into a token for a personal link:
 * `base64url(payload JSON)` + `.` + `base64url(HMAC-SHA256(secret, "mentorship-link.v1." + payload part))`.
 * Deterministic: the same claims and secret give the same token.
 *
 * Throws InvalidOptionError (option `secret`) for a missing or short secret and
 * MalformedInputError naming the claim for a claim that cannot be signed.
 *
 * @example
 * signLinkToken({
 *   claims: { programId: 'p1', subject: 'pair-7', person: 'ann@example.com', role: 'mentee', purpose: 'checkIn', expiresAt: 1772528400 },
 *   secret: 'a secret of at least thirty-two characters',
 * }); // 'eyJ2IjoxLCJwIjoicDEi…' + '.' + 43 characters of signature
 */
export function signLinkToken(options: SignLinkTokenOptions): string {
	const secret = checkLinkSecret(options.secret);
	const issues = claimIssues(options.claims);
	if (issues.length > 0) throw new MalformedInputError(issues, 'Each claim is bound into the link: give every one a value');
	const payloadPart = Buffer.from(JSON.stringify(toPayload(options.claims)), 'utf8').toString('base64url');
	const token = `${payloadPart}.${signPayloadPart(secret, payloadPart)}`;
	// Plain text claims always fit; claims full of escaped or non-Latin characters may not.
	if (token.length > LINK_LIMITS.tokenLength) throw tooLong(options.claims, token.length);
	return token;
}

function tooLong(claims: LinkClaims, length: number): MalformedInputError {
	const encodedLength = (field: (typeof TEXT_CLAIMS)[number]) => Buffer.byteLength(JSON.stringify(claims[field]));
	const longest = TEXT_CLAIMS.reduce((best, field) => (encodedLength(field) > encodedLength(best) ? field : best));
	return new MalformedInputError(
		[{ field: longest, problem: `makes a token of ${length} characters, over the ${LINK_LIMITS.tokenLength} a link may carry`, expected: 'shorter values (ids rather than names)' }],
		'Bind ids into links, not long texts',
	);
}
