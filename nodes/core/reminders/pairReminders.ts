import type { MessageKind } from '../messages/defaultTemplates';
import type { LocalTimeFormatter } from '../scheduling/localTime';
import type { PairCalendar, ProgramSettings, SchedulingPair, SessionTime } from '../scheduling/types';
import { compactUtc, reminderDedupeKey } from './dedupeKey';
import type { RecipientRole, ReminderCandidate } from './types';

/** Options of {@link pairRemindersInWindow}. */
export interface PairRemindersOptions {
	pair: SchedulingPair;
	settings: ProgramSettings;
	calendar: PairCalendar;
	/** Reminders with `from < dueAt <= to` (epoch ms) are returned. */
	from: number;
	to: number;
	/** Minutes before each session a reminder goes out, e.g. `[1440, 60]`. */
	leadMinutes: number[];
	/** Weeks without a logged meeting before a nudge; 0 turns nudges off. */
	nudgeAfterWeeks: number;
	kinds: ReadonlySet<MessageKind>;
	format: LocalTimeFormatter;
}

const ROLES: RecipientRole[] = ['mentor', 'mentee'];
const WEEK = 7 * 86_400_000;

function firstSessionIndexAfter(starts: PairCalendar['sessions'], ms: number): number {
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (starts[middle].start > ms) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** A reminder of the program as it applies to every pair with the same calendar and zones. */
interface ScheduledReminder {
	kind: MessageKind;
	recipientRole: RecipientRole;
	dueAt: number;
	/** The part of the dedupe key that names the occasion. */
	occasion: string;
	session?: SessionTime;
	leadMinutes?: number;
	weeksWithoutMeeting?: number;
}

function nudges(
	reference: number,
	period: number,
	weeks: number,
	programEnd: number,
	sessions: SessionTime[],
	from: number,
	to: number,
): ScheduledReminder[] {
	const found: ScheduledReminder[] = [];
	const firstStep = Math.max(1, Math.ceil((from - reference) / period));
	for (let step = firstStep; ; step++) {
		const dueAt = reference + step * period;
		if (dueAt > to || dueAt >= programEnd) break;
		if (dueAt <= from) continue;
		const next = sessions[firstSessionIndexAfter(sessions, dueAt)];
		for (const recipientRole of ROLES) {
			found.push({
				kind: 'nudge',
				recipientRole,
				dueAt,
				occasion: `${compactUtc(reference)}+${step * weeks}w`,
				weeksWithoutMeeting: step * weeks,
				...(next ? { session: next } : {}),
			});
		}
	}
	return found;
}

/** Every reminder of the whole program for pairs in these zones, sorted by due time. */
function programReminders(options: PairRemindersOptions): ScheduledReminder[] {
	const { pair, settings, calendar, kinds, format } = options;
	const sessions = calendar.sessions;
	const found: ScheduledReminder[] = [];
	const dayStart = (date: string, role: RecipientRole) => format.instant(date, settings.workingHours.startMinute, pair[role].timezone);
	if (kinds.has('sessionReminder')) {
		for (const lead of options.leadMinutes) {
			for (const session of sessions) {
				for (const recipientRole of ROLES) {
					found.push({
						kind: 'sessionReminder',
						recipientRole,
						dueAt: session.start - lead * 60_000,
						occasion: `${session.number}@${compactUtc(session.start)}-${lead}m`,
						session,
						leadMinutes: lead,
					});
				}
			}
		}
	}
	// Feedback is asked for once a session's time has passed: at its planned end.
	if (kinds.has('sessionFeedback')) {
		for (const session of sessions) {
			for (const recipientRole of ROLES) {
				found.push({ kind: 'sessionFeedback', recipientRole, dueAt: session.end, occasion: `${session.number}@${compactUtc(session.start)}-feedback`, session });
			}
		}
	}
	const dated: Array<[MessageKind, string]> = [
		['introduction', settings.start],
		['midpointSurvey', calendar.midpointSurveyDate],
		['finalSurvey', calendar.finalSurveyDate],
	];
	for (const [kind, date] of dated) {
		if (!kinds.has(kind)) continue;
		for (const recipientRole of ROLES) {
			found.push({
				kind,
				recipientRole,
				dueAt: dayStart(date, recipientRole),
				occasion: date,
				...(kind === 'introduction' && sessions.length > 0 ? { session: sessions[0] } : {}),
			});
		}
	}
	if (kinds.has('nudge') && options.nudgeAfterWeeks > 0) {
		// Pairs that never logged a meeting count from the program start; others are done per pair.
		const reference = dayStart(settings.start, settings.anchor);
		const programEnd = Date.parse(`${settings.end}T00:00:00Z`);
		const weeks = options.nudgeAfterWeeks;
		for (const nudge of nudges(reference, weeks * WEEK, weeks, programEnd, sessions, reference, programEnd)) found.push({ ...nudge, kind: 'nudge' });
	}
	return found.sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * Program reminders per formatter (one execution), calendar and zones: 10,000 pairs
 * share a few dozen of these, so a pair costs a binary search, not a walk through
 * its year. Weak keys release them with the execution's objects.
 */
const programMemo = new WeakMap<LocalTimeFormatter, WeakMap<PairCalendar, Map<string, ScheduledReminder[]>>>();

function memoisedProgramReminders(options: PairRemindersOptions): ScheduledReminder[] {
	const { pair, format, calendar } = options;
	let byCalendar = programMemo.get(format);
	if (!byCalendar) programMemo.set(format, (byCalendar = new WeakMap()));
	let byKey = byCalendar.get(calendar);
	if (!byKey) byCalendar.set(calendar, (byKey = new Map()));
	const key = `${pair.mentor.timezone}|${pair.mentee.timezone}|${options.leadMinutes.join(',')}|${[...options.kinds].join(',')}|${options.nudgeAfterWeeks}|${options.settings.start}|${options.settings.end}|${options.settings.workingHours.startMinute}|${options.settings.anchor}`;
	let reminders = byKey.get(key);
	if (!reminders) {
		reminders = programReminders(options);
		byKey.set(key, reminders);
	}
	return reminders;
}

function firstDueAfter(reminders: ScheduledReminder[], ms: number): number {
	let low = 0;
	let high = reminders.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (reminders[middle].dueAt > ms) high = middle;
		else low = middle + 1;
	}
	return low;
}

/**
 * Every reminder of one pair that falls due in a window: session reminders for each
 * lead time, the kick-off introduction (program start, at the start of each person's
 * working day), the mid-point and final survey invitations (same time of day) and
 * nudges every N weeks after the last logged meeting (or the program start). Each
 * person gets their own reminder. A pair costs a binary search in its program's
 * reminders (shared by every pair in the same zones), not a walk through the year.
 *
 * @example
 * pairRemindersInWindow({ pair, settings, calendar, from: now - 3_600_000, to: now, leadMinutes: [1440, 60],
 *   nudgeAfterWeeks: 4, kinds: new Set(MESSAGE_KINDS), format }) // [{ kind: 'sessionReminder', ... }]
 */
export function pairRemindersInWindow(options: PairRemindersOptions): ReminderCandidate[] {
	const { pair, settings, calendar, from, to } = options;
	const reminders = memoisedProgramReminders(options);
	const found: ReminderCandidate[] = [];
	const add = (reminder: ScheduledReminder) => {
		const { occasion, ...rest } = reminder;
		found.push({ ...rest, dedupeKey: reminderDedupeKey({ pairId: pair.pairId, kind: reminder.kind, recipientRole: reminder.recipientRole, occasion }) });
	};
	const logged = pair.lastMeetingAt !== undefined;
	for (let i = firstDueAfter(reminders, from); i < reminders.length && reminders[i].dueAt <= to; i++) {
		if (logged && reminders[i].kind === 'nudge') continue;
		add(reminders[i]);
	}
	if (logged && options.kinds.has('nudge') && options.nudgeAfterWeeks > 0) {
		const weeks = options.nudgeAfterWeeks;
		const programEnd = Date.parse(`${settings.end}T00:00:00Z`);
		for (const nudge of nudges(pair.lastMeetingAt as number, weeks * WEEK, weeks, programEnd, calendar.sessions, from, to)) add(nudge);
	}
	return found.sort((a, b) => a.dueAt - b.dueAt || (a.dedupeKey < b.dedupeKey ? -1 : 1));
}
