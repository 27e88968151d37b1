import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { sleep } from 'n8n-workflow';

/** What `npm start` writes to <state folder>/ready.json once everything is set up. */
export interface ReadyInfo {
	url: string;
	owner: { email: string; password: string };
	/** User name and password of the Run Matching Now form (Basic Auth). */
	formLogin: { user: string; password: string };
	/** Production address of every published form. */
	forms: Array<{ workflow: string; node: string; url: string }>;
	mail: { url: string; dir: string; smtpPort: number };
	nodeTypes: string[];
	/** `single process` (npm start) or `queue` (npm run start:queue). */
	mode: string;
	/** The `n8n worker` processes of the queue set-up (none for npm start). */
	workers: Array<{ name: string; pid: number }>;
	workflows: Array<{ id: string; name: string; published: boolean; error?: string }>;
	dataTables: Array<{
		name: string;
		id: string;
		created: boolean;
		seeded: number;
		columns: number;
	}>;
}

export interface LocalN8n {
	ready: ReadyInfo;
	stateDir: string;
	outputDir: string;
	/** Stops n8n and the mail catcher, keeps their logs in outputDir, removes the state folder. */
	stop: () => Promise<void>;
}

export interface StartLocalN8nOptions {
	/** Folders (relative to the repository) whose workflow files are imported as well as the templates. */
	extraWorkflows?: string[];
	/** Where the start script's output and n8n's logs are kept (under test-output/). */
	outputDir: string;
	/** Give up after this long; a first run on a fresh machine installs n8n (minutes). */
	timeoutMs?: number;
	/** More environment for npm start, such as MENTORSHIP_SAMPLE_DATA=off. */
	env?: Record<string, string>;
	/**
	 * `npm run start:queue` (Postgres, Redis, main + workers) instead of `npm start`. Defaults to
	 * MENTORSHIP_E2E_QUEUE=1, which `npm run test:e2e:queue` sets to run the same suites there.
	 */
	queue?: boolean;
}

const START_SCRIPT = path.resolve('scripts/start/index.mjs');
/** The first day of the demo programs in every end-to-end suite (a Monday), unless a suite sets its own. */
export const DEMO_CALENDAR_START = '2026-03-02';
const START_QUEUE_SCRIPT = path.resolve('scripts/start-queue/index.mjs');

/** A TCP port that is free right now on the loopback interface. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function isFree(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/**
 * The first of `count` consecutive free ports. Taken below Linux's ephemeral range (32768 and
 * up), because a port the system hands out for `listen(0)` may have its neighbours taken at any
 * moment by outgoing connections, which made a queue worker's second port collide in CI.
 */
export async function freePortRun(count: number): Promise<number> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const first = 20000 + Math.floor(Math.random() * 12000);
		const ports = Array.from({ length: count }, (_, index) => first + index);
		if ((await Promise.all(ports.map(isFree))).every(Boolean)) return first;
	}
	throw new Error(`No ${count} consecutive free ports found between 20000 and 32000`);
}

function tail(file: string, lines = 40): string {
	return fs.existsSync(file)
		? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n')
		: '';
}

function exited(child: ChildProcess): boolean {
	return child.exitCode !== null || child.signalCode !== null;
}

async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (!exited(child) && Date.now() < deadline) await sleep(200);
	return exited(child);
}

/**
 * Starts `npm start`'s script in a new temporary state folder with free ports, reusing
 * the installed Node.js 24 and n8n of the repository's .n8n-local/ (installing them first
 * when they are missing), and resolves once the server is set up.
 */
