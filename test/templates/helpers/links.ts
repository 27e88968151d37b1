import { createHmac } from 'node:crypto';

/**
 * Personal link tokens made and read by hand, following the documented format
 * (payload `{ v, p, s, u, r, k, e }` as base64url JSON, a dot, then base64url of
 * HMAC-SHA256 over `mentorship-link.v1.` + payload part). Independent of the node's
 * code, so the templates' tests can forge, expire and mismatch tokens on purpose.
 */
export interface TestLinkClaims {
	programId: string;
	subject: string;
	person: string;
	role: string;
	purpose: string;
	/** Epoch seconds. */
	expiresAt: number;
}

/** The secret the tests' Mentorship Link Secret credential holds. */
export const LINK_SECRET = 'test-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/** Credentials for the Mentorship Link node, as the harness passes them. */
export const LINK_CREDENTIALS = { mentorshipLinkSecretApi: { secret: LINK_SECRET } };

/** A token for the claims, signed with `secret`. */
export function signTestLink(claims: TestLinkClaims, secret = LINK_SECRET): string {
	const payload = { v: 1, p: claims.programId, s: claims.subject, u: claims.person, r: claims.role, k: claims.purpose, e: claims.expiresAt };
	const payloadPart = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
	const signature = createHmac('sha256', secret).update(`mentorship-link.v1.${payloadPart}`, 'utf8').digest('base64url');
	return `${payloadPart}.${signature}`;
}

/** The claims a token carries (read without checking the signature). */
export function readTestLink(token: string): TestLinkClaims {
	const payload = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as Record<string, string | number>;
	return {
		programId: String(payload.p),
		subject: String(payload.s),
		person: String(payload.u),
		role: String(payload.r),
		purpose: String(payload.k),
		expiresAt: Number(payload.e),
	};
}
