#!/usr/bin/env node
/**
 * `npm run start:queue`: what `npm start` sets up (same templates, Data Tables, sample data,
 * mail catcher and console output), but n8n in queue mode as companies run it once one
 * process is not enough: Postgres as n8n's database (Data Tables included), Redis as the
 * queue, the main process (editor, triggers, webhooks and forms) and two `n8n worker`
 * processes that run the executions. Every n8n process shares the user folder, so each
 * loads our community package from the same place.
 *
 * Postgres and Redis are Debian's packages (installed with apt-get when missing and run as
 * root), run as plain processes with their data in .n8n-local/ (see services.mjs). Ctrl+C
 * stops everything; `npm run reset` removes it.
 *
 * Ports (besides npm start's): MENTORSHIP_PG_PORT (5433), MENTORSHIP_REDIS_PORT (6380),
 * MENTORSHIP_WORKER_PORT (5690: worker health checks and task runner brokers use 5690-5693).
 */
import { runAsScript } from '../start/index.mjs';
import { claimsCredential, startServices } from './services.mjs';
import { startWorkers, WORKERS, workerPorts } from './workers.mjs';

export const QUEUE_MODE = {
	name: 'queue',
	command: 'npm run start:queue',
	setupFileName: 'setup-queue.json',
	ports: (cfg) => [
		[cfg.pgPort, 'Postgres', 'MENTORSHIP_PG_PORT'],
		[cfg.redisPort, 'Redis', 'MENTORSHIP_REDIS_PORT'],
		...workerPorts(cfg).flatMap(({ health, broker }) => [
			[health, 'worker health check', 'MENTORSHIP_WORKER_PORT'],
			[broker, 'worker task runner broker', 'MENTORSHIP_WORKER_PORT'],
		]),
	],
	startServices,
	startWorkers,
	claimStore: 'postgres',
	credentialData: (cfg, services) => ({ postgres: claimsCredential(cfg, services) }),
	summary: (cfg) => [
		`  Queue mode:    Postgres ${cfg.host}:${cfg.pgPort} (database n8n), Redis ${cfg.host}:${cfg.redisPort}, main process + ${WORKERS} workers`,
		`  Worker logs:   ${cfg.logDir}/worker-1.log ... worker-${WORKERS}.log`,
	],
};

runAsScript(QUEUE_MODE);
