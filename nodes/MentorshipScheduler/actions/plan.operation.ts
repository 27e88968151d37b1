import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pairCalendarFile } from '../../core/ics/pairCalendarFile';
import { createLocalTimeFormatter } from '../../core/scheduling/localTime';
import { createCalendarCache } from '../../core/scheduling/pairCalendar';
import type { PairPlan } from '../../core/scheduling/planPair';
import { planPair } from '../../core/scheduling/planPair';
import { readSchedulingPair } from '../../core/scheduling/readPair';
import type { SchedulingPair } from '../../core/scheduling/types';
import { errorItemOrThrow, isItemDataProblem, rejectedItem } from '../../shared/errors';
import { createParameterReader } from './common/parameters';
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

function calendarText(pair: SchedulingPair, plan: PairPlan, programName: string): string {
	const title = `${programName}: ${pair.mentor.name} & ${pair.mentee.name}`;
	return pairCalendarFile({
		pairId: pair.pairId,
		// Derived from the input, not the clock, so the same plan gives the same file.
		stamp: Date.parse(`${plan.programStart}T00:00:00Z`),
		calendarName: title,
		organizer: pair.mentor,
		attendees: [pair.mentor, pair.mentee],
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

/** Plans every pair's sessions: one item per pair (output Plans), with an .ics file when asked; a pair that cannot be read goes to Rejected. */
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
			const pair = readSchedulingPair(json, { defaultTimezone });
			const plan = planPair({ pair, settings: program.settings, bank: program.bank, calendarFor, format });
			const item: INodeExecutionData = {
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
				} as unknown as INodeExecutionData['json'],
				pairedItem: { item: i },
			};
			if (read('attachCalendar', i, false)) {
				const programName = program.programName || read<{ programName?: string }>('planOptions', i, {}).programName || 'Mentoring program';
				const fileName = `pair-${pair.pairId.replace(/[^A-Za-z0-9._-]/g, '_')}.ics`;
				item.binary = {
					[read('binaryPropertyName', i, 'data')]: await this.helpers.prepareBinaryData(
						Buffer.from(calendarText(pair, plan, programName), 'utf8'),
						fileName,
						'text/calendar',
					),
				};
			}
			out.push(item);
		} catch (error) {
			const pairId = typeof json.pairId === 'string' || typeof json.pairId === 'number' ? { pairId: json.pairId } : {};
			rejected.push(isItemDataProblem(error) ? rejectedItem(error, i, pairId) : errorItemOrThrow(this, error, i, pairId));
		}
	}
	return [out, rejected];
}
