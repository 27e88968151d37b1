import { readFileSync } from 'node:fs';
import path from 'node:path';

import { sleep } from 'n8n-workflow';

import type { LocalN8n } from '../../e2e/helpers/localN8n';

/** The part of node-postgres (`pg`, which n8n-nodes-base brings) these tests use. */
export interface PgClient {
	connect: () => Promise<void>;
	query: <Row = Record<string, unknown>>(
		sql: string,
		values?: unknown[],
	) => Promise<{ rows: Row[]; rowCount: number | null }>;
	end: () => Promise<void>;
}

const { Client } = require('pg') as { Client: new (config: object) => PgClient };

/** The databases npm run start:queue makes (scripts/start-queue/services.mjs). */
export type Database = 'n8n' | 'mentorship';

/**
 * A connection to the queue set-up's Postgres as the templates' user, with the password
 * the start script generated into the state folder.
 */
export async function connect(
	n8n: LocalN8n,
	pgPort: string,
	database: Database,
): Promise<PgClient> {
	const secrets = JSON.parse(readFileSync(path.join(n8n.stateDir, 'queue.json'), 'utf8')) as {
		postgresPassword: string;
	};
	const client = new Client({
		host: '127.0.0.1',
		port: Number(pgPort),
		database,
		user: 'mentorship',
		password: secrets.postgresPassword,
	});
	await client.connect();
	return client;
}

/** Whether a statement started on another connection is waiting for a lock (on a row another transaction holds). */
export async function waitingForLock(observer: PgClient, timeoutMs = 10000): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const { rows } = await observer.query<{ waiting: string }>(
			"SELECT count(*) AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
		);
		if (Number(rows[0].waiting) > 0) return true;
		await sleep(50);
	}
	return false;
}

/** Whether a promise is still pending after `ms`. */
export async function stillPending(promise: Promise<unknown>, ms: number): Promise<boolean> {
	const pending = Symbol('pending');
	const result = await Promise.race([promise.then(() => 'done'), sleep(ms).then(() => pending)]);
	return result === pending;
}
