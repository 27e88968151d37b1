/**
 * The `n8n worker` processes of `npm run start:queue`. Each has its own task runner broker
 * and health check port (two ports per worker from MENTORSHIP_WORKER_PORT on), and the
 * same environment (database, Redis, user folder with our package) as the main process.
 */
import { step } from '../start/log.mjs';
import { startServer, waitForServer } from '../start/server.mjs';

export const WORKERS = 2;
/** Executions one worker runs at once (n8n's default). */
export const WORKER_CONCURRENCY = 10;

export function workerPorts(cfg) {
	return Array.from({ length: WORKERS }, (_, index) => ({
		health: cfg.workerPort + 2 * index,
		broker: cfg.workerPort + 2 * index + 1,
	}));
}

/** Starts the workers and resolves once each answers its readiness check. */
export async function startWorkers(cfg, env, { verbose = false, onExit = () => {} } = {}) {
	const workers = workerPorts(cfg).map(({ health, broker }, index) => {
		const name = `worker-${index + 1}`;
		const worker = startServer(
			cfg,
			{
				...env,
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(health),
				N8N_WORKER_SERVER_ADDRESS: cfg.host,
				N8N_RUNNERS_BROKER_PORT: String(broker),
			},
			{ verbose, args: ['worker', `--concurrency=${WORKER_CONCURRENCY}`], logName: name },
		);
		worker.name = name;
		worker.readinessUrl = `http://${cfg.host}:${health}/healthz/readiness`;
		worker.exited.then((result) => onExit(worker, result));
		return worker;
	});
	await step(`Starting ${WORKERS} n8n workers`, () =>
		Promise.all(workers.map((worker) => waitForServer(cfg, worker, { url: worker.readinessUrl }))),
	);
	return workers;
}
