/**
 * Where `npm start` keeps things and how the local n8n is configured.
 *
 * Everything lives in one git-ignored folder, `.n8n-local/` at the repository root:
 *
 *   .n8n-local/node/      Node.js 24 from the npm registry (n8n 2.x needs it; the machine may have 20)
 *   .n8n-local/n8n/       n8n itself (npm install, scripts off, only sqlite3 built)
 *   .n8n-local/user/      N8N_USER_FOLDER: SQLite database, settings, community packages
 *   .n8n-local/mail/      every email the workflows send, one .eml file each
 *   .n8n-local/package/   the packed tarball of this repository and its source fingerprint
 *   .n8n-local/logs/      n8n's output
 *
 * Environment overrides (the end-to-end tests use them to run a second, throw-away instance):
 *   MENTORSHIP_STATE_DIR    user, mail and logs folders (default .n8n-local)
 *   MENTORSHIP_RUNTIME_DIR  node, n8n and package folders (default .n8n-local of this repo, so
 *                           a throw-away instance reuses the installed n8n and packed tarball)
 *   MENTORSHIP_PORT, MENTORSHIP_SMTP_PORT, MENTORSHIP_MAIL_PORT, MENTORSHIP_BROKER_PORT
 *   MENTORSHIP_PG_PORT, MENTORSHIP_REDIS_PORT, MENTORSHIP_WORKER_PORT  (npm run start:queue only:
 *                           Postgres, Redis, and the first of four ports of the two workers)
 *   MENTORSHIP_SAMPLE_DATA  `off` leaves the roster empty instead of filling it with the
 *                           sample organisation (for a program of your own, or a test's)
 *   MENTORSHIP_PROGRAM_START  YYYY-MM-DD: the first day of the demo programs (default: the day
 *                           their records are made; the end-to-end suites pin 2026-03-02)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Pinned: the newest 2.x whose whole dependency tree installs from the registry here (RUNTIME-NOTES). */
export const N8N_VERSION = '2.40.7';
/** Pinned Node.js 24 release; the `node` npm package at this version installs this platform package. */
export const NODE_VERSION = '24.21.0';

/** Fixed demo login, printed on the console. Local demo only: the server listens on 127.0.0.1. */
export const OWNER = {
	email: 'owner@mentorship.local',
	password: 'Mentorship-demo-1',
	firstName: 'Program',
	lastName: 'Manager',
};

/** User name and password of the Run Matching form (its Basic Auth credential), printed on the console. */
export const FORM_LOGIN = { user: 'program-manager', password: 'Mentorship-demo-1' };

/** Name of the SMTP credential created for the mail catcher; templates may refer to it. */
export const SMTP_CREDENTIAL = { id: 'mentorshipSmtpLocal', name: 'Mail catcher (local SMTP)' };

function intFromEnv(name, fallback) {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number.parseInt(raw, 10);
	if (!Number.isInteger(value) || value <= 0 || value > 65535) {
		throw new Error(`${name} must be a TCP port number, got "${raw}"`);
	}
	return value;
}

function sampleDataFromEnv() {
	const raw = (process.env.MENTORSHIP_SAMPLE_DATA ?? 'on').trim().toLowerCase();
	if (raw === 'on' || raw === '') return true;
	if (raw === 'off') return false;
	throw new Error(`MENTORSHIP_SAMPLE_DATA must be on or off, got "${raw}"`);
}

function dateFromEnv(name) {
	const raw = (process.env[name] ?? '').trim();
	if (raw === '') return undefined;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`)))
		throw new Error(`${name} must be a date as YYYY-MM-DD, got "${raw}"`);
	return raw;
}

/** Resolves every path and port once, from the environment. */
export function loadConfig() {
	const defaultDir = path.join(REPO_DIR, '.n8n-local');
	const stateDir = path.resolve(process.env.MENTORSHIP_STATE_DIR || defaultDir);
	const runtimeDir = path.resolve(process.env.MENTORSHIP_RUNTIME_DIR || defaultDir);
	const host = '127.0.0.1';
	const port = intFromEnv('MENTORSHIP_PORT', 5678);
	const smtpPort = intFromEnv('MENTORSHIP_SMTP_PORT', 1025);
	const mailPort = intFromEnv('MENTORSHIP_MAIL_PORT', 8025);
	const brokerPort = intFromEnv('MENTORSHIP_BROKER_PORT', 5679);
	const pgPort = intFromEnv('MENTORSHIP_PG_PORT', 5433);
	const redisPort = intFromEnv('MENTORSHIP_REDIS_PORT', 6380);
	const workerPort = intFromEnv('MENTORSHIP_WORKER_PORT', 5690);
	const platformPackage = `node-${process.platform}-${process.arch}`;
	const nodeDir = path.join(runtimeDir, 'node');
	const nodeHome = path.join(nodeDir, 'node_modules', platformPackage);
	const n8nDir = path.join(runtimeDir, 'n8n');
	const userFolder = path.join(stateDir, 'user');
	return {
		repoDir: REPO_DIR,
		stateDir,
		runtimeDir,
		host,
		port,
		smtpPort,
		mailPort,
		brokerPort,
		pgPort,
		redisPort,
		workerPort,
		baseUrl: `http://${host}:${port}`,
		mailUrl: `http://${host}:${mailPort}`,
		platformPackage,
		nodeDir,
		/** Folder with bin/node and include/node (npm_config_nodedir for node-gyp). */
		nodeHome,
		nodeBin: path.join(nodeHome, 'bin', 'node'),
		n8nDir,
		n8nBin: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		userFolder,
		/** n8n puts its own files (database.sqlite, config, nodes/) in <N8N_USER_FOLDER>/.n8n. */
		n8nHome: path.join(userFolder, '.n8n'),
		communityDir: path.join(userFolder, '.n8n', 'nodes'),
		mailDir: path.join(stateDir, 'mail'),
		packageDir: path.join(runtimeDir, 'package'),
		logDir: path.join(stateDir, 'logs'),
		setupFile: path.join(stateDir, 'setup.json'),
		workflowsDir: path.join(REPO_DIR, 'workflows'),
		smokeWorkflowsDir: path.join(REPO_DIR, 'test', 'e2e', 'fixtures'),
		sampleOrgFile: path.join(REPO_DIR, 'test', 'fixtures', 'sample-org.json'),
		sampleData: sampleDataFromEnv(),
		/** First day of the demo programs; undefined: the day their records are made (seed.mjs). */
		programStart: dateFromEnv('MENTORSHIP_PROGRAM_START'),
	};
}
