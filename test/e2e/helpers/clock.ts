import { randomUUID } from 'node:crypto';

import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { sleep } from 'n8n-workflow';

import { settledExecutions } from './publicApi';

export interface WorkflowNode {
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	[key: string]: unknown;
}

interface WorkflowJson {
	id: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<
		string,
		{ main: Array<Array<{ node: string; type: string; index: number }>> }
	>;
	settings?: Record<string, unknown>;
}

/** A copy of a scheduled template that runs when told to, for a moment the test chooses. */
export interface ClockedWorkflow {
	id: string;
	/** Runs the copy as if its schedule had fired at `timestamp`, and waits until the run is over. */
	runAt: (timestamp: string) => Promise<void>;
	/** Starts one run for `timestamp` without waiting for it (several may run at once). */
	fire: (timestamp: string) => Promise<void>;
	/** Waits until the copy has `count` runs in all, none of them still running. */
	settled: (count: number, timeoutMs?: number) => Promise<void>;
}

/** The keys of a node that n8n's public API takes when it creates a workflow; it refuses any other. */
const PUBLIC_API_NODE_KEYS = new Set([
	'id', 'name', 'webhookId', 'disabled', 'notesInFlow', 'notes', 'type', 'typeVersion', 'executeOnce', 'alwaysOutputData',
	'retryOnFail', 'maxTries', 'waitBetweenTries', 'continueOnFail', 'onError', 'position', 'parameters', 'credentials',
]);

/**
 * The node without keys outside its parameters that n8n does not read (a Set node's
 * `includeOtherFields` beside its parameters instead of in them, say): the import takes them, the
 * public API refuses the whole workflow.
 */
function publicApiNode(node: WorkflowNode): WorkflowNode {
	return Object.fromEntries(Object.entries(node).filter(([key]) => PUBLIC_API_NODE_KEYS.has(key))) as WorkflowNode;
}

/**
 * Makes a copy of an imported template in which the Schedule Trigger named `trigger` is a
 * Set node of the same name giving the `timestamp` posted to a new webhook. Everything
 * after the trigger is the template's own, so its expressions that read the trigger's
 * timestamp now read the chosen moment. Created and published through the public API.
 */
export async function clockedCopy(
	api: AxiosInstance,
	baseUrl: string,
	templateId: string,
	trigger: string,
	/** Changes to the copy's nodes that a chosen moment calls for (e.g. link expiry counted from it). */
	adjust: (node: WorkflowNode) => WorkflowNode = (node) => node,
	/** What the copy is for, in its name after the template's. */
	purpose = 'clock for end-to-end tests',
): Promise<ClockedWorkflow> {
	const template = (await api.get<WorkflowJson>(`/workflows/${templateId}`)).data;
	const schedule = template.nodes.find((node) => node.name === trigger);
	if (!schedule || schedule.type !== 'n8n-nodes-base.scheduleTrigger')
		throw new Error(`Workflow "${template.name}" has no Schedule Trigger named ${trigger}`);
	// Its own path: a test may make several copies of one template.
	const path = `e2e-clock-${templateId.toLowerCase()}-${randomUUID().slice(0, 8)}`;
	const clock: WorkflowNode = {
		name: 'Clock',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [schedule.position[0] - 240, schedule.position[1]],
		webhookId: randomUUID(),
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
	};
	const moment: WorkflowNode = {
		name: trigger,
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		position: schedule.position,
		parameters: {
			mode: 'manual',
			assignments: {
				assignments: [
					{
						id: randomUUID(),
						name: 'timestamp',
						value: '={{ $json.body.timestamp }}',
						type: 'string',
					},
				],
			},
			options: {},
		},
	};
	// Only the trigger's own branch: another trigger of the template (a form, say) would
	// claim the same path as the published original and the copy could not be published.
	const reachable = new Set([trigger]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const [from, outputs] of Object.entries(template.connections)) {
			if (!reachable.has(from)) continue;
			for (const target of outputs.main.flat()) {
				if (target && !reachable.has(target.node)) {
					reachable.add(target.node);
					grew = true;
				}
			}
		}
	}
	const nodes = [
		clock,
		...template.nodes
			.filter((node) => reachable.has(node.name))
			.map((node) => (node.name === trigger ? moment : publicApiNode(adjust(node)))),
	];
	const connections = Object.fromEntries([
		...Object.entries(template.connections).filter(([from]) => reachable.has(from)),
		['Clock', { main: [[{ node: trigger, type: 'main', index: 0 }]] }],
	]);
	const created = (
		await api.post<{ id: string }>('/workflows', {
			name: `${template.name} (${purpose})`,
			nodes,
			connections,
			settings: { executionOrder: template.settings?.executionOrder ?? 'v1' },
		})
	).data;
	await api.post(`/workflows/${created.id}/activate`, {});

	const fire = async (timestamp: string) => {
		// n8n registers the webhook of a just-published workflow a moment after answering.
		const deadline = Date.now() + 30000;
		const post = async () =>
			await axios.post(`${baseUrl}/webhook/${path}`, { timestamp }, { validateStatus: () => true });
		let response = await post();
		while (response.status === 404 && Date.now() < deadline) {
			await sleep(500);
			response = await post();
		}
		if (response.status !== 200)
			throw new Error(
				`The clock of "${template.name}" answered ${response.status}: ${JSON.stringify(response.data)}`,
			);
	};
	const settled = async (count: number, timeoutMs?: number) => {
		await settledExecutions(api, created.id, count, { timeoutMs });
	};
	let runs = 0;
	return {
		id: created.id,
		fire,
		settled,
		runAt: async (timestamp: string) => {
			await fire(timestamp);
			runs += 1;
			await settled(runs);
		},
	};
}
