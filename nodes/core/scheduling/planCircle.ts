import type { TopicBank } from '../topics/topicBank';
import type { LocalTimeFormatter } from './localTime';
import type { CalendarLookup } from './pairCalendar';
import type { PairPlan, PlannedSession } from './planPair';
import { planPair } from './planPair';
import type { SchedulingCircle } from './readCircle';
import type { PairCalendar, ProgramSettings, SchedulingPair } from './types';

/** One shared session of a circle, with its time in every member's zone. */
export type CircleSession = Omit<PlannedSession, 'mentorStart' | 'mentorEnd' | 'menteeStart' | 'menteeEnd' | 'overlap'> & {
	memberTimes: Array<{ id: string; email: string; start: string; end: string }>;
	/** When outside someone's working hours: the longest time everyone works, if any (null when there is none). */
	overlap?: { start: string; end: string; minutes: number } | null;
};

/** The plan of one circle: one session series for all its members. */
export type CirclePlan = Omit<PairPlan, 'sessions'> & { sessions: CircleSession[] };

/** Options of {@link planCircle}. */
export interface PlanCircleOptions {
	circle: SchedulingCircle;
	settings: ProgramSettings;
	bank: TopicBank;
	calendarFor: CalendarLookup;
	format: LocalTimeFormatter;
}

/**
 * The calendar a circle shares: read in the mentor's zone (who leads it), each
 * session inside every member's working hours when such a time exists.
 *
 * @example circleCalendar(circle, settings, createCalendarCache()).sessions[0].insideWorkingHours // true
 */
export function circleCalendar(circle: SchedulingCircle, settings: ProgramSettings, calendarFor: CalendarLookup): PairCalendar {
	const zones = [...new Set(circle.mentees.map((mentee) => mentee.timezone))].sort();
	return calendarFor(settings, circle.mentor.timezone, zones[0], zones.slice(1));
}

/**
 * The pair the circle's shared fields are worked out on: the circle's id (so every
 * member gets the same topics) and the mentor, with the circle as the partner.
 *
 * @example circleAsPair(circle).mentee.name // 'Ann, Bo and Cy'
 */
export function circleAsPair(circle: SchedulingCircle): SchedulingPair {
	const names = circle.mentees.map((mentee) => mentee.name);
	const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
	return {
		pairId: circle.circleId,
		...(circle.programId ? { programId: circle.programId } : {}),
		mentor: circle.mentor,
		mentee: { id: circle.circleId, name: joined, email: circle.mentees.map((mentee) => mentee.email).join(', '), timezone: circle.mentor.timezone },
		...(circle.channel ? { channel: circle.channel } : {}),
		...(circle.lastMeetingAt !== undefined ? { lastMeetingAt: circle.lastMeetingAt } : {}),
	};
}

/**
 * Plans a circle's one shared session series: the pair plan worked out on the circle's
 * calendar and id, with each session's time in every member's own zone.
 *
 * @example planCircle({ circle, settings, bank, calendarFor, format }).sessions[0].memberTimes.length // mentees + 1
 */
export function planCircle(options: PlanCircleOptions): CirclePlan {
	const { circle, settings, format } = options;
	const calendar = circleCalendar(circle, settings, options.calendarFor);
	const plan = planPair({ pair: circleAsPair(circle), settings, bank: options.bank, calendarFor: () => calendar, format });
	const members = [circle.mentor, ...circle.mentees];
	const sessions = plan.sessions.map((session): CircleSession => {
		// Only the shared fields: the per-person times of the pair plan give way to memberTimes.
		const { number, date, start, end, topic, icebreakers, insideWorkingHours, overlap } = session;
		const found = calendar.sessions[number - 1].overlap;
		return {
			number,
			date,
			start,
			end,
			topic,
			...(icebreakers ? { icebreakers } : {}),
			insideWorkingHours,
			memberTimes: members.map((member) => ({
				id: member.id,
				email: member.email,
				start: format.iso(Date.parse(session.start), member.timezone),
				end: format.iso(Date.parse(session.end), member.timezone),
			})),
			...(overlap === undefined
				? {}
				: {
						overlap: found
							? { start: new Date(found.start).toISOString(), end: new Date(found.end).toISOString(), minutes: Math.round((found.end - found.start) / 60_000) }
							: null,
					}),
		};
	});
	const result: CirclePlan = { ...plan, sessions };
	delete result.schedulingNote;
	if (plan.sessionsOutsideWorkingHours > 0) {
		const zones = [...new Set(members.map((member) => member.timezone))].join(', ');
		result.schedulingNote =
			`${plan.sessionsOutsideWorkingHours} of ${plan.sessionCount} sessions could not be placed inside every member's working hours (${zones}). ` +
			`They are planned at the preferred time; see each session's overlap.`;
	}
	return result;
}
