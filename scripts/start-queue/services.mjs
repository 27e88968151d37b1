/**
 * Postgres and Redis for `npm run start:queue`: Debian's packages, each run as a plain process
 * (no system service) with its data under the state folder and listening on 127.0.0.1 only.
 *
 *   <state>/postgres/data   the cluster (initdb), owned by the `postgres` user when we run as root
 *   <state>/redis/          Redis's working folder (queue only; nothing is saved to disk)
 *   <state>/queue.json      the generated database and Redis passwords (never outside the folder)
 *
 * Postgres refuses to run as root: as root it runs as Debian's `postgres` user through
 * `runuser -u postgres --`; as anyone else it runs as that user.
 */
import { spawn, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { run } from '../start/exec.mjs';
import { info, step } from '../start/log.mjs';

const PG_VERSION_DIRS = [
	'/usr/lib/postgresql/15/bin',
	'/usr/lib/postgresql/16/bin',
	'/usr/lib/postgresql/17/bin',
];
export const DATABASE = 'n8n';
/** The templates' own database, apart from n8n's: the atomic claims of queue mode. */
export const CLAIMS_DATABASE = 'mentorship';

/**
 * The claims table of the Reminders and Surveys templates in queue mode (docs/production.md):
 * one row per program and claim key, so the first insert wins and the others wait, then lose.
 */
export const CLAIMS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS mentorship_claims_pg (
  id serial PRIMARY KEY,
  program_id text NOT NULL,
  claim_key text NOT NULL,
  dedupe_key text NOT NULL,
  attempt integer NOT NULL,
  execution_id text NOT NULL,
  claimed_at timestamptz NOT NULL,
  UNIQUE (program_id, claim_key)
)`;
export const DB_USER = 'mentorship';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function findPostgresBin() {
	return PG_VERSION_DIRS.find((dir) => fs.existsSync(path.join(dir, 'postgres')));
}

function onPath(command) {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function aptGet(args) {
	execFileSync('apt-get', args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

/** Installs Debian's postgresql and redis-server when missing (as root, like ensure-chromium.js). */
export async function ensureServicePackages() {
	const missing = [];
	if (!findPostgresBin()) missing.push('postgresql');
	if (!onPath('redis-server')) missing.push('redis-server');
	if (missing.length === 0) {
		info('Postgres and Redis: already installed (Debian packages)');
		return;
	}
	if (!isRoot()) {
		throw new Error(
			`npm run start:queue needs Debian's ${missing.join(' and ')}: install them (sudo apt-get install ${missing.join(' ')}) and start again.`,
		);
	}
	await step(`Installing ${missing.join(' and ')} (apt-get)`, async () => {
		aptGet(['update']);
		aptGet(['install', '-y', '--no-install-recommends', ...missing]);
	});
	if (!findPostgresBin() || !onPath('redis-server'))
		throw new Error(`apt-get finished but ${missing.join(' / ')} is still missing`);
}

/** Passwords made once per state folder and kept in it. */
export function queueSecrets(cfg) {
	const file = path.join(cfg.stateDir, 'queue.json');
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		const secrets = {
			postgresPassword: crypto.randomBytes(18).toString('base64url'),
			redisPassword: crypto.randomBytes(18).toString('base64url'),
		};
		fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
		return secrets;
	}
}

