/**
 * Regular mode against queue mode, side by side in one run (`npm run bench -- queue`; not
 * part of the plain `npm run bench`, because it starts real servers and takes many minutes).
 *
 * For each set-up in turn, `npm start` (one n8n process, SQLite) and `npm run start:queue`
 * (n8n main + two workers, Postgres, Redis), in a temporary state folder with an empty
 * roster and the templates as shipped:
 *
 *   1. matching: the 300 people of the sample organisation apply through the Application
 *      Form, a few at a time, confirm by the link in their email, and the Matching template
 *      runs through its Run Matching Now form with the program manager's approval;
 *   2. reminders: QUEUE_BENCH_PAIRS active pairs (10,000) go into the real `mentorship_pairs`
 *      Data Table through the public API, and the Reminders template is fired once for a
 *      moment at which every person's day-before reminder is due; the wall time runs from
 *      the trigger to the last reminder at the mail catcher, and every person must get
 *      exactly one. A list (500,10000) makes several runs on the same set-up, each with new
 *      pairs; people of an earlier run must get nothing more.
 *
 * Settings (environment): QUEUE_BENCH_MODES (regular,queue), QUEUE_BENCH_PAIRS (10000),
 * QUEUE_BENCH_APPLICANTS (300; 0 skips matching), QUEUE_BENCH_CONCURRENCY (4 form posts or
 * clicks at a time), QUEUE_BENCH_TIMEOUT_MIN (90, per reminder run), and the MENTORSHIP_*PORT
 * variables of scripts/start/config.mjs (free ports otherwise). Logs of every process go to
 * test-output/bench-queue/<mode>/; the figures are printed and appended to
 * benchmarks/out/queue-results.jsonl.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { sampleOrg } from '../../test/templates/helpers/templates';
import { LoadSampler, machine, MemorySampler } from './machine';
import type { MatchingFigures } from './matching';
import { enrolAndMatch } from './matching';
import type { ReminderFigures } from './reminders';
import { remindPairs } from './reminders';
import type { Mode, SetUp } from './setUp';
import { startSetUp } from './setUp';

interface ModeResult {
	mode: Mode;
	startSeconds?: number;
	matching?: MatchingFigures & { load: string; memory: string };
	reminders: Array<ReminderFigures & { load: string; memory: string }>;
	errors: string[];
}

function numberFromEnv(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
	return value;
}

const MODES = (process.env.QUEUE_BENCH_MODES ?? 'regular,queue').split(',').map((mode) => mode.trim()) as Mode[];
/** Reminder runs one after the other on the same set-up, each with new pairs (e.g. 500,10000). */
const PAIRS = (process.env.QUEUE_BENCH_PAIRS || '10000').split(',').map((size) => {
	const value = Number(size.trim());
	if (!Number.isInteger(value) || value <= 0) throw new Error(`QUEUE_BENCH_PAIRS must be whole numbers, got "${size}"`);
	return value;
});
const APPLICANTS = numberFromEnv('QUEUE_BENCH_APPLICANTS', 300);
const CONCURRENCY = numberFromEnv('QUEUE_BENCH_CONCURRENCY', 4);
const TIMEOUT_MS = numberFromEnv('QUEUE_BENCH_TIMEOUT_MIN', 90) * 60 * 1000;

async function measured<T>(setUp: SetUp, part: () => Promise<T>): Promise<T & { load: string; memory: string }> {
	const load = new LoadSampler();
	const memory = new MemorySampler(path.join(setUp.n8n.stateDir, 'user'));
	try {
		const figures = await part();
		return { ...figures, load: load.stop(), memory: memory.stop() };
	} finally {
		load.stop();
		memory.stop();
	}
}

async function benchMode(mode: Mode): Promise<ModeResult> {
	const result: ModeResult = { mode, reminders: [], errors: [] };
	console.log(`\n## ${mode} mode: starting`);
	let setUp: SetUp | undefined;
	// Before the set-up is ready there is nothing to stop here: the start script stops itself
	// when this process is gone.
	const stopOnSignal = () => {
		if (setUp) void setUp.n8n.stop().finally(() => process.exit(130));
		else process.exit(130);
	};
	process.once('SIGINT', stopOnSignal);
	process.once('SIGTERM', stopOnSignal);
	try {
		setUp = await startSetUp(mode, path.resolve('test-output/bench-queue', mode));
		result.startSeconds = Math.round(setUp.startSeconds);
		console.log(`  ready after ${result.startSeconds} s (${setUp.n8n.ready.workers.length} workers)`);
		if (APPLICANTS > 0) {
			console.log(`## ${mode} mode: ${APPLICANTS} applications and a matching run`);
			try {
				result.matching = await measured(setUp, async () =>
					await enrolAndMatch(setUp!, { people: sampleOrg().slice(0, APPLICANTS), concurrency: CONCURRENCY, timeoutMs: TIMEOUT_MS }),
				);
			} catch (error) {
				result.errors.push(`matching: ${(error as Error).message}`);
				console.log(`  matching failed: ${(error as Error).message}`);
			}
		}
		let offset = 0;
		for (const pairs of PAIRS) {
			console.log(`## ${mode} mode: reminders for ${pairs} pairs`);
			result.reminders.push(await measured(setUp, async () => await remindPairs(setUp!, { pairs, offset, timeoutMs: TIMEOUT_MS })));
			offset += pairs;
		}
	} catch (error) {
		result.errors.push((error as Error).message);
		console.log(`  failed: ${(error as Error).message}`);
	} finally {
		await setUp?.n8n.stop();
		process.removeListener('SIGINT', stopOnSignal);
		process.removeListener('SIGTERM', stopOnSignal);
	}
	return result;
}

