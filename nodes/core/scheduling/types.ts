/**
 * Shapes of the scheduling domain: a pair as the scheduler reads it, the program's
 * calendar settings and the plan that comes out. Instants are epoch milliseconds in
 * the core (cheap to compare and cache); adapters turn them into ISO strings.
 */

/** How often a pair meets. */
export type Cadence = 'weekly' | 'biweekly' | 'monthly';

export const CADENCES: readonly Cadence[] = ['weekly', 'biweekly', 'monthly'];

/** Whose local clock the preferred weekday and time are read in. */
export type AnchorRole = 'mentor' | 'mentee';

/** One person of a pair, as far as scheduling and messaging need them. */
export interface ScheduledPerson {
	id: string;
	name: string;
	email: string;
	/** Canonical IANA zone. */
	timezone: string;
	/** Slack member id, when the pair item carries one. */
	slackId?: string;
}

/** A pair ready to be scheduled (read from a match item by `readSchedulingPair`). */
export interface SchedulingPair {
	pairId: string;
	programId?: string;
	mentor: ScheduledPerson;
	mentee: ScheduledPerson;
	/** Preferred delivery channel for this pair (`slack`, `teams`, `email`), if given. */
	channel?: string;
	/** Epoch ms of the last meeting the pair logged, for nudges. */
	lastMeetingAt?: number;
	/** Epoch ms the pair started (`startedAt`, else `introducedAt`): a rolling program's calendar counts from it. NaN when unreadable. */
	startedAt?: number;
}

/** A daily working window in a person's own local time, in minutes after midnight. */
export interface WorkingHours {
	startMinute: number;
	endMinute: number;
}

/** Everything that fixes a program's session calendar. */
export interface ProgramSettings {
	/** First day of the program, `YYYY-MM-DD`. */
	start: string;
	/** First day after the program, `YYYY-MM-DD` (exclusive). */
	end: string;
	cadence: Cadence;
	/** Preferred weekday, ISO numbering: 1 is Monday, 5 is Friday. */
	weekday: number;
	/** Preferred start in the anchor person's local time, minutes after midnight. */
	preferredMinute: number;
	durationMinutes: number;
	workingHours: WorkingHours;
	anchor: AnchorRole;
	/** Days without sessions, `YYYY-MM-DD`, in every participant's calendar. */
	holidays: string[];
}

/** A stretch of time, epoch milliseconds, end exclusive. */
export interface Interval {
	start: number;
	end: number;
}

/** When one session of a pair takes place (the same for every pair in the same zones). */
export interface SessionTime {
	/** 1-based. */
	number: number;
	/** Calendar date of the session in the anchor person's zone. */
	date: string;
	start: number;
	end: number;
	/** Whether the slot lies inside both people's working hours. */
	insideWorkingHours: boolean;
	/** The longest shared working time found on that date, if any (set when the slot is outside). */
	overlap?: Interval;
}

/** The calendar of a pair: sessions plus survey dates. */
export interface PairCalendar {
	sessions: SessionTime[];
	/** `YYYY-MM-DD`, in the program calendar. */
	midpointSurveyDate: string;
	finalSurveyDate: string;
}
