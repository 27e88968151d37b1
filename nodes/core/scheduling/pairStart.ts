import { DateTime } from 'luxon';

import { MalformedInputError } from '../errors';
import { addDays, daysBetween, isoWeekday } from './calendarDate';
import type { ProgramSettings, SchedulingPair } from './types';
import { isWorkingDay } from './workingDays';

/** Longest kick-off window a program may ask for: four working weeks. */
export const MAX_KICK_OFF_DAYS = 20;

/** Options of {@link pairProgramSettings}. */
export interface PairProgramSettingsOptions {
	/** The program's (cohort) settings. */
	settings: ProgramSettings;
	pair: SchedulingPair;
	/**
	 * Working days after its introduction within which a pair's first meeting falls; 0 keeps
	 * every pair on the program's own calendar (a cohort that starts together).
	 */
	kickOffWithinDays: number;
}

/**
 * The calendar settings of one pair in a rolling program: the pair's sessions, surveys and
 * end start from its own start (`startedAt`, else `introducedAt`) instead of the program's.
 * The first meeting is on the program's meeting day when that comes within the first
 * `kickOffWithinDays` working days after the start day, else on the last of them; later
 * meetings keep that weekday and the program's cadence, and the pair runs as long as the
 * program does. A pair that started before the program counts from the program's start;
 * without a start, or with a window of 0, the program's settings are returned unchanged; an unreadable
 * start throws, naming the field.
 * Dates are read in the anchor person's zone, as the sessions are.
 *
 * @example
 * // Program on Tuesdays from 2 March 2026 for 184 days; a pair introduced on Thursday 16 April, within 5 days:
 * pairProgramSettings({ settings, pair: { ...pair, startedAt: Date.parse('2026-04-16T10:00:00Z') }, kickOffWithinDays: 5 })
 * // { ...settings, start: '2026-04-21', weekday: 2, end: '2026-10-22' }
 */
export function pairProgramSettings(options: PairProgramSettingsOptions): ProgramSettings {
	const { settings, pair } = options;
	const window = Math.min(Math.floor(options.kickOffWithinDays), MAX_KICK_OFF_DAYS);
	if (!(window > 0) || pair.startedAt === undefined) return settings;
	if (Number.isNaN(pair.startedAt)) {
		throw new MalformedInputError(
			[{ field: 'startedAt', problem: 'is not a date', expected: 'an ISO date or timestamp in startedAt (or introducedAt): when the pair started' }],
			'In a rolling program each pair\'s calendar starts from its own start date',
		);
	}
	const zone = (settings.anchor === 'mentee' ? pair.mentee : pair.mentor).timezone;
	const startDay = DateTime.fromMillis(pair.startedAt, { zone }).toISODate() as string;
	// A pair introduced before the program begins starts with it: the day before the start is its introduction day.
	const introduced = startDay < settings.start ? addDays(settings.start, -1) : startDay;
	const holidays = new Set(settings.holidays);
	const workingDays: string[] = [];
	for (let day = addDays(introduced, 1); workingDays.length < window; day = addDays(day, 1)) {
		if (isWorkingDay(day, { holidays })) workingDays.push(day);
	}
	const kickOff = workingDays.find((day) => isoWeekday(day) === settings.weekday) ?? workingDays[workingDays.length - 1];
	return { ...settings, start: kickOff, weekday: isoWeekday(kickOff), end: addDays(kickOff, daysBetween(settings.start, settings.end)) };
}
