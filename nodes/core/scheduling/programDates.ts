import { addDays, addMonths, daysBetween, isoWeekday } from './calendarDate';
import type { Cadence } from './types';
import { nextWorkingDay } from './workingDays';

/** Options of {@link programDates}. */
export interface ProgramDatesOptions {
	/** First day, `YYYY-MM-DD`. */
	start: string;
	/** First day after the program, `YYYY-MM-DD`. */
	end: string;
	cadence: Cadence;
	/** ISO weekday, 1 (Monday) to 5 (Friday). */
	weekday: number;
	holidays: ReadonlySet<string>;
}

/** The dates a program's sessions and surveys fall on. */
export interface ProgramDateList {
	sessionDates: string[];
	midpointSurveyDate: string;
	finalSurveyDate: string;
}

function nominalDate(first: string, cadence: Cadence, index: number, weekday: number): string {
	if (cadence === 'weekly') return addDays(first, 7 * index);
	if (cadence === 'biweekly') return addDays(first, 14 * index);
	// Monthly keeps the preferred weekday: the first one on or after the same day next month.
	const day = addMonths(first, index);
	return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

/**
 * Session and survey dates of a program. The first session is on the preferred
 * weekday on or after the start; later ones follow the cadence. A session that falls
 * on a holiday moves to the next working day, and is dropped when that reaches the
 * next session's date (a closed week is better skipped than doubled up).
 * The mid-point survey is on the first working day from the middle of the program,
 * the final survey on the last working day before its end.
 *
 * @example
 * programDates({ start: '2026-03-02', end: '2026-03-23', cadence: 'weekly', weekday: 2, holidays: new Set() })
 * // { sessionDates: ['2026-03-03', '2026-03-10', '2026-03-17'], midpointSurveyDate: '2026-03-12', finalSurveyDate: '2026-03-20' }
 */
export function programDates(options: ProgramDatesOptions): ProgramDateList {
	const { cadence, weekday, holidays } = options;
	const { start, end } = options;
	const first = addDays(start, (weekday - isoWeekday(start) + 7) % 7);
	const sessionDates: string[] = [];
	for (let index = 0; ; index++) {
		const nominal = nominalDate(first, cadence, index, weekday);
		if (nominal >= end) break;
		const moved = nextWorkingDay(nominal, { holidays, direction: 'forward' });
		const following = nominalDate(first, cadence, index + 1, weekday);
		if (moved >= following || moved >= end) continue;
		sessionDates.push(moved);
	}
	const middle = addDays(start, Math.floor(daysBetween(start, end) / 2));
	const lastDay = addDays(end, -1);
	return {
		sessionDates,
		midpointSurveyDate: nextWorkingDay(middle, { holidays, direction: 'forward' }),
		finalSurveyDate: nextWorkingDay(lastDay, { holidays, direction: 'backward' }),
	};
}
