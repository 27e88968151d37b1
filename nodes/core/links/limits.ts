/**
 * Bounds on everything a link carries. A token is refused on its length alone before
 * any decoding, so a 1 MB "token" costs one comparison.
 */
export const LINK_LIMITS = {
	/** Longest token accepted; a signed token with every claim at its maximum stays well below. */
	tokenLength: 2048,
	/** Longest claim value (program, subject, person, role, purpose). */
	claimLength: 256,
	/** Longest purpose when signing: letters and digits only. */
	purposeLength: 32,
	/** Shortest secret: 32 characters of a random secret carry well over 128 bits. */
	secretLength: 32,
	/** Longest base URL and query parameter name a link is built from. */
	urlLength: 2048,
	queryParameterLength: 64,
	/** Latest expiry a link may carry (9999-12-31T23:59:59Z), so it always reads as a date. */
	latestExpiry: 253402300799,
} as const;
