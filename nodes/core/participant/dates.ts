/**
 * Reads a calendar date as ISO `YYYY-MM-DD`. Accepts ISO dates and timestamps and
 * the European day-first forms `DD-MM-YYYY` and `DD/MM/YYYY` that Dutch sheets use.
 * Returns undefined for anything else or for impossible dates such as 2024-02-30.
 *
 * @example parseIsoDate('01-03-2024') // '2024-03-01'
 */
export function parseIsoDate(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
	let year: number, month: number, day: number;
	if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else {
		match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
		if (!match) return undefined;
		[day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
	}
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return undefined;
	}
	return date.toISOString().slice(0, 10);
}
