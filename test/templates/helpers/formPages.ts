import type { IDataObject, IExecuteData, INodeParameters } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { RunResult, WorkflowJson } from '../../harness/runWorkflow';
import { harnessTypes } from '../../harness/runWorkflow';

/** What an n8n Form ending page shows the person. */
export interface FormPage {
	/** The Form Ending node the execution waits at. */
	node: string;
	title: string;
	message: string;
}

/**
 * The ending page a form submission ended on: the n8n Form node (Form Ending) the
 * execution is waiting at, with its title and message resolved against that run's
 * data, as n8n does when the browser follows the redirect to the waiting form.
 *
 * @example expect(formPage(workflow, result).title).toBe('Thank you');
 */
export function formPage(workflowJson: WorkflowJson, result: RunResult): FormPage {
	const data = result.raw.data;
	const node = data.resultData.lastNodeExecuted;
	if (result.status !== 'waiting' || !node) throw new Error(`The submission did not end on a form page (status ${result.status}, error ${result.error?.message ?? 'none'})`);
	const workflow = new Workflow({
		id: 'harness',
		nodes: structuredClone(workflowJson.nodes),
		connections: workflowJson.connections,
		nodeTypes: harnessTypes().nodeTypes,
		settings: { executionOrder: 'v1' },
		active: false,
	});
	const parameters = workflow.getNode(node)!.parameters as INodeParameters;
	if (parameters.operation !== 'completion') throw new Error(`"${node}" is not a Form Ending node`);
	const input = result.output(node);
	const runs = result.runs(node);
	// Where the page's input came from, so that expressions like $('Node').item follow the paired items as on a server.
	const executeData: IExecuteData = { node: workflow.getNode(node)!, data: { main: [input] }, source: { main: runs[runs.length - 1].source } };
	const resolve = (value: unknown) =>
		String(workflow.expression.getParameterValue(value as string, data, runs.length - 1, 0, node, input, 'webhook', {} as IDataObject, executeData) ?? '');
	return { node, title: resolve(parameters.completionTitle), message: resolve(parameters.completionMessage) };
}
