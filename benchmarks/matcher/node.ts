/**
 * The Mentor Matcher node itself, through n8n's engine (test harness, our node loaded
 * from dist/): participants in as input items, Matches / Unmatched / Summary out.
 * "in node" is n8n's own `executionTime` of the node (reading items, matching,
 * explaining every pair, building output items with pairedItem); "workflow" is the
 * whole `runWorkflow` call around it.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Participant } from '../../nodes/core/types';
import { runWorkflow } from '../../test/harness/runWorkflow';

const MATCHER = 'Mentor Matcher';

export interface NodeRun {
	inNodeMs: number;
	workflowMs: number;
	cpuMs: number;
	matches: number;
	unmatched: number;
	summary: IDataObject;
}

export async function runMatcherNode(participants: readonly Participant[], settings: { exact: boolean; rules: Record<string, boolean>; candidatesPerMentee: number }): Promise<NodeRun> {
	const workflow = {
		nodes: [
			{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} },
			{
				id: '2',
				name: MATCHER,
				type: 'n8n-nodes-mentorship.mentorMatcher',
				typeVersion: 1,
				position: [200, 0] as [number, number],
				parameters: {
					operation: 'match',
					programKind: 'mentoring',
					minScore: 0,
					exact: settings.exact,
					rules: settings.rules,
					options: { referenceDate: '2026-03-02T12:00:00Z', candidatesPerMentee: settings.candidatesPerMentee },
				},
			},
		],
		connections: { Start: { main: [[{ node: MATCHER, type: 'main' as const, index: 0 }]] } },
		settings: { executionOrder: 'v1' as const },
	};
	const items = participants as unknown as IDataObject[];
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	const result = await runWorkflow(workflow, { start: { node: 'Start', items } });
	const workflowMs = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	if (result.status !== 'success') throw new Error(`the workflow ended with status ${result.status}`);
	const [matches, unmatched, summaries] = result.outputs(MATCHER);
	return {
		inNodeMs: result.runs(MATCHER)[0].executionTime,
		workflowMs,
		cpuMs: (cpu.user + cpu.system) / 1000,
		matches: matches.length,
		unmatched: unmatched.length,
		summary: summaries[0].json,
	};
}
