/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings through UTC midnights: dates have
 * no zone, and plain Date maths is far cheaper than a zoned DateTime for the
 * hundreds of thousands of dates a large program needs.
 */

const DAY = 86_400_000;

/** Epoch ms of a date's UTC midnight. */
export function dateToUtcMidnight(date: string): number {
	return Date.parse(`${date}T00:00:00Z`);
}

/** `YYYY-MM-DD` of a UTC midnight. */
export function utcMidnightToDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A date plus (or minus) whole days.
 *
 * @example addDays('2026-02-27', 2) // '2026-03-01'
 */
export function addDays(date: string, days: number): string {
	return utcMidnightToDate(dateToUtcMidnight(date) + days * DAY);
}

/**
 * A date plus whole months; a day that the target month lacks becomes its last day.
 *
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(date: string, months: number): string {
	const [year, month, day] = date.split('-').map(Number);
	const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
	return utcMidnightToDate(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

/**
 * ISO weekday of a date: 1 Monday to 7 Sunday.
 *
 * @example isoWeekday('2026-03-02') // 1
 */
export function isoWeekday(date: string): number {
	return new Date(dateToUtcMidnight(date)).getUTCDay() || 7;
}

/**
 * Whole days from one date to another.
 *
 * @example daysBetween('2026-03-02', '2026-03-23') // 21
 */
export function daysBetween(from: string, to: string): number {
	return Math.round((dateToUtcMidnight(to) - dateToUtcMidnight(from)) / DAY);
}
