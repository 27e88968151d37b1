import { randomUUID } from 'node:crypto';

import type { AxiosInstance } from 'axios';

interface WorkflowNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	webhookId?: string;
	[key: string]: unknown;
}

interface WorkflowJson {
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
}

/**
 * Publishes, through the public API, a copy of the imported Enrolment template for another
 * program: its *Program* node names `programId` and its form answers at `/form/<formPath>`.
 * This is how a People team runs a second program's enrolment beside the first.
 */
export async function enrolmentForProgram(
	api: AxiosInstance,
	templateId: string,
	programId: string,
	formPath: string,
): Promise<{ id: string }> {
	const template = (await api.get<WorkflowJson>(`/workflows/${templateId}`)).data;
	const nodes = template.nodes.map((node) => {
		if (node.name === 'Program') {
			const assignments = (node.parameters.assignments as { assignments: Array<Record<string, unknown>> }).assignments;
			return {
				...node,
				parameters: {
					...node.parameters,
					assignments: { assignments: assignments.map((entry) => (entry.name === 'programId' ? { ...entry, value: programId } : entry)) },
				},
			};
		}
		if (node.type === 'n8n-nodes-base.formTrigger') {
			const options = node.parameters.options as Record<string, unknown>;
			return { ...node, webhookId: randomUUID(), parameters: { ...node.parameters, options: { ...options, path: formPath } } };
		}
		return node;
	});
	const created = (
		await api.post<{ id: string }>('/workflows', {
			name: `${template.name} (${programId})`,
			nodes,
			connections: template.connections,
			settings: { executionOrder: template.settings?.executionOrder ?? 'v1' },
		})
	).data;
	await api.post(`/workflows/${created.id}/activate`, {});
	return created;
}
