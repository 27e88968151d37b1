import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	DataTableProxyProvider,
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	IRun,
	IRunExecutionData,
	ITaskData,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { HarnessCredentialsHelper } from './credentialsHelper';
import { HarnessCredentialTypes, HarnessNodeTypes } from './nodeTypes';

/** A workflow as exported from n8n (only the parts the engine needs). */
export type WorkflowJson = Pick<IWorkflowBase, 'nodes' | 'connections'> & Partial<Pick<IWorkflowBase, 'settings' | 'name' | 'pinData'>>;

export interface RunOptions {
	/**
	 * The node the execution starts at and the items it emits. Trigger nodes pass
	 * these items through unchanged, as they do when a real webhook, form or
	 * schedule fires. Defaults to the first node without incoming connections, with
	 * one empty item.
	 */
	start?: { node: string; items?: Array<INodeExecutionData | IDataObject> };
	/** Execution mode; `trigger` unless given. */
	mode?: WorkflowExecuteMode;
	/** Credentials by credential type name, e.g. `{ slackApi: { accessToken: 'x' } }`. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/**
	 * Items that nodes output without running, as n8n's pinned data: a handy way to
	 * feed a second or third input. Defaults to the workflow's own `pinData`.
	 */
	pinData?: Record<string, Array<INodeExecutionData | IDataObject>>;
	/** Storage behind the stock Data Table node. */
	dataTables?: { provider: DataTableProxyProvider };
	executionId?: string;
}

export interface RunResult {
	status: IRun['status'];
	/** The error that stopped the execution, if any. */
	error?: Error & { description?: string; context?: IDataObject };
	/** Names of the nodes in the order they ran (a node that ran twice appears twice). */
	executedNodes: string[];
	/** Items of one output of a node's last run (output 0 unless given). */
	output(node: string, outputIndex?: number): INodeExecutionData[];
	/** Every output of a node's last run. */
	outputs(node: string): INodeExecutionData[][];
	/** Every run of a node. */
	runs(node: string): ITaskData[];
	raw: IRun;
}

let nodeTypes: HarnessNodeTypes | undefined;
let credentialTypes: HarnessCredentialTypes | undefined;

/** Node and credential types, loaded once per test file (loading is the slow part). */
export function harnessTypes() {
	nodeTypes ??= new HarnessNodeTypes();
	credentialTypes ??= new HarnessCredentialTypes();
	return { nodeTypes, credentialTypes };
}

function toItem(item: INodeExecutionData | IDataObject): INodeExecutionData {
	return 'json' in item && typeof item.json === 'object' && item.json !== null
		? (item as INodeExecutionData)
		: { json: item as IDataObject };
}

function defaultStartNode(workflow: WorkflowJson): INode {
	const targets = new Set<string>();
	for (const outputs of Object.values(workflow.connections)) {
		for (const connections of Object.values(outputs)) {
			for (const group of connections ?? []) for (const connection of group ?? []) targets.add(connection.node);
		}
	}
	const start = workflow.nodes.find((node) => !targets.has(node.name) && !node.type.endsWith('.stickyNote'));
	if (!start) throw new Error('The workflow has no node without incoming connections to start from');
	return start;
}

/**
 * Runs a workflow through n8n's own engine (`WorkflowExecute` from n8n-core) with
 * the real node implementations, and returns every node's output.
 *
 * @example
 * const result = await runWorkflow(workflowJson, { start: { node: 'Form', items: [{ Email: 'a@b.nl' }] } });
 * result.output('Mentorship Intake', 0); // the Enrolled items
 */
export async function runWorkflow(workflowJson: WorkflowJson, options: RunOptions = {}): Promise<RunResult> {
	const startName = options.start?.node ?? defaultStartNode(workflowJson).name;
	const items = (options.start?.items ?? [{ json: {} }]).map(toItem);
	const pinSource = options.pinData ?? (workflowJson.pinData as RunOptions['pinData']) ?? {};
	const pinData = Object.fromEntries(Object.entries(pinSource).map(([node, pinned]) => [node, pinned.map(toItem)]));
	return await executeRunData(
		workflowJson,
		(workflow) => {
			// The engine's own node object, with n8n's defaults filled in.
			const startNode = workflow.getNode(startName);
			if (!startNode) throw new Error(`Start node "${startName}" is not in the workflow`);
			return createRunExecutionData({
				resultData: { runData: {}, pinData },
				executionData: { nodeExecutionStack: [{ node: startNode, data: { main: [items] }, source: null }] },
			});
		},
		{
			...options,
			mode: options.mode ?? 'trigger',
			executionId: options.executionId ?? `harness-${Math.random().toString(36).slice(2)}`,
		},
	);
}

/**
 * Runs n8n's engine over prepared run data (a fresh start, or an execution that
 * waited and is resumed) with the harness's node types, credentials and Data
 * Table storage, and collects every node's output.
 */
export async function executeRunData(
	workflowJson: WorkflowJson,
	prepare: (workflow: Workflow) => IRunExecutionData,
	options: Pick<RunOptions, 'credentials' | 'dataTables'> & { mode: WorkflowExecuteMode; executionId: string },
): Promise<RunResult> {
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

	const { executionId, mode } = options;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData as IWorkflowBase);
	const executedNodes: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName: string) => {
		executedNodes.push(nodeName);
	});
	let finish: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (run: IRun) => finish(run));

	const credentialsHelper = new HarnessCredentialsHelper(types.credentialTypes, options.credentials);
	const additionalData = {
		credentialsHelper,
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
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		userId: 'harness-user',
		workflowId: 'harness',
		logAiEvent: () => {},
		...(options.dataTables ? { 'data-table': { dataTableProxyProvider: options.dataTables.provider } } : {}),
	} as unknown as IWorkflowExecuteAdditionalData;

	const workflowExecute = new WorkflowExecute(additionalData, mode, prepare(workflow));
	await workflowExecute.processRunExecutionData(workflow);
	const run = await finished;

	const runData = run.data.resultData.runData;
	const runs = (node: string) => runData[node] ?? [];
	const outputs = (node: string) => {
		const last = runs(node).at(-1);
		return (last?.data?.main ?? []).map((items) => items ?? []);
	};
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
