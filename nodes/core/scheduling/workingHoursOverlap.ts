import type { Interval, WorkingHours } from './types';
import { isWorkingDay } from './workingDays';
import { localInstant } from './zoneOffset';

/** Options of {@link workingHoursOverlap}. */
export interface WorkingHoursOverlapOptions {
	/** The anchor person's local date, `YYYY-MM-DD`. */
	date: string;
	anchorZone: string;
	otherZone: string;
	workingHours: WorkingHours;
	holidays: ReadonlySet<string>;
}

function workingWindow(date: string, zone: string, hours: WorkingHours): Interval {
	return { start: localInstant(date, hours.startMinute, zone), end: localInstant(date, hours.endMinute, zone) };
}

/**
 * The stretches of a date in the anchor person's calendar during which both people
 * are at work, in epoch milliseconds, longest first. The other person's working days
 * are their own local dates (Tokyo's Monday morning is London's Sunday night), so
 * their day before, of and after are checked.
 *
 * @example
 * workingHoursOverlap({ date: '2026-07-07', anchorZone: 'Asia/Tokyo', otherZone: 'Europe/London',
 *   workingHours: { startMinute: 540, endMinute: 1020 }, holidays: new Set() })
 * // one hour: 17:00-18:00 in Tokyo, 09:00-10:00 in London
 */
export function workingHoursOverlap(options: WorkingHoursOverlapOptions): Interval[] {
	const { date, anchorZone, otherZone, workingHours, holidays } = options;
	const anchor = workingWindow(date, anchorZone, workingHours);
	const base = Date.parse(`${date}T00:00:00Z`);
	const found: Interval[] = [];
	for (const offset of [-1, 0, 1]) {
		const otherDate = new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
		if (!isWorkingDay(otherDate, { holidays })) continue;
		const other = workingWindow(otherDate, otherZone, workingHours);
		const start = Math.max(anchor.start, other.start);
		const end = Math.min(anchor.end, other.end);
		if (end > start) found.push({ start, end });
	}
	return found.sort((a, b) => b.end - b.start - (a.end - a.start));
}
