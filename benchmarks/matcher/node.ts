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
import { MATCHER, matcherWorkflow } from '../../test/nodes/MentorMatcher/matcherWorkflow';

export interface NodeRun {
	inNodeMs: number;
	workflowMs: number;
	cpuMs: number;
	matches: number;
	unmatched: number;
	summary: IDataObject;
}

export async function runMatcherNode(participants: readonly Participant[], settings: { exact: boolean; rules: Record<string, boolean>; candidatesPerMentee: number }): Promise<NodeRun> {
	const workflow = matcherWorkflow({
		operation: 'match',
		exact: settings.exact,
		rules: settings.rules,
		options: { referenceDate: '2026-03-02T12:00:00Z', candidatesPerMentee: settings.candidatesPerMentee },
	});
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
