import type { TopicBank } from '../topics/topicBank';
import { sessionTopic } from '../topics/sessionTopics';
import type { LocalTimeFormatter } from './localTime';
import type { CalendarLookup } from './pairCalendar';
import type { PairCalendar, ProgramSettings, SchedulingPair } from './types';

/** One planned session, in UTC and in each person's local time. */
export interface PlannedSession {
	number: number;
	/** Date in the anchor person's calendar. */
	date: string;
	start: string;
	end: string;
	mentorStart: string;
	mentorEnd: string;
	menteeStart: string;
	menteeEnd: string;
	topic: string;
	icebreakers?: string[];
	insideWorkingHours: boolean;
	/** When outside: the shared working time found that day (null when there is none). */
	overlap?: { start: string; end: string; minutes: number; mentorLocal: string; menteeLocal: string } | null;
}

/** The plan of one pair. */
export interface PairPlan {
	programStart: string;
	/** Last day of the program (inclusive). */
	programEnd: string;
	cadence: string;
	durationMinutes: number;
	sessionCount: number;
	sessionsOutsideWorkingHours: number;
	/** Present when some sessions could not be placed inside both people's working hours. */
	schedulingNote?: string;
	midpointSurveyDate: string;
	finalSurveyDate: string;
	sessions: PlannedSession[];
}

/** Options of {@link planPair}. */
export interface PlanPairOptions {
	pair: SchedulingPair;
	settings: ProgramSettings;
	bank: TopicBank;
	calendarFor: CalendarLookup;
	format: LocalTimeFormatter;
}

/** The calendar of a pair, read in the anchor person's zone. */
export function calendarOfPair(pair: SchedulingPair, settings: ProgramSettings, calendarFor: CalendarLookup): PairCalendar {
	const [anchor, other] = settings.anchor === 'mentee' ? [pair.mentee, pair.mentor] : [pair.mentor, pair.mentee];
	return calendarFor(settings, anchor.timezone, other.timezone);
}

function lastDay(end: string): string {
	return new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

type SessionTimeFields = Omit<PlannedSession, 'topic' | 'icebreakers'>;

/**
 * Session times as strings, shared by every pair with the same calendar and zones.
 * Keyed on the per-execution formatter and calendar objects, so it is released with
 * them and never outlives an execution.
 */
const timesMemo = new WeakMap<LocalTimeFormatter, WeakMap<PairCalendar, Map<string, SessionTimeFields[]>>>();

function sessionTimes(calendar: PairCalendar, mentorZone: string, menteeZone: string, format: LocalTimeFormatter): SessionTimeFields[] {
	let byCalendar = timesMemo.get(format);
	if (!byCalendar) timesMemo.set(format, (byCalendar = new WeakMap()));
	let byZones = byCalendar.get(calendar);
	if (!byZones) byCalendar.set(calendar, (byZones = new Map()));
	const key = `${mentorZone}|${menteeZone}`;
	let times = byZones.get(key);
	if (!times) {
		times = calendar.sessions.map((time) => {
			const fields: SessionTimeFields = {
				number: time.number,
				date: time.date,
				start: new Date(time.start).toISOString(),
				end: new Date(time.end).toISOString(),
				mentorStart: format.iso(time.start, mentorZone),
				mentorEnd: format.iso(time.end, mentorZone),
				menteeStart: format.iso(time.start, menteeZone),
				menteeEnd: format.iso(time.end, menteeZone),
				insideWorkingHours: time.insideWorkingHours,
			};
			if (!time.insideWorkingHours) {
				fields.overlap = time.overlap
					? {
							start: new Date(time.overlap.start).toISOString(),
							end: new Date(time.overlap.end).toISOString(),
							minutes: Math.round((time.overlap.end - time.overlap.start) / 60_000),
							mentorLocal: `${format.clock(time.overlap.start, mentorZone)}-${format.clock(time.overlap.end, mentorZone)}`,
							menteeLocal: `${format.clock(time.overlap.start, menteeZone)}-${format.clock(time.overlap.end, menteeZone)}`,
						}
					: null;
			}
			return fields;
		});
		byZones.set(key, times);
	}
	return times;
}

/**
 * Plans a pair's program: every session with its time in UTC and in both people's
 * zones, its topic (icebreakers at the kick-off), and the survey dates. When no slot
 * fits both people's working hours on some dates, the item says so in
 * `schedulingNote` and each such session carries the overlap that was found.
 *
 * @example
 * planPair({ pair, settings, bank, calendarFor: createCalendarCache(), format: createLocalTimeFormatter() }).sessions[0].topic
 * // 'Kick-off: get to know each other and agree how you will work together'
 */
export function planPair(options: PlanPairOptions): PairPlan {
	const { pair, settings, bank, format } = options;
	const calendar = calendarOfPair(pair, settings, options.calendarFor);
	const mentorZone = pair.mentor.timezone;
	const menteeZone = pair.mentee.timezone;
	const times = sessionTimes(calendar, pair.mentor.timezone, pair.mentee.timezone, format);
	const sessions = times.map((time): PlannedSession => {
		const { topic, icebreakers } = sessionTopic({ bank, pairId: pair.pairId, sessionNumber: time.number });
		const session: PlannedSession = { ...time, topic };
		if (icebreakers) session.icebreakers = icebreakers;
		return session;
	});
	const outside = sessions.filter((session) => !session.insideWorkingHours);
	const plan: PairPlan = {
		programStart: settings.start,
		programEnd: lastDay(settings.end),
		cadence: settings.cadence,
		durationMinutes: settings.durationMinutes,
		sessionCount: sessions.length,
		sessionsOutsideWorkingHours: outside.length,
		midpointSurveyDate: calendar.midpointSurveyDate,
		finalSurveyDate: calendar.finalSurveyDate,
		sessions,
	};
	if (outside.length > 0) {
		const longest = outside.reduce((best, session) => Math.max(best, session.overlap?.minutes ?? 0), 0);
		plan.schedulingNote =
			`${outside.length} of ${sessions.length} sessions could not be placed inside both people's working hours ` +
			`(${mentorZone} and ${menteeZone}); the longest shared working time on those dates is ${longest} minutes, ` +
			`shorter than the ${settings.durationMinutes}-minute meeting. They are planned at the preferred time; see each session's overlap.`;
	}
	return plan;
}
