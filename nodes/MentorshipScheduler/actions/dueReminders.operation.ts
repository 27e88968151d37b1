import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { InvalidOptionError } from '../../core/errors';

import type { MessageKind } from '../../core/messages/defaultTemplates';
import { DEFAULT_REMINDER_KINDS } from '../../core/messages/defaultTemplates';
import { pairRemindersInWindow } from '../../core/reminders/pairReminders';
import { triageReminders } from '../../core/reminders/triage';
import type { CatchUpPolicy, ReminderCandidate } from '../../core/reminders/types';
import { CATCH_UP_POLICIES } from '../../core/reminders/types';
import { createLocalTimeFormatter } from '../../core/scheduling/localTime';
import { createCalendarCache } from '../../core/scheduling/pairCalendar';
import { calendarOfPair } from '../../core/scheduling/planPair';
import { pairProgramSettings } from '../../core/scheduling/pairStart';
import { isCircleItem } from '../../core/scheduling/readCircle';
import { readSchedulingPair } from '../../core/scheduling/readPair';
import { errorItemOrThrow, isItemDataProblem, parameterMessage, rejectedItem } from '../../shared/errors';
import { readOptionalInput } from '../../shared/inputs';
import { createParameterReader } from './common/parameters';
import { circleReminderItems, idFields } from './common/circleItems';
import { createProgramReader } from './common/readProgram';
import type { ReminderOptions, RenderSetup } from './common/reminderItems';
import { deliveryStatesFrom, dueItem, skippedItem } from './common/reminderItems';

const showFor = { show: { operation: ['dueReminders'] } };

const KIND_OPTIONS = [
	{ name: 'Final Survey', value: 'finalSurvey' },
	{ name: 'Introduction (Kick-Off)', value: 'introduction' },
	{ name: 'Mid-Point Survey', value: 'midpointSurvey' },
	{ name: 'Nudge', value: 'nudge' },
	{ name: 'Session Feedback (After Each Session)', value: 'sessionFeedback' },
	{ name: 'Session Reminder', value: 'sessionReminder' },
];

