import type { INodeProperties } from 'n8n-workflow';

import * as closeProgram from './closeProgram.operation';
import * as decideAcceptance from './decideAcceptance.operation';
import * as countMeetings from './countMeetings.operation';
import * as dueReminders from './dueReminders.operation';
import * as endLeavers from './endLeavers.operation';
import * as endPair from './endPair.operation';
import * as keepClaimed from './keepClaimed.operation';
import * as offerPlaces from './offerPlaces.operation';
import * as logMeeting from './logMeeting.operation';
import * as plan from './plan.operation';
import { endingParameters } from './common/endings';
import { seatParameters } from './common/placeRows';
import { programFields } from './common/programFields';

/*
 * Inputs and outputs depend on the operation. n8n evaluates these functions as
 * expression text in the editor and the engine, so they must be self-contained
 * JavaScript: 'main' is written out because NodeConnectionTypes is not in scope there.
 * Each operation's inputs and outputs are named in one table; an unknown operation is Plan's.
 */
const configuredInputs = (parameters: { operation?: string }) =>
	(
		(
			({
				dueReminders: ['Pairs', 'Sent Log', 'Claims'],
				keepClaimed: ['Reminders', 'Claims'],
				endLeavers: ['Pairs', 'People'],
				offerPlaces: ['Roster'],
				decideAcceptance: ['Roster', 'Claims'],
				logMeeting: ['Verified Links'],
				countMeetings: ['Meetings'],
			}) as Record<string, string[]>
		)[parameters.operation || ''] || ['Pairs']
	).map((displayName) => ({ type: 'main', displayName }));

const configuredOutputs = (parameters: { operation?: string }) =>
	(
		(
			({
				dueReminders: ['Due', 'Skipped', 'Rejected'],
				keepClaimed: ['Won', 'Lost'],
				endPair: ['Ended', 'Rejected'],
				endLeavers: ['Ended', 'Rejected'],
				closeProgram: ['Closed', 'Rejected'],
				offerPlaces: ['Offers', 'Lapsed'],
				decideAcceptance: ['Decided', 'Not Open'],
				logMeeting: ['Meetings', 'Rejected'],
				countMeetings: ['Pairs', 'Rejected'],
			}) as Record<string, string[]>
		)[parameters.operation || ''] || ['Plans', 'Rejected']
	).map((displayName) => ({ type: 'main', displayName }));

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
				name: 'Close Program',
				value: 'closeProgram',
				action: 'Close the program at its end',
				description: 'Complete every active pair on the program\'s last day, with closing messages and thank-yous to mentors',
			},
			{
				name: 'Count Meetings',
				value: 'countMeetings',
				action: 'Count meetings per pair',
				description: 'Meeting rows in, each pair\'s meeting count and last meeting out',
			},
			{
				name: 'Decide Acceptance',
				value: 'decideAcceptance',
				action: 'Decide an accepted place offer',
				description: 'Give a waitlisted person who accepted an offer their place, never over the limit',
			},
			{
				name: 'Due Reminders',
				value: 'dueReminders',
				action: 'Get reminders due now',
				description: 'Session reminders, introductions, survey invitations and nudges due now and not in the sent log',
			},
			{
				name: 'End Leavers\' Pairs',
				value: 'endLeavers',
				action: 'End the pairs of people who left',
				description: 'End active pairs whose member\'s HR termination date has come',
			},
			{
				name: 'End Pair',
				value: 'endPair',
				action: 'End a pair early',
				description: 'End an active pair at a member\'s request: new pair columns, roster changes, blame-free messages',
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
				name: 'Offer Places',
				value: 'offerPlaces',
				action: 'Offer freed places to the waitlist',
				description: 'Offer each free place to the next waitlisted person of its role, and let unanswered offers lapse',
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
	...endingParameters,
	...endPair.description,
	...endLeavers.description,
	...seatParameters,
	...offerPlaces.description,
	...decideAcceptance.description,
	...closeProgram.description,
	...logMeeting.description,
	...countMeetings.description,
	];
