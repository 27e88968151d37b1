import { addDays, isoWeekday } from './calendarDate';

/** Options of {@link isWorkingDay}. */
export interface WorkingDayOptions {
	/** Holidays as `YYYY-MM-DD`. */
	holidays: ReadonlySet<string>;
}

/**
 * Whether a calendar date is a working day: Monday to Friday and not a holiday.
 *
 * @example isWorkingDay('2026-12-25', { holidays: new Set(['2026-12-25']) }) // false
 */
export function isWorkingDay(date: string, options: WorkingDayOptions): boolean {
	return !options.holidays.has(date) && isoWeekday(date) <= 5;
}

/** Options of {@link nextWorkingDay}. */
export interface NextWorkingDayOptions extends WorkingDayOptions {
	/** `forward` finds the first working day on or after the date, `backward` on or before. */
	direction: 'forward' | 'backward';
}

/**
 * The nearest working day on or after (or before) a date.
 *
 * @example nextWorkingDay('2026-03-07', { holidays: new Set(), direction: 'forward' }) // '2026-03-09'
 */
export function nextWorkingDay(date: string, options: NextWorkingDayOptions): string {
	const step = options.direction === 'forward' ? 1 : -1;
	let day = date;
	// Bounded: a year of holidays would be a configuration error, not a calendar.
	for (let i = 0; i < 366; i++) {
		if (isWorkingDay(day, options)) return day;
		day = addDays(day, step);
	}
	return date;
}
