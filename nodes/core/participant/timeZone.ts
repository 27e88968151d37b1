const canonicalCache = new Map<string, string | null>();

/**
 * Returns the canonical spelling of an IANA time zone ("europe/amsterdam" gives
 * "Europe/Amsterdam"), or undefined when the runtime does not know the zone.
 * Uses the runtime's ICU data, so no zone table ships with the package.
 *
 * @example canonicalTimeZone('america/new_york') // 'America/New_York'
 */
export function canonicalTimeZone(zone: string): string | undefined {
	const key = zone.trim();
	if (key === '' || /^[+-]?\d/.test(key)) return undefined;
	let canonical = canonicalCache.get(key);
	if (canonical === undefined) {
		try {
			canonical = new Intl.DateTimeFormat('en-US', { timeZone: key }).resolvedOptions().timeZone;
		} catch {
			canonical = null;
		}
		canonicalCache.set(key, canonical);
	}
	return canonical ?? undefined;
}

/** Whether the runtime knows this IANA time zone. */
export function isValidTimeZone(zone: string): boolean {
	return canonicalTimeZone(zone) !== undefined;
}
