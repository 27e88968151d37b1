import { createHmac } from 'crypto';

/**
 * Prefix of every signed message: a token of this scheme can never be mistaken for
 * an HMAC the same secret makes for another purpose or a later version.
 */
export const SIGNATURE_CONTEXT = 'mentorship-link.v1.';

/** HMAC-SHA256 of `message` under `key`, both taken as UTF-8. */
export function hmacSha256(key: string, message: string): Buffer {
	return createHmac('sha256', key).update(message, 'utf8').digest();
}

/** The token's signature part for a payload part: base64url of the HMAC, no padding. */
export function signPayloadPart(secret: string, payloadPart: string): string {
	return hmacSha256(secret, SIGNATURE_CONTEXT + payloadPart).toString('base64url');
}

/**
 * Whether every character is in the base64url alphabet (A-Z, a-z, 0-9, -, _).
 * A plain loop over char codes: linear, whatever the input.
 */
export function isBase64Url(text: string): boolean {
	if (text.length === 0) return false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
		const digit = code >= 48 && code <= 57;
		if (!letter && !digit && code !== 45 && code !== 95) return false;
	}
	return true;
}
