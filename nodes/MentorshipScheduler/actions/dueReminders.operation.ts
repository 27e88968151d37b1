import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { MessageKind } from '../../core/messages/defaultTemplates';
import { MESSAGE_KINDS } from '../../core/messages/defaultTemplates';
import { pairRemindersInWindow } from '../../core/reminders/pairReminders';
import { triageReminders } from '../../core/reminders/triage';
import type { CatchUpPolicy } from '../../core/reminders/types';
import { CATCH_UP_POLICIES } from '../../core/reminders/types';
import { createLocalTimeFormatter } from '../../core/scheduling/localTime';
import { createCalendarCache } from '../../core/scheduling/pairCalendar';
import { calendarOfPair } from '../../core/scheduling/planPair';
import { readSchedulingPair } from '../../core/scheduling/readPair';
import { itemErrorOrThrow } from './common/itemErrors';
import { createParameterReader } from './common/parameters';
import { createProgramReader } from './common/readProgram';
import type { ReminderOptions, RenderSetup } from './common/reminderItems';
import { dueItem, sentKeysFrom, skippedItem } from './common/reminderItems';

const showFor = { show: { operation: ['dueReminders'] } };

const KIND_OPTIONS = [
	{ name: 'Final Survey', value: 'finalSurvey' },
	{ name: 'Introduction (Kick-Off)', value: 'introduction' },
	{ name: 'Mid-Point Survey', value: 'midpointSurvey' },
	{ name: 'Nudge', value: 'nudge' },
	{ name: 'Session Reminder', value: 'sessionReminder' },
];

export const description: INodeProperties[] = [
	{
		displayName:
			'Input 1 takes the pairs, input 2 the sent log (items with a <code>dedupeKey</code>, e.g. read from a Data Table). A reminder whose key is in the log is never output again, so log every item of both outputs after sending.',
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
				description: 'Your own subject and text per kind of reminder. Placeholders such as {{recipientName}}, {{partnerName}}, {{sessionDate}}, {{sessionTime}}, {{topic}}, {{surveyUrl}} are filled in and escaped for each channel.',
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
		],
	},
];

const UNIT_MINUTES: Record<string, number> = { minutes: 1, hours: 60, days: 1440 };

function readNow(context: IExecuteFunctions): number {
	const value = context.getNodeParameter('now', 0, '') as unknown;
	const text = value instanceof Date ? value.toISOString() : String((value as { toISO?: () => string })?.toISO?.() ?? value);
	const now = Date.parse(text);
	if (Number.isNaN(now)) {
		throw new NodeOperationError(context.getNode(), `Current Time "${text}" is not a date and time`, {
			description: 'Keep the default {{ $now.toISO() }} or give an ISO timestamp such as 2026-03-03T09:00:00Z',
		});
	}
	return now;
}

/** Returns every reminder due now (output Due) and every one deliberately not sent (output Skipped). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const pairs = this.getInputData(0);
	const log = this.getInputData(1) ?? [];
	const read = createParameterReader(this);
	const programFor = createProgramReader(read);
	const calendarFor = createCalendarCache();
	const setup: RenderSetup = { templates: new Map(), format: createLocalTimeFormatter() };
	const now = readNow(this);
	const sentKeys = sentKeysFrom(log);
	const defaultTimezone = this.getTimezone();
	const due: INodeExecutionData[] = [];
	const skipped: INodeExecutionData[] = [];
	for (let i = 0; i < pairs.length; i++) {
		const json = pairs[i].json as Record<string, unknown>;
		try {
			const program = programFor(i);
			const lookBackHours = Number(read('lookBackHours', i, 48));
			const policy = read<CatchUpPolicy>('catchUpPolicy', i, 'sendWithinMaxLateness');
			const maxLatenessHours = policy === 'sendAll' ? 0 : Number(read('maxLatenessHours', i, 12));
			if (!CATCH_UP_POLICIES.includes(policy)) throw new NodeOperationError(this.getNode(), `Catch-up policy "${policy}" is unknown`, { itemIndex: i });
			if (!(lookBackHours > 0) || maxLatenessHours > lookBackHours) {
				throw new NodeOperationError(this.getNode(), `Max lateness (${maxLatenessHours} h) is longer than the look-back (${lookBackHours} h)`, {
					itemIndex: i,
					description: 'A reminder can only be caught up while it is inside the look-back window: make the look-back at least the max lateness',
				});
			}
			const leadMinutes = (read<{ leadTime?: Array<{ amount?: number; unit?: string }> }>('leadTimes', i, {}).leadTime ?? []).map(
				(lead) => Number(lead.amount ?? 0) * (UNIT_MINUTES[lead.unit ?? 'hours'] ?? 60),
			);
			const options = read<ReminderOptions>('reminderOptions', i, {});
			const kinds = new Set((options.kinds ?? MESSAGE_KINDS) as MessageKind[]);
			const pair = readSchedulingPair(json, { defaultTimezone });
			const calendar = calendarOfPair(pair, program.settings, calendarFor);
			const candidates = pairRemindersInWindow({
				pair,
				settings: program.settings,
				calendar,
				from: now - lookBackHours * 3_600_000,
				to: now,
				leadMinutes: [...new Set(leadMinutes)],
				nudgeAfterWeeks: Number(read('nudgeAfterWeeks', i, 4)),
				kinds,
				format: setup.format,
			});
			if (candidates.length === 0) continue;
			const result = triageReminders(candidates, { now, sentKeys, policy, maxLatenessMs: maxLatenessHours * 3_600_000 });
			for (const reminder of result.due) due.push(dueItem(reminder, pair, calendar, program, options, setup, now, i));
			for (const reminder of result.skipped) skipped.push(skippedItem(reminder, pair, i));
		} catch (error) {
			// Errors go to Skipped: an item there is never sent, and the error says why.
			skipped.push(itemErrorOrThrow(this, error, i, json));
		}
	}
	return [due, skipped];
}
