import { DateTime } from 'luxon';

const DAY = 24 * 60;

/**
 * UTC offset of a time zone in minutes at a given moment (summer time included),
 * or undefined when the zone is unknown.
 *
 * @example utcOffsetMinutes('Europe/Amsterdam', new Date('2026-01-15T12:00:00Z')) // 60
 */
export function utcOffsetMinutes(zone: string, at: Date): number | undefined {
	const moment = DateTime.fromJSDate(at, { zone });
	return moment.isValid ? moment.offset : undefined;
}

export interface OverlapOptions {
	/** Start of the working day in local minutes after midnight. */
	dayStart: number;
	/** End of the working day in local minutes after midnight. */
	dayEnd: number;
}

/**
 * Minutes of working day two people share, given their UTC offsets. Days wrap, so
 * Auckland and Honolulu (23 hours apart) share the hour at the edge of their days.
 *
 * @example workingOverlapMinutes(60, 0, { dayStart: 540, dayEnd: 1020 }) // 420
 */
export function workingOverlapMinutes(offsetA: number, offsetB: number, options: OverlapOptions): number {
	const length = options.dayEnd - options.dayStart;
	const shift = circularDifference(offsetA, offsetB);
	return Math.max(0, length - shift);
}

/**
 * Difference of two UTC offsets on the 24-hour circle, in minutes (0 to 720).
 *
 * @example circularDifference(13 * 60, -10 * 60) // 60
 */
export function circularDifference(offsetA: number, offsetB: number): number {
	const raw = Math.abs(offsetA - offsetB) % DAY;
	return Math.min(raw, DAY - raw);
}
