import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import axios from 'axios';
import { sleep } from 'n8n-workflow';

import type { CaughtMail, LocalN8n } from '../../e2e/helpers/localN8n';

/** The ports npm run start:queue reads; see scripts/start/config.mjs. */
const PORT_VARIABLES = [
	'MENTORSHIP_PORT',
	'MENTORSHIP_SMTP_PORT',
	'MENTORSHIP_MAIL_PORT',
	'MENTORSHIP_BROKER_PORT',
	'MENTORSHIP_PG_PORT',
	'MENTORSHIP_REDIS_PORT',
	'MENTORSHIP_WORKER_PORT',
] as const;

/**
 * The ports given in this process's environment (a developer's own ports on a shared
 * machine); the others are picked free by startLocalN8n.
 */
export function portsFromEnvironment(): Record<string, string> {
	return Object.fromEntries(
		PORT_VARIABLES.flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
	);
}

/** The address a message went to, lower-cased, without the display name. */
export const recipient = (mail: CaughtMail) =>
	(/<([^>]+)>/.exec(mail.to)?.[1] ?? mail.to).trim().toLowerCase();

/** The mail catcher of one started set-up: what it caught, and a clean slate. */
export function mailCatcher(n8n: LocalN8n) {
	const url = `${n8n.ready.mail.url}/api/messages`;
	const all = async () => (await axios.get<CaughtMail[]>(url)).data;
	return {
		all,
		clear: async () => {
			await axios.delete(url);
		},
		/** Refuses every message with a temporary failure (451) while on: the sender retries. */
		outage: async (on: boolean) => {
			await axios.post(`${n8n.ready.mail.url}/api/outage?on=${on ? 1 : 0}`);
		},
		/** How many messages the catcher has refused so far. */
		refused: async () =>
			(await axios.get<{ refused: number }>(`${n8n.ready.mail.url}/api/outage`)).data.refused,
		/** Waits until at least `count` messages are caught (or the time is up) and returns them. */
		atLeast: async (count: number, timeoutMs: number) => {
			const deadline = Date.now() + timeoutMs;
			let caught = await all();
			while (caught.length < count && Date.now() < deadline) {
				await sleep(200);
				caught = await all();
			}
			return caught;
		},
	};
}

/** (recipient, subject) pairs that arrived more than once, with how often. */
export function duplicates(mails: CaughtMail[]): string[] {
	const seen = new Map<string, number>();
	for (const mail of mails) {
		const key = `${recipient(mail)} | ${mail.subject}`;
		seen.set(key, (seen.get(key) ?? 0) + 1);
	}
	return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} x${count}`);
}

/**
 * The workers' logs, to tell which worker runs an execution: n8n's public API lists an
 * execution only once it is over, but each worker logs "Worker started execution <id> (job <n>)".
 */
export function workerLogs(n8n: LocalN8n) {
	const logOf = (name: string) => {
		const file = path.join(n8n.stateDir, 'logs', `${name}.log`);
		return existsSync(file) ? readFileSync(file, 'utf8') : '';
	};
	const lengths = new Map(
		n8n.ready.workers.map((worker) => [worker.name, logOf(worker.name).length]),
	);
	return {
		/** The first worker that started an execution since these logs were opened, and that execution. */
		startedSince: (): { name: string; pid: number; executionId: string } | undefined => {
			for (const worker of n8n.ready.workers) {
				const started = /Worker started execution (\d+) /.exec(
					logOf(worker.name).slice(lengths.get(worker.name) ?? 0),
				);
				if (started) return { ...worker, executionId: started[1] };
			}
			return undefined;
		},
	};
}