export const description: INodeProperties[] = [
	{
		displayName:
			'Input 1 takes the pairs, input 2 the sent log (rows with <code>dedupeKey</code>, <code>status</code> sent, failed or skipped, <code>attempt</code>), input 3 the claims (rows with <code>dedupeKey</code>, <code>attempt</code>, <code>executionId</code>, <code>claimedAt</code>). A reminder with a sent or skipped row is never output again; a failed one is due again with the next attempt while it may still go out. Log every Due item as sent or failed and every Skipped item as skipped.',
		name: 'dueRemindersNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
	{
		displayName: 'Current Time',
		name: 'now',
		type: 'string',
		default: '={{ $now.toISO() }}',
		displayOptions: showFor,
		description: 'The time the execution runs at. Keep the default; tests and back-fills can set a fixed time.',
	},
	{
		displayName: 'Look Back (Hours)',
		name: 'lookBackHours',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 48,
		displayOptions: showFor,
		description: 'How far back to look for reminders that are not in the sent log yet. Make it longer than any outage you want to recover from.',
	},
	{
		displayName: 'Reminder Lead Times',
		name: 'leadTimes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: { leadTime: [{ amount: 1, unit: 'days' }, { amount: 1, unit: 'hours' }] },
		placeholder: 'Add Lead Time',
		displayOptions: showFor,
		description: 'How long before each session a reminder goes out',
		options: [
			{
				name: 'leadTime',
				displayName: 'Lead Time',
				values: [
					{ displayName: 'Amount', name: 'amount', type: 'number', typeOptions: { minValue: 0 }, default: 1 },
					{
						displayName: 'Unit',
						name: 'unit',
						type: 'options',
						default: 'hours',
						options: [
							{ name: 'Minutes', value: 'minutes' },
							{ name: 'Hours', value: 'hours' },
							{ name: 'Days', value: 'days' },
						],
					},
				],
			},
		],
	},
	{
		displayName: 'Catch-Up Policy',
		name: 'catchUpPolicy',
		type: 'options',
		default: 'sendWithinMaxLateness',
		displayOptions: showFor,
		options: [
			{
				name: 'Send Late Within Max Lateness',
				value: 'sendWithinMaxLateness',
				description: 'Send a missed reminder if it is at most the max lateness late and its session has not begun; otherwise output it on Skipped with the reason',
			},
			{
				name: 'Send All Missed',
				value: 'sendAll',
				description: 'Send every reminder in the look-back window that is not in the sent log, however late',
			},
		],
		description: 'What happens to reminders whose time passed while n8n was not running. Nothing is dropped silently: a reminder not sent goes to the Skipped output.',
	},
	{
		displayName: 'Max Lateness (Hours)',
		name: 'maxLatenessHours',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 12,
		displayOptions: { show: { operation: ['dueReminders'], catchUpPolicy: ['sendWithinMaxLateness'] } },
		hint: 'Must not exceed the look-back',
	},
	{
		displayName: 'Lease (Minutes)',
		name: 'leaseMinutes',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 15,
		displayOptions: showFor,
		description:
			'How long a claim holds a reminder without a sent or failed row. After that its sender is taken to have died, and the next run tries again with a new attempt. Make it longer than an execution takes from claiming to logging its last send.',
	},
	{
		displayName: 'Nudge After (Weeks)',
		name: 'nudgeAfterWeeks',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 4,
		displayOptions: showFor,
		description: 'Nudge a pair that logged no meeting for this many weeks (counted from the pair item\'s lastMeetingAt, else from the program start). 0 turns nudges off.',
	},
	{
		displayName: 'Options',
		name: 'reminderOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor,
		options: [
			{
				displayName: 'End Pair URL',
				name: 'endPairUrl',
				type: 'string',
				default: '',
				description: 'The person\'s private link to end their pair, shown with Withdraw URL as {{privateLinks}} in every message. The Reminders template writes a placeholder here and puts each person\'s own link in its place.',
			},
			{
				displayName: 'Final Survey URL',
				name: 'finalSurveyUrl',
				type: 'string',
				default: '',
				description: 'Link in the final survey invitation; an expression can add the pair ID',
			},
			{
				displayName: 'Messages',
				name: 'messages',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Message Template',
				description: 'Your own subject and text per kind of reminder. Placeholders such as {{recipientName}}, {{partnerName}}, {{sessionDate}}, {{sessionTime}}, {{topic}}, {{surveyUrl}}, {{meetingLinks}}, {{privateLinks}} are filled in and escaped for each channel.',
				options: [
					{
						name: 'message',
						displayName: 'Message',
						values: [
							{ displayName: 'Kind', name: 'kind', type: 'options', default: 'sessionReminder', options: KIND_OPTIONS },
							{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
							{ displayName: 'Text', name: 'body', type: 'string', typeOptions: { rows: 6 }, default: '' },
						],
					},
				],
			},
			{
				displayName: 'Mid-Point Survey URL',
				name: 'midpointSurveyUrl',
				type: 'string',
				default: '',
				description: 'Link in the mid-point survey invitation; an expression can add the pair ID',
			},
			{
				displayName: 'Not Yet URL',
				name: 'notYetUrl',
				type: 'string',
				default: '',
				description: 'The meeting log\'s "Not yet / reschedule" link in session reminders, shown with We Met URL as {{meetingLinks}}. The Reminders template writes a placeholder here and puts each person\'s own link in its place.',
			},
			{
				displayName: 'Program Name',
				name: 'programName',
				type: 'string',
				default: 'Mentoring program',
				description: 'Used in messages as {{programName}}',
			},
			{
				displayName: 'Reminder Kinds',
				name: 'kinds',
				type: 'multiOptions',
				default: ['introduction', 'sessionReminder', 'midpointSurvey', 'finalSurvey', 'nudge'],
				options: KIND_OPTIONS,
				description: 'Which kinds of reminder to produce',
			},
			{
				displayName: 'Session Feedback URL',
				name: 'sessionFeedbackUrl',
				type: 'string',
				default: '',
				description: 'Link in the feedback request sent when a session\'s time has passed (kind Session Feedback); the Session feedback template puts a personal link here',
			},
			{
				displayName: 'We Met URL',
				name: 'weMetUrl',
				type: 'string',
				default: '',
				description: 'The meeting log\'s "We met" link in session reminders, shown with Not Yet URL as {{meetingLinks}}',
			},
			{
				displayName: 'Withdraw URL',
				name: 'withdrawUrl',
				type: 'string',
				default: '',
				description: 'The person\'s private link to leave the program, shown with End Pair URL as {{privateLinks}} in every message',
			},
		],
	},
];

const UNIT_MINUTES: Record<string, number> = { minutes: 1, hours: 60, days: 1440 };

function readNow(context: IExecuteFunctions): number {
	const value = context.getNodeParameter('now', 0, '') as unknown;
	const text = value instanceof Date ? value.toISOString() : String((value as { toISO?: () => string })?.toISO?.() ?? value);
	const now = Date.parse(text);
	if (Number.isNaN(now)) {
		throw new NodeOperationError(context.getNode(), parameterMessage('now', `"${text.slice(0, 64)}" is not a date and time`), {
			description: 'Keep the default {{ $now.toISO() }} or give an ISO timestamp such as 2026-03-03T09:00:00Z',
		});
	}
	return now;
}

/**
 * Returns every reminder due now (output Due, with the attempt to claim), every one
 * deliberately not sent (output Skipped, with the reason) and every pair that cannot
 * be read (output Rejected, with the field named); the other pairs go on.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const pairs = this.getInputData(0);
	const log = readOptionalInput(this, 1);
	const claims = readOptionalInput(this, 2);
	const read = createParameterReader(this);
	const now = readNow(this);
	const programFor = createProgramReader(read);
	const calendarFor = createCalendarCache();
	const setup: RenderSetup = { templates: new Map(), format: createLocalTimeFormatter() };
	const leaseMinutes = Number(read('leaseMinutes', 0, 15));
	if (!(leaseMinutes > 0)) {
		throw new NodeOperationError(this.getNode(), parameterMessage('leaseMinutes', `${leaseMinutes} is not a number of minutes above 0`), {
			description: 'Keep the default of 15 minutes, or give the longest time an execution takes from claiming to logging its last send',
		});
	}
	const deliveries = deliveryStatesFrom(log, claims, now, leaseMinutes * 60_000);
	const defaultTimezone = this.getTimezone();
	const due: INodeExecutionData[] = [];
	const skipped: INodeExecutionData[] = [];
	const rejected: INodeExecutionData[] = [];
	for (let i = 0; i < pairs.length; i++) {
		const json = pairs[i].json as Record<string, unknown>;
		// The program goes with a rejected item, so a run over several programs can tell each program manager.
		const pairId = { ...idFields(json), ...(typeof json.programId === 'string' ? { programId: json.programId } : {}) };
		try {
			const program = programFor(i);
			const lookBackHours = Number(read('lookBackHours', i, 48));
			const policy = read<CatchUpPolicy>('catchUpPolicy', i, 'sendWithinMaxLateness');
			const maxLatenessHours = policy === 'sendAll' ? 0 : Number(read('maxLatenessHours', i, 12));
			if (!CATCH_UP_POLICIES.includes(policy)) throw new InvalidOptionError('catchUpPolicy', `"${policy}" is not a catch-up policy`);
			if (!(lookBackHours > 0) || maxLatenessHours > lookBackHours) {
				throw new InvalidOptionError(
					'maxLatenessHours',
					`${maxLatenessHours} h is longer than the look-back of ${lookBackHours} h`,
					'A reminder can only be caught up while it is inside the look-back window: make the look-back at least the max lateness',
				);
			}
			const leadMinutes = (read<{ leadTime?: Array<{ amount?: number; unit?: string }> }>('leadTimes', i, {}).leadTime ?? []).map(
				(lead) => Number(lead.amount ?? 0) * (UNIT_MINUTES[lead.unit ?? 'hours'] ?? 60),
			);
			const options = { ...read<ReminderOptions>('reminderOptions', i, {}), ...(program.programName ? { programName: program.programName } : {}) };
			const kinds = new Set((options.kinds ?? DEFAULT_REMINDER_KINDS) as MessageKind[]);
			const window = {
				settings: program.settings,
				from: now - lookBackHours * 3_600_000,
				to: now,
				leadMinutes: [...new Set(leadMinutes)],
				nudgeAfterWeeks: Number(read('nudgeAfterWeeks', i, 4)),
				kinds,
				format: setup.format,
			};
			const triage = (candidates: ReminderCandidate[]) => triageReminders(candidates, { now, deliveries, policy, maxLatenessMs: maxLatenessHours * 3_600_000 });
			if (isCircleItem(json)) {
				const circle = circleReminderItems({ json, window, calendarFor, defaultTimezone, triage, program, options, setup, now, itemIndex: i });
				due.push(...circle.due);
				skipped.push(...circle.skipped);
				continue;
			}
			const pair = readSchedulingPair(json, { defaultTimezone });
			// A rolling program gives each pair its own calendar, from its own start.
			const settings = pairProgramSettings({ settings: program.settings, pair, kickOffWithinDays: program.kickOffWithinDays });
			const calendar = calendarOfPair(pair, settings, calendarFor);
			const candidates = pairRemindersInWindow({ ...window, settings, pair, calendar });
			if (candidates.length === 0) continue;
			const result = triage(candidates);
			// Rendered into a list first, so a pair that fails half-way leaves no half of its reminders on Due.
			const pairDue = result.due.map((reminder) => dueItem(reminder, pair, calendar, program, options, setup, now, i));
			due.push(...pairDue);
			for (const reminder of result.skipped) skipped.push(skippedItem(reminder, pair, i));
		} catch (error) {
			// A pair whose data cannot be read is rejected with the field named; the other pairs go on.
			rejected.push(isItemDataProblem(error) ? rejectedItem(error, i, pairId) : errorItemOrThrow(this, error, i, pairId));
		}
	}
	return [due, skipped, rejected];
}
