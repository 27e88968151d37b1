import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pairCalendarFile } from '../../core/ics/pairCalendarFile';
import { createLocalTimeFormatter } from '../../core/scheduling/localTime';
import { createCalendarCache } from '../../core/scheduling/pairCalendar';
import type { PairPlan } from '../../core/scheduling/planPair';
import { planPair } from '../../core/scheduling/planPair';
import { pairProgramSettings } from '../../core/scheduling/pairStart';
import { readSchedulingPair } from '../../core/scheduling/readPair';
import { errorItemOrThrow, isItemDataProblem, rejectedItem } from '../../shared/errors';
import { createParameterReader } from './common/parameters';
import type { CirclePlan } from '../../core/scheduling/planCircle';
import { isCircleItem } from '../../core/scheduling/readCircle';
import type { ScheduledPerson } from '../../core/scheduling/types';
import { circlePlanItem, idFields } from './common/circleItems';
import type { PlanContext } from './common/circleItems';
import { createProgramReader } from './common/readProgram';

const showFor = { show: { operation: ['plan'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Attach Calendar File',
		name: 'attachCalendar',
		type: 'boolean',
		default: false,
		displayOptions: showFor,
		description: 'Whether to attach an iCalendar (.ics) file with every session to each pair, for Google Calendar and Outlook',
	},
	{
		displayName: 'Put Calendar File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		displayOptions: { show: { operation: ['plan'], attachCalendar: [true] } },
		hint: 'The name of the binary field the Send Email node attaches',
	},
	{
		displayName: 'Options',
		name: 'planOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor,
		options: [
			{
				displayName: 'Program Name',
				name: 'programName',
				type: 'string',
				default: 'Mentoring program',
				description: 'Shown in calendar entries',
			},
		],
	},
];

function sessionDescription(topic: string, icebreakers: string[] | undefined, programName: string): string {
	const lines = [`${programName}`, `Topic: ${topic}`];
	if (icebreakers?.length) lines.push('Icebreakers:', ...icebreakers.map((question) => `- ${question}`));
	return lines.join('\n');
}

/** Who a calendar file is for: the pair's or circle's id, a title, the organiser and everyone invited. */
interface CalendarParty {
	id: string;
	title: string;
	organizer: ScheduledPerson;
	attendees: ScheduledPerson[];
}

function calendarText(party: CalendarParty, plan: PairPlan | CirclePlan, programName: string): string {
	const { title } = party;
	return pairCalendarFile({
		pairId: party.id,
		// Derived from the input, not the clock, so the same plan gives the same file.
		stamp: Date.parse(`${plan.programStart}T00:00:00Z`),
		calendarName: title,
		organizer: party.organizer,
		attendees: party.attendees,
		sessions: plan.sessions.map((session) => ({
			number: session.number,
			start: Date.parse(session.start),
			end: Date.parse(session.end),
			summary: `${title} (${session.number}/${plan.sessionCount})`,
			description: sessionDescription(session.topic, session.icebreakers, programName),
		})),
		allDayEvents: [
			{ key: 'midpoint-survey', date: plan.midpointSurveyDate, summary: `${programName}: mid-point survey`, description: title },
			{ key: 'final-survey', date: plan.finalSurveyDate, summary: `${programName}: final survey`, description: title },
		],
	});
}

// A pair's plan item and the party its calendar file invites.
function pairPlanItem(json: Record<string, unknown>, context: PlanContext): { json: IDataObject; party: CalendarParty; plan: PairPlan } {
	const pair = readSchedulingPair(json, { defaultTimezone: context.defaultTimezone });
	// A rolling program gives each pair its own calendar, from its own start.
	const settings = pairProgramSettings({ settings: context.program.settings, pair, kickOffWithinDays: context.program.kickOffWithinDays });
	const plan = planPair({ pair, settings, bank: context.program.bank, calendarFor: context.calendarFor, format: context.format });
	return {
		json: {
			pairId: pair.pairId,
			...(pair.programId ? { programId: pair.programId } : {}),
			mentorId: pair.mentor.id,
			mentorName: pair.mentor.name,
			mentorEmail: pair.mentor.email,
			mentorTimezone: pair.mentor.timezone,
			menteeId: pair.mentee.id,
			menteeName: pair.mentee.name,
			menteeEmail: pair.mentee.email,
			menteeTimezone: pair.mentee.timezone,
			...(pair.channel ? { channel: pair.channel } : {}),
			...plan,
		} as unknown as IDataObject,
		party: { id: pair.pairId, title: `${context.programName}: ${pair.mentor.name} & ${pair.mentee.name}`, organizer: pair.mentor, attendees: [pair.mentor, pair.mentee] },
		plan,
	};
}

/**
 * Plans every pair's sessions: one item per pair (output Plans), or one per group circle
 * (an item with circleId and mentees) with the shared sessions in every member's zone;
 * an .ics file when asked; an item that cannot be read goes to Rejected.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const read = createParameterReader(this);
	const programFor = createProgramReader(read);
	const calendarFor = createCalendarCache();
	const format = createLocalTimeFormatter();
	const defaultTimezone = this.getTimezone();
	const out: INodeExecutionData[] = [];
	const rejected: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		const json = items[i].json as Record<string, unknown>;
		try {
			const program = programFor(i);
			const context: PlanContext = {
				program,
				calendarFor,
				format,
				defaultTimezone,
				programName: program.programName || read<{ programName?: string }>('planOptions', i, {}).programName || 'Mentoring program',
			};
			const planned = isCircleItem(json) ? circlePlanItem(json, context) : pairPlanItem(json, context);
			const item: INodeExecutionData = { json: planned.json, pairedItem: { item: i } };
			if (read('attachCalendar', i, false)) {
				const fileName = `${isCircleItem(json) ? 'circle' : 'pair'}-${planned.party.id.replace(/[^A-Za-z0-9._-]/g, '_')}.ics`;
				item.binary = {
					[read('binaryPropertyName', i, 'data')]: await this.helpers.prepareBinaryData(
						Buffer.from(calendarText(planned.party, planned.plan, context.programName), 'utf8'),
						fileName,
						'text/calendar',
					),
				};
			}
			out.push(item);
		} catch (error) {
			const pairId = idFields(json);
			rejected.push(isItemDataProblem(error) ? rejectedItem(error, i, pairId) : errorItemOrThrow(this, error, i, pairId));
		}
	}
	return [out, rejected];
}
