import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type { IDataObject, INodeExecutionData, IRun, IRunExecutionData, IWorkflowBase, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { HarnessCredentialsHelper } from '../../harness/credentialsHelper';
import type { RunOptions, RunResult, WorkflowJson } from '../../harness/runWorkflow';
import { harnessTypes } from '../../harness/runWorkflow';

/**
 * Resumes an execution that ended `waiting` (a Wait node or a send-and-wait
 * node), the way n8n's waiting-webhook handler does when the person clicks the
 * link: the waiting node's output becomes `items` (what its webhook returned),
 * `waitTill` is cleared and the engine carries on from there with all earlier
 * node data still in place, so `$('Node').item` expressions resolve as on a
 * server.
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
	const types = harnessTypes();
	const workflowData = structuredClone(workflowJson);
	const workflow = new Workflow({
		id: 'harness',
		name: workflowData.name ?? 'harness',
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		nodeTypes: types.nodeTypes,
		settings: workflowData.settings ?? { executionOrder: 'v1' },
		active: false,
	});
	const runExecutionData = structuredClone(waiting.raw.data) as IRunExecutionData;
	const stack = runExecutionData.executionData?.nodeExecutionStack ?? [];
	if (stack.length === 0) throw new Error('The waiting execution has no node to resume');
	if (items !== 'timeout') {
		const resumed: INodeExecutionData[] = items.map((json, index) => ({ json, pairedItem: { item: index } }));
		stack[0].data = { main: [resumed] };
	}

	const { executionId } = options;
	const hooks = new ExecutionLifecycleHooks('webhook', executionId, workflowData as IWorkflowBase);
	const executedNodes: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName: string) => {
		executedNodes.push(nodeName);
	});
	let finish: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (run: IRun) => finish(run));
	const additionalData = {
		credentialsHelper: new HarnessCredentialsHelper(types.credentialTypes, options.credentials),
		hooks,
		executionId,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not available in the harness');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		variables: {},
		userId: 'harness-user',
		workflowId: 'harness',
		logAiEvent: () => {},
		...(options.dataTables ? { 'data-table': { dataTableProxyProvider: options.dataTables.provider } } : {}),
	} as unknown as IWorkflowExecuteAdditionalData;
	const workflowExecute = new WorkflowExecute(additionalData, 'webhook', runExecutionData);
	await workflowExecute.processRunExecutionData(workflow);
	const run = await finished;

	const runData = run.data.resultData.runData;
	const runs = (node: string) => runData[node] ?? [];
	const outputs = (node: string) => (runs(node).at(-1)?.data?.main ?? []).map((nodeItems) => nodeItems ?? []);
	return {
		status: run.status,
		error: run.data.resultData.error as RunResult['error'],
		executedNodes,
		runs,
		outputs,
		output: (node, outputIndex = 0) => outputs(node)[outputIndex] ?? [],
		raw: run,
	};
}
