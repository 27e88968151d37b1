import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { RunResult, WorkflowJson } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';

export const SCHEDULER = 'Mentorship Scheduler';

/** Options of {@link runScheduler}. */
export interface RunSchedulerOptions {
	/** Items on input 1 (pairs or reminders). */
	items: IDataObject[];
	/** Items on input 2 (sent log or claims); fed by stock Set and Split Out nodes. */
	secondInput?: IDataObject[];
	executionId?: string;
	/** Node settings such as `onError`. */
	nodeSettings?: IDataObject;
}

/**
 * Runs the scheduler node through n8n's engine: a Manual Trigger feeds input 1, and
 * (when given) a stock Set node (run once) plus Split Out feed input 2, as a Data
 * Table read would in a template.
 */
export async function runScheduler(parameters: INodeParameters, options: RunSchedulerOptions): Promise<RunResult> {
	const nodes: WorkflowJson['nodes'] = [
		{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: '2',
			name: SCHEDULER,
			type: 'n8n-nodes-mentorship.mentorshipScheduler',
			typeVersion: 1,
			position: [600, 0],
			parameters,
			...(options.nodeSettings ?? {}),
		},
	];
	const connections: WorkflowJson['connections'] = {
		Start: { main: [[{ node: SCHEDULER, type: 'main', index: 0 }]] },
	};
	if (options.secondInput) {
		nodes.push(
			{
				id: '3',
				name: 'Second Input',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 200],
				executeOnce: true,
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows: options.secondInput }), options: {} },
			},
			{
				id: '4',
				name: 'Split Rows',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [400, 200],
				alwaysOutputData: true,
				parameters: { fieldToSplitOut: 'rows', options: {} },
			},
		);
		connections.Start.main[0]?.push({ node: 'Second Input', type: 'main', index: 0 });
		connections['Second Input'] = { main: [[{ node: 'Split Rows', type: 'main', index: 0 }]] };
		connections['Split Rows'] = { main: [[{ node: SCHEDULER, type: 'main', index: 1 }]] };
	}
	return await runWorkflow(
		{ nodes, connections },
		{ start: { node: 'Start', items: options.items }, ...(options.executionId ? { executionId: options.executionId } : {}) },
	);
}

/** The JSON of one output of the scheduler. */
export function jsonOf(result: RunResult, output = 0): IDataObject[] {
	return result.output(SCHEDULER, output).map((item: INodeExecutionData) => item.json);
}

/** A pair item as the Mentor Matcher emits it. */
export function matchItem(overrides: IDataObject = {}): IDataObject {
	return {
		pairId: 'pair-ann-bo',
		programId: 'spring-2026',
		mentorId: 'e1',
		mentorName: 'Ann de Vries',
		mentorEmail: 'ann@example.com',
		mentorTimezone: 'Europe/Amsterdam',
		menteeId: 'e2',
		menteeName: 'Bo Smith',
		menteeEmail: 'bo@example.com',
		menteeTimezone: 'America/New_York',
		score: 87,
		...overrides,
	};
}

/** Due Reminders for a six-week weekly program starting Monday 2 March 2026, run at 14:00 UTC that day. */
export const DUE_ON_START_DAY = {
	operation: 'dueReminders',
	programStart: '2026-03-02',
	programLengthUnit: 'weeks',
	programLength: 6,
	cadence: 'weekly',
	now: '2026-03-02T14:00:00Z',
};
