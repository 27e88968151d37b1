import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { sleep } from 'n8n-workflow';

import type { ReadyInfo } from './localN8n';

export type TableRow = Record<string, string | number | boolean | null>;

/** One execution as the public API lists it. */
export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	finished: boolean;
	mode: string;
	startedAt: string;
	stoppedAt: string | null;
}

/**
 * n8n's public REST API (/api/v1) with an API key the owner creates through the editor's
 * own endpoint, with every scope the owner role may give.
 */
export async function publicApi(owner: AxiosInstance, ready: ReadyInfo, label = 'end-to-end tests'): Promise<AxiosInstance> {
	const scopes = (await owner.get<{ data: string[] }>('/rest/api-keys/scopes')).data.data;
	const created = await owner.post<{ data: { rawApiKey: string } }>('/rest/api-keys', {
		label,
		scopes,
		expiresAt: null,
	});
	return axios.create({
		baseURL: `${ready.url}/api/v1`,
		headers: { 'X-N8N-API-KEY': created.data.data.rawApiKey },
	});
}

/**
 * A read tried again while n8n answers 503: its main process does so for a moment when its
 * database pool is busy (queue mode under a burst of executions).
 */
async function withRetries<T>(read: () => Promise<T>, tries = 20): Promise<T> {
	for (let attempt = 1; ; attempt += 1) {
		try {
			return await read();
		} catch (error) {
			if (attempt >= tries || !axios.isAxiosError(error) || error.response?.status !== 503)
				throw error;
			await sleep(1000);
		}
	}
}

/** Every page of a cursor-paginated list of the public API. */
async function allPages<T>(api: AxiosInstance, url: string, params: object = {}): Promise<T[]> {
	const items: T[] = [];
	let cursor: string | undefined;
	do {
		const page = (
			await withRetries(
				async () =>
					await api.get<{ data: T[]; nextCursor?: string | null }>(url, {
						params: { ...params, limit: 100, ...(cursor ? { cursor } : {}) },
					}),
			)
		).data;
		items.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return items;
}

/** All rows of the Data Table with this name. */
export async function tableRows(api: AxiosInstance, name: string): Promise<TableRow[]> {
	const tables = await allPages<{ id: string; name: string }>(api, '/data-tables');
	const table = tables.find((entry) => entry.name === name);
	if (!table)
		throw new Error(
			`No Data Table named ${name}; there are ${tables.map((t) => t.name).join(', ')}`,
		);
	return await allPages<TableRow>(api, `/data-tables/${table.id}/rows`);
}

/** Executions of one workflow, newest first. */
export async function executionsOf(
	api: AxiosInstance,
	workflowId: string,
): Promise<ExecutionSummary[]> {
	return await allPages<ExecutionSummary>(api, '/executions', { workflowId });
}

/**
 * Waits until the workflow has at least `count` executions, none of them still running
 * and, when `waiting` is given, exactly that many waiting (for an approval click, say);
 * fails at once, with n8n's error, when one of them failed.
 */
export async function settledExecutions(
	api: AxiosInstance,
	workflowId: string,
	count: number,
	{ waiting, timeoutMs = 120000 }: { waiting?: number; timeoutMs?: number } = {},
): Promise<ExecutionSummary[]> {
	const deadline = Date.now() + timeoutMs;
	let executions: ExecutionSummary[] = [];
	while (Date.now() < deadline) {
		executions = await executionsOf(api, workflowId);
		const failed = executions.find((execution) => ['error', 'crashed'].includes(execution.status));
		if (failed) {
			const detail = (await api.get(`/executions/${failed.id}`, { params: { includeData: true } }))
				.data as {
				data?: { resultData?: { error?: { message?: string; node?: { name?: string } } } };
			};
			const error = detail.data?.resultData?.error;
			throw new Error(
				`Execution ${failed.id} of workflow ${workflowId} failed at "${error?.node?.name ?? '?'}": ${error?.message ?? failed.status}`,
			);
		}
		const running = executions.some((execution) => ['new', 'running'].includes(execution.status));
		const waitingNow = executions.filter((execution) => execution.status === 'waiting').length;
		if (executions.length >= count && !running && (waiting === undefined || waiting === waitingNow))
			return executions;
		await sleep(500);
	}
	throw new Error(
		`Workflow ${workflowId}: ${executions.length} of ${count} executions settled after ${timeoutMs / 1000} s (${executions.map((e) => e.status).join(', ')})`,
	);
}
