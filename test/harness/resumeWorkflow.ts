import type { IDataObject, INodeExecutionData, IRunExecutionData } from 'n8n-workflow';

import type { RunOptions, RunResult, WorkflowJson } from './runWorkflow';
import { executeRunData } from './runWorkflow';

/**
 * Resumes an execution that ended `waiting` (a Wait node or a send-and-wait
 * node), the way n8n's waiting-webhook handler does when the person clicks the
 * link: the waiting node's output becomes `items` (what its webhook returned),
 * and the engine carries on from there with all earlier node data still in place,
 * so `$('Node').item` expressions resolve as on a server.
 *
 * @example
 * const waiting = await runWorkflow(wf, { start: { node: 'Form', items }, executionId: 'e1' });
 * const done = await resumeWorkflow(wf, waiting, [{ data: { approved: true } }], { dataTables, executionId: 'e1' });
 */
export async function resumeWorkflow(
	workflowJson: WorkflowJson,
	waiting: RunResult,
	/** What the waiting node's webhook returned; `'timeout'` when its time limit ran out (its input passes on). */
	items: IDataObject[] | 'timeout',
	options: Pick<RunOptions, 'credentials' | 'dataTables'> & { executionId: string },
): Promise<RunResult> {
	if (waiting.status !== 'waiting') throw new Error(`The execution is ${waiting.status}, not waiting`);
	const runExecutionData = structuredClone(waiting.raw.data) as IRunExecutionData;
	const stack = runExecutionData.executionData?.nodeExecutionStack ?? [];
	if (stack.length === 0) throw new Error('The waiting execution has no node to resume');
	if (items !== 'timeout') {
		const resumed: INodeExecutionData[] = items.map((json, index) => ({ json, pairedItem: { item: index } }));
		stack[0].data = { main: [resumed] };
	}
	return await executeRunData(workflowJson, () => runExecutionData, { ...options, mode: 'webhook' });
}
