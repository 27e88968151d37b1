import type { INodeProperties } from 'n8n-workflow';

import * as countMeetings from './countMeetings.operation';
import * as dueReminders from './dueReminders.operation';
import * as keepClaimed from './keepClaimed.operation';
import * as logMeeting from './logMeeting.operation';
import * as plan from './plan.operation';
import { programFields } from './common/programFields';

/*
 * Inputs and outputs depend on the operation. n8n evaluates these functions as
 * expression text in the editor and the engine, so they must be self-contained
 * JavaScript: 'main' is written out because NodeConnectionTypes is not in scope there.
 */
const configuredInputs = (parameters: { operation?: string }) =>
	parameters.operation === 'dueReminders'
		? [
				{ type: 'main', displayName: 'Pairs' },
				{ type: 'main', displayName: 'Sent Log' },
				{ type: 'main', displayName: 'Claims' },
			]
		: parameters.operation === 'keepClaimed'
			? [
					{ type: 'main', displayName: 'Reminders' },
					{ type: 'main', displayName: 'Claims' },
				]
			: parameters.operation === 'logMeeting'
				? [{ type: 'main', displayName: 'Verified Links' }]
				: parameters.operation === 'countMeetings'
					? [{ type: 'main', displayName: 'Meetings' }]
					: [{ type: 'main', displayName: 'Pairs' }];

const configuredOutputs = (parameters: { operation?: string }) =>
	parameters.operation === 'dueReminders'
		? [
				{ type: 'main', displayName: 'Due' },
				{ type: 'main', displayName: 'Skipped' },
				{ type: 'main', displayName: 'Rejected' },
			]
		: parameters.operation === 'keepClaimed'
			? [
					{ type: 'main', displayName: 'Won' },
					{ type: 'main', displayName: 'Lost' },
				]
			: parameters.operation === 'logMeeting'
				? [
						{ type: 'main', displayName: 'Meetings' },
						{ type: 'main', displayName: 'Rejected' },
					]
				: parameters.operation === 'countMeetings'
					? [
							{ type: 'main', displayName: 'Pairs' },
							{ type: 'main', displayName: 'Rejected' },
						]
					: [
					{ type: 'main', displayName: 'Plans' },
					{ type: 'main', displayName: 'Rejected' },
				];

/** Operation-dependent inputs, as the expression n8n evaluates. */
export const inputsExpression: `={{${string}}}` = `={{(${configuredInputs})($parameter)}}`;

/** Operation-dependent outputs, as the expression n8n evaluates. */
export const outputsExpression: `={{${string}}}` = `={{(${configuredOutputs})($parameter)}}`;

/** The node's parameters: operation first, then the shared program fields, then each operation's own. */
export const schedulerProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'plan',
		options: [
			{
				name: 'Count Meetings',
				value: 'countMeetings',
				action: 'Count meetings per pair',
				description: 'Meeting rows in, each pair\'s meeting count and last meeting out',
			},
			{
				name: 'Due Reminders',
				value: 'dueReminders',
				action: 'Get reminders due now',
				description: 'Session reminders, introductions, survey invitations and nudges due now and not in the sent log',
			},
			{
				name: 'Keep Claimed',
				value: 'keepClaimed',
				action: 'Keep reminders this execution claimed first',
				description: 'Claim-first sending: keep only reminders whose first claim is this execution\'s',
			},
			{
				name: 'Log Meeting',
				value: 'logMeeting',
				action: 'Log a meeting from a verified link',
				description: 'Turn a verified "We met" or "Not yet" click into a meeting row',
			},
			{
				name: 'Plan',
				value: 'plan',
				action: 'Plan sessions for each pair',
				description: 'Sessions inside both people\'s working hours, topics, survey dates and an optional .ics file',
			},
		],
	},
	...programFields,
	...plan.description,
	...dueReminders.description,
	...keepClaimed.description,
	...logMeeting.description,
	...countMeetings.description,
	];