export async function startLocalN8n(options: StartLocalN8nOptions): Promise<LocalN8n> {
	const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-e2e-'));
	fs.mkdirSync(options.outputDir, { recursive: true });
	const startLog = path.join(options.outputDir, 'start.log');
	const log = fs.createWriteStream(startLog);
	const queue = options.queue ?? process.env.MENTORSHIP_E2E_QUEUE === '1';
	const env = {
		...process.env,
		MENTORSHIP_STATE_DIR: stateDir,
		MENTORSHIP_PORT: String(await freePort()),
		MENTORSHIP_SMTP_PORT: String(await freePort()),
		MENTORSHIP_MAIL_PORT: String(await freePort()),
		MENTORSHIP_BROKER_PORT: String(await freePort()),
		MENTORSHIP_EXTRA_WORKFLOWS: (options.extraWorkflows ?? []).join(path.delimiter),
		// The suites' expected dates were worked out for the demo programs' 2026 calendar; npm start
		// itself starts them on the day it runs (scripts/start/seed.mjs).
		MENTORSHIP_PROGRAM_START: DEMO_CALENDAR_START,
		...(queue
			? {
					MENTORSHIP_PG_PORT: String(await freePort()),
					MENTORSHIP_REDIS_PORT: String(await freePort()),
					// The workers take this port and the three after it (start-queue/workers.mjs).
					MENTORSHIP_WORKER_PORT: String(await freePortRun(4)),
				}
			: {}),
		...options.env,
	};
	// Own process group, so that n8n goes too if the script has to be killed.
	const child = spawn(process.execPath, [queue ? START_QUEUE_SCRIPT : START_SCRIPT], {
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout?.pipe(log, { end: false });
	child.stderr?.pipe(log, { end: false });

	const keepLogs = () => {
		const logDir = path.join(stateDir, 'logs');
		if (fs.existsSync(logDir))
			fs.cpSync(logDir, path.join(options.outputDir, 'logs'), { recursive: true });
	};
	const stop = async () => {
		if (!exited(child)) {
			child.kill('SIGTERM');
			if (!(await waitForExit(child, 45000)) && child.pid) process.kill(-child.pid, 'SIGKILL');
			await waitForExit(child, 5000);
		}
		log.end();
		keepLogs();
		fs.rmSync(stateDir, { recursive: true, force: true });
	};

	const readyFile = path.join(stateDir, 'ready.json');
	const deadline = Date.now() + (options.timeoutMs ?? 14 * 60 * 1000);
	while (!fs.existsSync(readyFile)) {
		if (exited(child) || Date.now() > deadline) {
			await stop();
			const why = exited(child) ? `exited (${child.signalCode ?? child.exitCode})` : 'timed out';
			throw new Error(
				`npm start ${why} before it was ready. Last lines of ${startLog}:\n${tail(startLog)}`,
			);
		}
		await sleep(500);
	}
	const ready = JSON.parse(fs.readFileSync(readyFile, 'utf8')) as ReadyInfo;
	return { ready, stateDir, outputDir: options.outputDir, stop };
}

/** An axios instance logged in as the owner (n8n's `n8n-auth` session cookie). */
export async function ownerSession(ready: ReadyInfo): Promise<AxiosInstance> {
	const headers = { 'browser-id': 'mentorship-e2e' };
	const login = await axios.post(
		`${ready.url}/rest/login`,
		{ emailOrLdapLoginId: ready.owner.email, password: ready.owner.password },
		{ headers },
	);
	const cookie = (login.headers['set-cookie'] ?? [])
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('n8n-auth='));
	if (!cookie) throw new Error('n8n answered the login without a session cookie');
	return axios.create({ baseURL: ready.url, headers: { ...headers, cookie } });
}

/** One message as the mail catcher's /api/messages lists it. */
export interface CaughtMail {
	file: string;
	from: string;
	to: string;
	subject: string;
	text: string;
	html: string;
}

/** Polls the mail catcher until `accept` finds what it waits for, or the time is up. */
export async function waitForMail(
	ready: ReadyInfo,
	accept: (messages: CaughtMail[]) => boolean,
	timeoutMs = 60000,
): Promise<CaughtMail[]> {
	const deadline = Date.now() + timeoutMs;
	let messages: CaughtMail[] = [];
	while (Date.now() < deadline) {
		messages = (await axios.get<CaughtMail[]>(`${ready.mail.url}/api/messages`)).data;
		if (accept(messages)) return messages;
		await sleep(500);
	}
	return messages;
}