const cell = (value: unknown) => (value === undefined || value === null ? '–' : String(value));

function table(results: ModeResult[]): string {
	const column = (pick: (result: ModeResult) => unknown) => results.map((result) => cell(pick(result))).join(' | ');
	type Run = ReminderFigures & { load: string; memory: string };
	const reminderRows = (index: number): Array<[string, (result: ModeResult) => unknown]> => {
		const at = (pick: (run: Run) => unknown) => (result: ModeResult) => (result.reminders[index] ? pick(result.reminders[index]) : undefined);
		return [
			[`**reminder run ${index + 1}**: pairs seeded (s)`, at((r) => `${r.pairs} (${r.seedSeconds} s)`)],
			['claims in', at((r) => r.claimStore)],
			['trigger to last mail (s)', at((r) => r.wallSeconds)],
			['trigger to first mail (s)', at((r) => r.firstMailSeconds)],
			['run in n8n, start to stop (s)', at((r) => r.runSeconds)],
			['messages per second (trigger to last mail)', at((r) => r.messagesPerSecond)],
			['messages per second (first to last mail)', at((r) => r.sendingPerSecond)],
			['stopped by the time limit', at((r) => (r.capped ? `yes, after ${TIMEOUT_MS / 60000} min` : 'no'))],
			['reminders delivered / expected', at((r) => `${r.delivered} / ${r.expected}`)],
			['people reminded twice / not reminded / unexpected', at((r) => `${r.duplicates} / ${r.missing} / ${r.unexpected}`)],
			['run status', at((r) => `${r.runStatus}${r.runError ? ` (${r.runError})` : ''}`)],
			['load average during the run', at((r) => r.load)],
			['peak RSS of n8n processes', at((r) => r.memory)],
		];
	};
	const rows: Array<[string, (result: ModeResult) => unknown]> = [
		['set-up ready (s)', (r) => r.startSeconds],
		['applications posted (s)', (r) => r.matching?.submitSeconds],
		['all confirmation emails (s from first post)', (r) => r.matching?.confirmationsSeconds],
		['confirm clicks to last enrolled email (s)', (r) => r.matching?.confirmSeconds],
		['enrolment throughput (applications/s, whole flow)', (r) => r.matching?.enrolmentPerSecond],
		['enrolled on the roster', (r) => r.matching && `${r.matching.rosterEnrolled} of ${r.matching.applicants}`],
		['enrolment runs', (r) => r.matching && JSON.stringify(r.matching.enrolmentRuns)],
		['matching: form to proposal waiting for approval (s)', (r) => r.matching?.proposeSeconds],
		['pairs proposed', (r) => r.matching?.proposedPairs],
		['matching: approval to last introduction (s)', (r) => r.matching?.introduceSeconds],
		['introduction emails', (r) => r.matching?.introductionMails],
		['load average during enrolment and matching', (r) => r.matching?.load],
		['peak RSS of n8n processes (matching)', (r) => r.matching?.memory],
		...PAIRS.flatMap((_, index) => reminderRows(index)),
		['errors', (r) => r.errors.join('; ') || 'none'],
	];
	return [
		`| | ${results.map((result) => result.mode).join(' | ')} |`,
		`|---|${results.map(() => '---').join('|')}|`,
		...rows.map(([label, pick]) => `| ${label} | ${column(pick)} |`),
	].join('\n');
}

async function main(): Promise<void> {
	// Node's default agent keeps sockets alive; n8n closes idle ones after 5 s, and a poll
	// that picks such a socket the moment it closes fails with ECONNRESET (seen under load).
	http.globalAgent = new http.Agent({ keepAlive: false });
	const started = new Date();
	console.log(`Queue-mode benchmark: modes ${MODES.join(', ')}, ${APPLICANTS} applicants, reminder runs of ${PAIRS.join(', ')} pairs, ${JSON.stringify(machine())}`);
	const results: ModeResult[] = [];
	for (const mode of MODES) results.push(await benchMode(mode));
	const markdown = table(results);
	console.log(`\n${markdown}\n`);
	mkdirSync(path.resolve('benchmarks/out'), { recursive: true });
	appendFileSync(
		path.resolve('benchmarks/out/queue-results.jsonl'),
		`${JSON.stringify({ started: started.toISOString(), ended: new Date().toISOString(), machine: machine(), pairs: PAIRS, applicants: APPLICANTS, concurrency: CONCURRENCY, results })}\n`,
	);
	if (results.some((result) => result.errors.length > 0)) process.exitCode = 1;
}

void main();
