import { programDates } from './programDates';
import type { Interval, PairCalendar, ProgramSettings, SessionTime } from './types';
import { workingHoursOverlap } from './workingHoursOverlap';
import { localInstant } from './zoneOffset';

/** Options of {@link pairCalendar}. */
export interface PairCalendarOptions {
	settings: ProgramSettings;
	/** Zone the preferred weekday and time are read in. */
	anchorZone: string;
	otherZone: string;
	/** Zones of further people who share every session (a group circle): the slot must suit them too. */
	moreZones?: readonly string[];
}

const MINUTE = 60_000;

function chooseSlot(preferred: number, length: number, overlaps: Interval[]): number | undefined {
	let best: number | undefined;
	for (const overlap of overlaps) {
		if (overlap.end - overlap.start < length) continue;
		// The start inside this overlap nearest to the preferred time.
		const start = Math.min(Math.max(preferred, overlap.start), overlap.end - length);
		if (best === undefined || Math.abs(start - preferred) < Math.abs(best - preferred)) best = start;
	}
	return best;
}

/**
 * The sessions of every pair whose two people live in these two zones (or of every
 * circle whose members live in these zones). Each session
 * is at the preferred time when that lies inside everyone's working hours, else
 * at the nearest time that does, else at the preferred time marked as outside, with
 * the overlap that was found. Computed per date, so that daylight-saving switches
 * (which differ between Europe and the US by weeks) move the slot as needed.
 *
 * @example
 * pairCalendar({ settings, anchorZone: 'Europe/Amsterdam', otherZone: 'America/New_York' }).sessions[0]
 * // { number: 1, date: '2026-03-03', start: ..., end: ..., insideWorkingHours: true }
 */
export function pairCalendar(options: PairCalendarOptions): PairCalendar {
	const { settings, anchorZone, otherZone } = options;
	const holidays = new Set(settings.holidays);
	const dates = programDates({ ...settings, holidays });
	const length = settings.durationMinutes * MINUTE;
	const sessions: SessionTime[] = dates.sessionDates.map((date, index) => {
		const preferred = localInstant(date, settings.preferredMinute, anchorZone);
		let overlaps = workingHoursOverlap({ date, anchorZone, otherZone, workingHours: settings.workingHours, holidays });
		for (const zone of options.moreZones ?? []) {
			overlaps = intersect(overlaps, workingHoursOverlap({ date, anchorZone, otherZone: zone, workingHours: settings.workingHours, holidays }));
		}
		const start = chooseSlot(preferred, length, overlaps);
		const session: SessionTime = {
			number: index + 1,
			date,
			start: start ?? preferred,
			end: (start ?? preferred) + length,
			insideWorkingHours: start !== undefined,
		};
		if (start === undefined && overlaps.length > 0) session.overlap = overlaps[0];
		return session;
	});
	return { sessions, midpointSurveyDate: dates.midpointSurveyDate, finalSurveyDate: dates.finalSurveyDate };
}

// The stretches inside both lists, longest first (as workingHoursOverlap gives them).
function intersect(a: Interval[], b: Interval[]): Interval[] {
	const found: Interval[] = [];
	for (const x of a) {
		for (const y of b) {
			const start = Math.max(x.start, y.start);
			const end = Math.min(x.end, y.end);
			if (end > start) found.push({ start, end });
		}
	}
	return found.sort((p, q) => q.end - q.start - (p.end - p.start));
}

/** Options of {@link createCalendarCache}. */
export interface CalendarCacheOptions {
	/** Most calendars kept; the memo is cleared when it is reached. Default 10,000. */
	limit?: number;
}

/** Looks up (or computes and remembers) a pair calendar. */
export type CalendarLookup = (settings: ProgramSettings, anchorZone: string, otherZone: string, moreZones?: readonly string[]) => PairCalendar;

/**
 * A per-call memo of {@link pairCalendar} by settings and zone pair: 10,000 pairs
 * usually share one program and a handful of zones, and a calendar costs a few
 * hundred luxon operations. It lives only as long as the caller keeps it (one
 * execution), never across executions.
 *
 * @example
 * const calendarFor = createCalendarCache();
 * calendarFor(settings, 'Europe/Amsterdam', 'America/New_York').sessions.length; // 52
 */
export function createCalendarCache(options: CalendarCacheOptions = {}): CalendarLookup {
	const limit = options.limit ?? 10_000;
	const bySettings = new Map<string, Map<string, PairCalendar>>();
	let size = 0;
	let lastSettings: ProgramSettings | undefined;
	let lastCalendars = new Map<string, PairCalendar>();
	return (settings, anchorZone, otherZone, moreZones = []) => {
		// Items usually share one settings object; stringify it only when it changes.
		if (settings !== lastSettings) {
			const settingsKey = JSON.stringify(settings);
			lastCalendars = bySettings.get(settingsKey) ?? new Map<string, PairCalendar>();
			bySettings.set(settingsKey, lastCalendars);
			lastSettings = settings;
		}
		const key = [anchorZone, otherZone, ...moreZones].join('|');
		let calendar = lastCalendars.get(key);
		if (!calendar) {
			if (size >= limit) {
				for (const calendars of bySettings.values()) calendars.clear();
				size = 0;
			}
			calendar = pairCalendar({ settings, anchorZone, otherZone, moreZones });
			lastCalendars.set(key, calendar);
			size++;
		}
		return calendar;
	};
}