/** [command, args] that runs `bin args` as the postgres user when we are root. */
function asPostgres(bin, args) {
	return isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

/** The postgres user must reach its data folder: as root, let others traverse the state folder. */
function handToPostgres(cfg, dir) {
	if (!isRoot()) return;
	fs.chmodSync(cfg.stateDir, fs.statSync(cfg.stateDir).mode | 0o011);
	execFileSync('chown', ['-R', 'postgres:postgres', dir]);
}

async function initCluster(cfg, secrets, bin) {
	const base = path.join(cfg.stateDir, 'postgres');
	const data = path.join(base, 'data');
	if (fs.existsSync(path.join(data, 'PG_VERSION'))) return data;
	await step('Creating the Postgres cluster (initdb)', async () => {
		fs.rmSync(base, { recursive: true, force: true });
		fs.mkdirSync(data, { recursive: true, mode: 0o700 });
		const pwfile = path.join(base, 'pwfile');
		fs.writeFileSync(pwfile, `${secrets.postgresPassword}\n`, { mode: 0o600 });
		handToPostgres(cfg, base);
		try {
			const [command, args] = asPostgres(path.join(bin, 'initdb'), [
				'-D',
				data,
				'-U',
				DB_USER,
				`--pwfile=${pwfile}`,
				'--auth=scram-sha-256',
				'--encoding=UTF8',
				'--locale=C',
			]);
			await run(command, args, { logFile: path.join(cfg.logDir, 'postgres.log') });
		} finally {
			fs.rmSync(pwfile, { force: true });
		}
	});
	return data;
}

async function waitForPort(port, host, exited, what, logFile, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (exited()) throw new Error(`${what} stopped while starting; see ${logFile}`);
		const open = await new Promise((resolve) => {
			const socket = net.connect(port, host);
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(
		`${what} did not listen on ${host}:${port} within ${timeoutMs / 1000} s; see ${logFile}`,
	);
}

/** Spawns a long-running service with its output in logs/<name>.log. */
function spawnService(cfg, name, command, args) {
	const logFile = path.join(cfg.logDir, `${name}.log`);
	const log = fs.createWriteStream(logFile, { flags: 'a' });
	const child = spawn(command, args, { cwd: cfg.stateDir, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.pipe(log, { end: false });
	child.stderr.pipe(log, { end: false });
	const exited = new Promise((resolve) =>
		child.on('close', (code, signal) => resolve({ code, signal })),
	);
	exited.then(() => log.end());
	return { name, child, exited, logFile };
}

/** Creates n8n's database and the templates' claims database and table once (psql). */
async function ensureDatabase(cfg, secrets) {
	const env = { ...process.env, PGPASSWORD: secrets.postgresPassword };
	const psql = (sql, database = 'postgres') =>
		run(
			'psql',
			['-h', cfg.host, '-p', String(cfg.pgPort), '-U', DB_USER, '-d', database, '-tAc', sql],
			{ env },
		);
	for (const database of [DATABASE, CLAIMS_DATABASE]) {
		const exists =
			(await psql(`SELECT 1 FROM pg_database WHERE datname = '${database}'`)).trim() === '1';
		if (!exists) await psql(`CREATE DATABASE ${database}`);
	}
	await psql(CLAIMS_TABLE_SQL, CLAIMS_DATABASE);
}

/** The Postgres credential of the templates' claim nodes in queue mode. */
export function claimsCredential(cfg, services) {
	return {
		name: 'Postgres (queue mode claims, local)',
		data: {
			host: cfg.host,
			port: cfg.pgPort,
			database: CLAIMS_DATABASE,
			user: DB_USER,
			password: services.secrets.postgresPassword,
			ssl: 'disable',
			allowUnauthorizedCerts: false,
		},
	};
}

/**
 * Starts Postgres and Redis and resolves once both accept connections.
 * Returns the environment n8n needs to use them and a stop function.
 */
export async function startServices(cfg) {
	await ensureServicePackages();
	const secrets = queueSecrets(cfg);
	const bin = findPostgresBin();
	const data = await initCluster(cfg, secrets, bin);
	const socketDir = path.join(cfg.stateDir, 'postgres');
	const services = [];
	const stop = async () => {
		for (const service of services.reverse()) {
			if (service.child.exitCode !== null || service.child.signalCode !== null) continue;
			// Postgres: SIGINT is its "fast" shutdown; Redis: SIGTERM (no save, see below).
			service.child.kill(service.name === 'postgres' ? 'SIGINT' : 'SIGTERM');
			const timer = setTimeout(() => service.child.kill('SIGKILL'), 15000);
			await service.exited;
			clearTimeout(timer);
		}
	};
	try {
		await step(
			`Starting Postgres on ${cfg.host}:${cfg.pgPort} and Redis on ${cfg.host}:${cfg.redisPort}`,
			async () => {
				const [pgCommand, pgArgs] = asPostgres(path.join(bin, 'postgres'), [
					'-D',
					data,
					'-k',
					socketDir,
					'-p',
					String(cfg.pgPort),
					'-h',
					cfg.host,
					// n8n main + two workers, each with a pool of connections.
					'-c',
					'max_connections=200',
				]);
				const postgres = spawnService(cfg, 'postgres', pgCommand, pgArgs);
				services.push(postgres);
				const redisDir = path.join(cfg.stateDir, 'redis');
				fs.mkdirSync(redisDir, { recursive: true });
				// The queue's jobs live only as long as the run: nothing saved, so a restart starts clean.
				const redis = spawnService(cfg, 'redis', 'redis-server', [
					'--port',
					String(cfg.redisPort),
					'--bind',
					cfg.host,
					'--dir',
					redisDir,
					'--save',
					'',
					'--appendonly',
					'no',
					'--requirepass',
					secrets.redisPassword,
				]);
				services.push(redis);
				const gone = (service) => () =>
					service.child.exitCode !== null || service.child.signalCode !== null;
				await waitForPort(cfg.redisPort, cfg.host, gone(redis), 'Redis', redis.logFile);
				await waitForPort(cfg.pgPort, cfg.host, gone(postgres), 'Postgres', postgres.logFile);
				// Listening comes before accepting logins (recovery); retry the first query a little.
				for (let attempt = 0; ; attempt += 1) {
					try {
						await ensureDatabase(cfg, secrets);
						break;
					} catch (error) {
						if (attempt > 50) throw error;
						await new Promise((resolve) => setTimeout(resolve, 200));
					}
				}
			},
		);
	} catch (error) {
		await stop();
		throw error;
	}
	const env = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: cfg.host,
		DB_POSTGRESDB_PORT: String(cfg.pgPort),
		DB_POSTGRESDB_DATABASE: DATABASE,
		DB_POSTGRESDB_USER: DB_USER,
		DB_POSTGRESDB_PASSWORD: secrets.postgresPassword,
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: cfg.host,
		QUEUE_BULL_REDIS_PORT: String(cfg.redisPort),
		QUEUE_BULL_REDIS_PASSWORD: secrets.redisPassword,
		// Manual runs from the editor go to the workers too, as every other run does.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
	return { env, secrets, stop, services };
}
