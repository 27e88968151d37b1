import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { AxiosInstance } from 'axios';

import type { LocalN8n } from '../../test/e2e/helpers/localN8n';
import { ownerSession, startLocalN8n } from '../../test/e2e/helpers/localN8n';
import { executionsOf, publicApi } from '../../test/e2e/helpers/publicApi';
import { portsFromEnvironment } from '../../test/e2e-queue/helpers/queueRun';

/** The two ways of running n8n compared here. */
export type Mode = 'regular' | 'queue';

export interface SetUp {
	mode: Mode;
	n8n: LocalN8n;
	api: AxiosInstance;
	/** Seconds from the start command to ready.json. */
	startSeconds: number;
	workflowId: (file: string) => string;
	formUrl: (node: string) => string;
}

/**
 * `npm start` (regular: one n8n process, SQLite) or `npm run start:queue` (main, two workers,
 * Postgres, Redis) in a temporary state folder, through the end-to-end tests' own starter,
 * with an empty roster (the benchmark brings its own people) and the templates as shipped.
 */
export async function startSetUp(mode: Mode, outputDir: string): Promise<SetUp> {
	// The ports a caller chose (a shared machine gives each person their own); free ones otherwise.
	const ports = portsFromEnvironment();
	const started = Date.now();
	const n8n = await startLocalN8n({
		outputDir,
		queue: mode === 'queue',
		env: { MENTORSHIP_SAMPLE_DATA: 'off', ...ports },
	});
	const startSeconds = (Date.now() - started) / 1000;
	const api = await publicApi(await ownerSession(n8n.ready), n8n.ready);
	const workflowId = (file: string) => {
		const name = (JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { name: string }).name;
		const found = n8n.ready.workflows.find((workflow) => workflow.name === name);
		if (!found) throw new Error(`The ${mode} set-up did not import "${name}"`);
		return found.id;
	};
	const formUrl = (node: string) => {
		const form = n8n.ready.forms.find((entry) => entry.node === node);
		if (!form) throw new Error(`The ${mode} set-up has no published form ${node}`);
		return form.url;
	};
	return { mode, n8n, api, startSeconds, workflowId, formUrl };
}

/** Runs of a workflow by status, e.g. { success: 300, error: 2 }. */
export async function runsByStatus(api: AxiosInstance, workflowId: string): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const execution of await executionsOf(api, workflowId))
		counts[execution.status] = (counts[execution.status] ?? 0) + 1;
	return counts;
}

/** Calls to n8n while it is busy may fail for a moment (a reset connection, a 503): try again. */
export async function patiently<T>(read: () => Promise<T>, tries = 10): Promise<T> {
	for (let attempt = 1; ; attempt += 1) {
		try {
			return await read();
		} catch (error) {
			if (attempt >= tries) throw error;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
}

/** Waits until a workflow has `count` runs and none is new or running (failed ones count as over). */
export async function runsOver(
	api: AxiosInstance,
	workflowId: string,
	count: number,
	{ waiting, timeoutMs }: { waiting?: number; timeoutMs: number },
): Promise<Record<string, number>> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const counts = await patiently(async () => await runsByStatus(api, workflowId));
		const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
		const busy = (counts.new ?? 0) + (counts.running ?? 0);
		if (all >= count && busy === 0 && (waiting === undefined || (counts.waiting ?? 0) === waiting)) return counts;
		if (Date.now() > deadline) return counts;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

/** Runs `task` over `items`, `concurrency` at a time, in order of start. */
export async function inPool<T>(items: T[], concurrency: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
	let next = 0;
	const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
		while (next < items.length) {
			const index = next++;
			await task(items[index], index);
		}
	});
	await Promise.all(lanes);
}
