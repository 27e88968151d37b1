import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { circleRemindersInWindow } from '../../../core/reminders/circleReminders';
import type { CircleRemindersOptions } from '../../../core/reminders/circleReminders';
import type { triageReminders } from '../../../core/reminders/triage';
import type { ReminderCandidate } from '../../../core/reminders/types';

import type { LocalTimeFormatter } from '../../../core/scheduling/localTime';
import type { CalendarLookup } from '../../../core/scheduling/pairCalendar';
import type { CirclePlan } from '../../../core/scheduling/planCircle';
import { circleCalendar, planCircle } from '../../../core/scheduling/planCircle';
import { readSchedulingCircle } from '../../../core/scheduling/readCircle';
import type { ScheduledPerson } from '../../../core/scheduling/types';
import type { ItemProgram } from './readProgram';
import type { ReminderOptions, RenderSetup } from './reminderItems';
import { dueItem, skippedItem } from './reminderItems';

/** What planning one item needs besides the item. */
export interface PlanContext {
	program: ItemProgram;
	calendarFor: CalendarLookup;
	format: LocalTimeFormatter;
	defaultTimezone: string;
	programName: string;
}

/**
 * The ids an error or rejected item repeats: pairId, and circleId for a circle.
 *
 * @example idFields({ circleId: 'c1' }) // { circleId: 'c1' }
 */
export function idFields(json: Record<string, unknown>): IDataObject {
	const ids: IDataObject = {};
	for (const key of ['pairId', 'circleId']) if (typeof json[key] === 'string' || typeof json[key] === 'number') ids[key] = json[key] as string | number;
	return ids;
}

/** A circle's plan item (mentor, mentees, memberEmails, shared sessions) and the party its calendar file invites. */
export function circlePlanItem(
	json: Record<string, unknown>,
	context: PlanContext,
): { json: IDataObject; party: { id: string; title: string; organizer: ScheduledPerson; attendees: ScheduledPerson[] }; plan: CirclePlan } {
	const circle = readSchedulingCircle(json, { defaultTimezone: context.defaultTimezone });
	const plan = planCircle({ circle, settings: context.program.settings, bank: context.program.bank, calendarFor: context.calendarFor, format: context.format });
	return {
		json: {
			circleId: circle.circleId,
			...(circle.programId ? { programId: circle.programId } : {}),
			mentorId: circle.mentor.id,
			mentorName: circle.mentor.name,
			mentorEmail: circle.mentor.email,
			mentorTimezone: circle.mentor.timezone,
			mentees: circle.mentees.map((mentee) => ({ ...mentee })),
			memberEmails: [circle.mentor.email, ...circle.mentees.map((mentee) => mentee.email)],
			...(circle.channel ? { channel: circle.channel } : {}),
			...plan,
		} as unknown as IDataObject,
		party: {
			id: circle.circleId,
			title: `${context.programName}: circle of ${circle.mentor.name}`,
			organizer: circle.mentor,
			attendees: [circle.mentor, ...circle.mentees],
		},
		plan,
	};
}

/** What Due Reminders hands over for one circle item. */
export interface CircleReminderInput {
	json: Record<string, unknown>;
	/** The reminder window and kinds, as for a pair. */
	window: Omit<CircleRemindersOptions, 'circle' | 'calendar'>;
	calendarFor: CalendarLookup;
	defaultTimezone: string;
	triage: (candidates: ReminderCandidate[]) => ReturnType<typeof triageReminders>;
	program: ItemProgram;
	options: ReminderOptions;
	setup: RenderSetup;
	now: number;
	itemIndex: number;
}

/**
 * Due and Skipped items of one circle: a reminder per member for each shared session,
 * survey and nudge, each with the circle's id and the pair id it is logged under.
 */
export function circleReminderItems(input: CircleReminderInput): { due: INodeExecutionData[]; skipped: INodeExecutionData[] } {
	const circle = readSchedulingCircle(input.json, { defaultTimezone: input.defaultTimezone });
	const calendar = circleCalendar(circle, input.program.settings, input.calendarFor);
	const found = circleRemindersInWindow({ ...input.window, circle, calendar });
	const byKey = new Map(found.map((entry) => [entry.reminder.dedupeKey, entry]));
	const result = input.triage(found.map((entry) => entry.reminder));
	const ids = (item: INodeExecutionData, key: string) => {
		item.json.pairId = byKey.get(key)!.memberPairId;
		item.json.circleId = circle.circleId;
		return item;
	};
	return {
		due: result.due.map((reminder) =>
			ids(dueItem(reminder, byKey.get(reminder.dedupeKey)!.pair, calendar, input.program, input.options, input.setup, input.now, input.itemIndex), reminder.dedupeKey),
		),
		skipped: result.skipped.map((reminder) => ids(skippedItem(reminder, byKey.get(reminder.dedupeKey)!.pair, input.itemIndex), reminder.dedupeKey)),
	};
}
