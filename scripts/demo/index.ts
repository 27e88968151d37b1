/**
 * `npm run demo`: plays a cohort of the sample organisation through a whole program, in a few
 * minutes, on the n8n that `npm start` runs (start it first, in another terminal; the demo
 * finds it through <state folder>/ready.json, `.n8n-local/` unless MENTORSHIP_STATE_DIR says
 * otherwise). Each step is printed with where to look. Every run makes a program of its own
 * (`demo-<date>-<time>`), so it can be run again on the same server.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import axios from 'axios';

import type { ReadyInfo } from '../../test/e2e/helpers/localN8n';
import { connect } from '../../test/e2e/helpers/lifecycle';
import { playCohort } from './cohort';

async function main(): Promise<void> {
	const stateDir = path.resolve(process.env.MENTORSHIP_STATE_DIR || '.n8n-local');
	const readyFile = path.join(stateDir, 'ready.json');
	const ready = existsSync(readyFile) ? (JSON.parse(readFileSync(readyFile, 'utf8')) as ReadyInfo) : undefined;
	const healthy = ready && (await axios.get(`${ready.url}/healthz`, { validateStatus: () => true }).catch(() => undefined))?.status === 200;
	if (!ready || !healthy) {
		process.stderr.write(`[demo] No running npm start found (${readyFile}${ready ? `, ${ready.url} does not answer` : ' is missing'}). Run npm start in another terminal, wait for "Ready", then npm run demo.\n`);
		process.exit(1);
	}
	const started = Date.now();
	process.stdout.write(`[demo] Playing a cohort on ${ready.url}; mail catcher ${ready.mail.url}\n`);
	const outcome = await playCohort(await connect(ready, 'npm run demo'), { log: (line) => process.stdout.write(`[demo] ${line}\n`) });
	process.stdout.write(`[demo] Done in ${Math.round((Date.now() - started) / 1000)} s: program ${outcome.programId}, ${outcome.start} to ${outcome.end}.\n`);
}

main().catch((error: Error) => {
	// n8n's answer says more than the request that got it.
	const answer = axios.isAxiosError(error) ? ` (${error.config?.method?.toUpperCase()} ${error.config?.url}: ${JSON.stringify(error.response?.data)})` : '';
	process.stderr.write(`[demo] FAILED: ${error.message}${answer}\n${error.stack ?? ''}\n`);
	process.exit(1);
});
