/**
 * The n8n process: its environment, the CLI commands run before the server starts, and
 * the server itself (started, waited for, stopped).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { OWNER } from './config.mjs';
import { childEnv, run } from './exec.mjs';
import { node24Env } from './runtime.mjs';

/**
 * Environment for every n8n command: a local-only server on 127.0.0.1 with SQLite in the
 * state folder, no calls home, and the owner account managed from the environment.
 */
export function n8nEnv(cfg, ownerPasswordHash) {
	return node24Env(cfg, {
		// As in n8n's Docker image. Never inherit NODE_ENV=test (jest sets it): n8n then exits at once.
		NODE_ENV: 'production',
		N8N_USER_FOLDER: cfg.userFolder,
		DB_TYPE: 'sqlite',
		N8N_HOST: cfg.host,
		N8N_LISTEN_ADDRESS: cfg.host,
		N8N_PORT: String(cfg.port),
		N8N_PROTOCOL: 'http',
		N8N_WEBHOOK_URL: `${cfg.baseUrl}/`,
		N8N_EDITOR_BASE_URL: `${cfg.baseUrl}/`,
		// Plain http on loopback: a Secure cookie would not be sent back by every client.
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		// Its registry of MCP servers lives at api.n8n.io; the templates use no MCP server.
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_RUNNERS_BROKER_PORT: String(cfg.brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: cfg.host,
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: OWNER.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: OWNER.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: OWNER.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: ownerPasswordHash,
	});
}

/** Runs one n8n CLI command (import, export, ...) to completion under Node 24. */
export function n8nCli(cfg, env, args) {
	return run(cfg.nodeBin, [cfg.n8nBin, ...args], {
		cwd: cfg.stateDir,
		env,
		logFile: path.join(cfg.logDir, 'n8n-cli.log'),
	});
}

/**
 * Starts `n8n start` (or another long-running n8n command, such as `worker`, given as `args`);
 * its output goes to logs/<logName>.log (and to the console when verbose).
 */
export function startServer(cfg, env, { verbose = false, args = ['start'], logName = 'n8n' } = {}) {
	fs.mkdirSync(cfg.logDir, { recursive: true });
	const logFile = path.join(cfg.logDir, `${logName}.log`);
	const log = fs.createWriteStream(logFile, { flags: 'a' });
	const child = spawn(cfg.nodeBin, [cfg.n8nBin, ...args], {
		cwd: cfg.stateDir,
		env: childEnv(env),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	for (const stream of [child.stdout, child.stderr]) {
		stream.on('data', (chunk) => {
			log.write(chunk);
			if (verbose) process.stdout.write(chunk);
		});
	}
	const exited = new Promise((resolve) => {
		// 'close', not 'exit': the output can still be arriving when the process has exited.
		child.on('close', (code, signal) => {
			log.end();
			resolve({ code, signal });
		});
	});
	return { child, exited, logFile };
}

/** Last lines of a log file, for error messages. */
export function tail(file, lines = 30) {
	try {
		return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/**
 * Polls the readiness endpoint (database connected and migrated) until it answers 200;
 * rejects early when the server process exits. `url` is another process's endpoint (a worker's).
 */
export async function waitForServer(
	cfg,
	server,
	{ timeoutMs = 300000, url = `${cfg.baseUrl}/healthz/readiness` } = {},
) {
	const deadline = Date.now() + timeoutMs;
	let exited;
	server.exited.then((result) => {
		exited = result;
	});
	while (Date.now() < deadline) {
		if (exited) {
			throw new Error(
				`n8n stopped while starting (${exited.signal ?? `exit ${exited.code}`}). Last lines of ${server.logFile}:\n${tail(server.logFile)}`,
			);
		}
		try {
			const response = await fetch(url, {
				signal: AbortSignal.timeout(2000),
			});
			if (response.ok) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(
		`n8n did not become ready within ${timeoutMs / 1000} s. Last lines of ${server.logFile}:\n${tail(server.logFile)}`,
	);
}

/** Stops the server: SIGTERM, then SIGKILL after a grace period. */
export async function stopServer(server, { graceMs = 20000 } = {}) {
	if (server.child.exitCode !== null || server.child.signalCode !== null) return;
	server.child.kill('SIGTERM');
	const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
	await server.exited;
	clearTimeout(timer);
}
