import path from 'node:path';
import { readFileSync } from 'node:fs';

import type { AxiosInstance } from 'axios';
import { DateTime } from 'luxon';
import { sleep } from 'n8n-workflow';

import { clockedCopy } from '../e2e/helpers/clock';
import type { CaughtMail, LocalN8n } from '../e2e/helpers/localN8n';
import { ownerSession, startLocalN8n } from '../e2e/helpers/localN8n';
import { executionsOf, publicApi } from '../e2e/helpers/publicApi';
import { pairRow, sampleOrg } from '../templates/helpers/templates';
import {
	duplicates,
	mailCatcher,
	portsFromEnvironment,
	recipient,
	workerLogs,
} from './helpers/queueRun';

const PROGRAM_MANAGER = 'program-manager@example.com';
const ZONE = 'Europe/Amsterdam';
/** Executions fired at once for one moment, and how many moments. */
const BURST = 50;
const ROUNDS = 20;
/** Pairs of the 50 × 20 test: 8 reminders due at every moment. */
const PAIRS = 4;
/** Pairs added for the worker-kill test: a send loop of 100+ reminders, long enough to kill a worker in. */
const MORE_PAIRS = 50;
/** One moment (51 runs) takes about 15-30 s on a busy two-core machine; 20 of them well under this. */
const ROUNDS_TIMEOUT_MS = 20 * 60 * 1000;
const KILL_TIMEOUT_MS = 8 * 60 * 1000;

const templateName = (file: string) =>
	(JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { name: string }).name;

/**
 * The demo program meets every other Tuesday at 15:00 from 17 March 2026 (3 March, 17 March, ...) (its record: start
 * 2 March, biweekly, weekday 2); with every pair in Amsterdam, the day-before reminder is due
 * 24 hours and the hour-before one 1 hour before 15:00 Amsterdam time. Each moment here is
 * half an hour after one of them: two moments per session, ten sessions.
 */
function dueMoments(sessions = ROUNDS / 2, from = '2026-03-17'): string[] {
	const first = DateTime.fromISO(`${from}T15:00`, { zone: ZONE });
	return Array.from({ length: sessions }, (_, index) => first.plus({ weeks: 2 * index })).flatMap(
		(session) => [
			session.minus({ hours: 24 }).plus({ minutes: 30 }).toUTC().toISO()!,
			session.minus({ hours: 1 }).plus({ minutes: 30 }).toUTC().toISO()!,
		],
	);
}

/**
 * The reminders template on n8n in queue mode (Postgres, Redis, two workers): n8n's Schedule
 * Trigger can fire twice there, so the same moment is run 50 times at once, and every due
 * reminder must still arrive exactly once.
 */
describe('reminders on n8n in queue mode', () => {
	let n8n: LocalN8n;
	let api: AxiosInstance;
	let catcher: ReturnType<typeof mailCatcher>;
	const allMentors = sampleOrg().filter((person) => person.role === 'mentor');
	const allMentees = sampleOrg().filter((person) => person.role === 'mentee');
	/** Addresses of everyone paired so far: each gets one reminder at each due moment. */
	let people: string[] = [];
	let pairsTable: { id: string; columns: Set<string> };
	/** Pairs the mentors and mentees from `from` to `to` (sample organisation order), all in Amsterdam. */
	const addPairs = async (from: number, to: number) => {
		const rows = allMentors.slice(from, to).map((mentor, index) =>
			Object.fromEntries(
				Object.entries({
					...pairRow(mentor, allMentees[from + index], 'email'),
					mentorTimezone: ZONE,
					menteeTimezone: ZONE,
				}).filter(([name]) => pairsTable.columns.has(name)),
			),
		);
		await api.post(`/data-tables/${pairsTable.id}/rows`, { data: rows, returnType: 'count' });
		people.push(
			...rows
				.flatMap((row) => [String(row.mentorEmail), String(row.menteeEmail)])
				.map((email) => email.toLowerCase()),
		);
	};
	const reminderMails = (all: CaughtMail[]) =>
		all.filter((mail) => recipient(mail) !== PROGRAM_MANAGER);
	const missingFrom = (caught: CaughtMail[]) =>
		people.filter((email) => !caught.some((mail) => recipient(mail) === email));
	const reminderTemplateId = () =>
		n8n.ready.workflows.find((entry) => entry.name === templateName('mentorship-reminders.json'))!
			.id;
	/** A fresh clocked copy of the template: its runs alone are listed, so waiting on them reads one page. */
	const clockedReminders = async () =>
		await clockedCopy(api, n8n.ready.url, reminderTemplateId(), 'Every Hour');

	beforeAll(async () => {
		n8n = await startLocalN8n({
			outputDir: path.resolve('test-output/e2e-queue/reminders'),
			queue: true,
			env: portsFromEnvironment(),
		});
		catcher = mailCatcher(n8n);
		api = await publicApi(await ownerSession(n8n.ready), n8n.ready);
		const tables = (
			await api.get<{
				data: Array<{ id: string; name: string; columns: Array<{ name: string }> }>;
			}>('/data-tables')
		).data.data;
		const table = tables.find((entry) => entry.name === 'mentorship_pairs')!;
		// The columns npm start made from the templates (a pair row for the harness has a few more).
		pairsTable = { id: table.id, columns: new Set(table.columns.map((column) => column.name)) };
		people = [];
		await addPairs(0, PAIRS);
	});

	afterAll(async () => {
		await n8n?.stop();
	});

	it(
		`delivers every due reminder exactly once when each of ${ROUNDS} moments is run ${BURST} times at once`,
		async () => {
			const report: string[] = [];
			for (const moment of dueMoments()) {
				const reminders = await clockedReminders();
				await catcher.clear();
				await Promise.all(Array.from({ length: BURST }, async () => await reminders.fire(moment)));
				// Every due reminder caught, then every run over: nothing more can arrive for this burst.
				await catcher.atLeast(people.length, 120000);
				await reminders.settled(BURST, 300000);
				const caught = reminderMails(await catcher.all());
				// One more run of the same moment: nothing was left for it, everything due went out.
				await reminders.fire(moment);
				await reminders.settled(BURST + 1, 120000);
				const late = reminderMails(await catcher.all()).length - caught.length;
				report.push(
					`${moment}: ${caught.length} reminders, duplicates [${duplicates(caught).join('; ')}], missing [${missingFrom(caught).join(', ')}], sent by a later run ${late}`,
				);
			}
			// Every moment had reminders due (8: 4 pairs, both people), so none passes by sending nothing.
			expect(people).toHaveLength(2 * PAIRS);
			expect(
				report.filter(
					(line) => !/duplicates \[\], missing \[\], sent by a later run 0$/.test(line),
				),
			).toEqual([]);
		},
		ROUNDS_TIMEOUT_MS,
	);

	/**
	 * A worker killed in the middle of a run: the messages it had claimed but not sent are
	 * sent by n8n's re-run of the stalled job or, at the latest, by the next run once their
	 * claims' lease has ended. A message the mail server had accepted but whose sent-log row
	 * was not written yet is the one that can arrive twice (docs/production.md).
	 */
	it(
		'loses no reminder when a worker is killed in the middle of a run, and sends at most the one in flight twice',
		async () => {
			await addPairs(PAIRS, PAIRS + MORE_PAIRS);
			const [moment] = dueMoments(1, '2026-09-01');
			// An hour later: past the claims' lease (45 minutes from the killed run's moment).
			const next = DateTime.fromISO(moment).plus({ hours: 1 }).toUTC().toISO()!;
			const killed = await clockedReminders();
			const later = await clockedReminders();
			await catcher.clear();
			// The mail server refuses for a while: the run claims every reminder, then its send loop
			// retries the first one (3 tries, 3 s apart) — the worker is killed in there, for sure.
			const refusedBefore = await catcher.refused();
			await catcher.outage(true);
			const logs = workerLogs(n8n);
			await killed.fire(moment);

			// The worker whose log says it started the run (the only run going on), and the run's id.
			let worker: ReturnType<typeof logs.startedSince>;
			for (const deadline = Date.now() + 120000; !worker && Date.now() < deadline; ) {
				worker = logs.startedSince();
				if (!worker) await sleep(50);
			}
			expect(worker).toBeDefined();
			const executionId = worker!.executionId;
			for (const deadline = Date.now() + 120000; Date.now() < deadline; ) {
				if ((await catcher.refused()) > refusedBefore) break;
				await sleep(100);
			}
			const inSendLoop = (await catcher.refused()) > refusedBefore;
			process.kill(worker!.pid, 'SIGKILL');
			const caughtAtKill = (await catcher.all()).length;
			await catcher.outage(false);
			const expected = people.length;
			expect(inSendLoop).toBe(true);
			expect(caughtAtKill).toBe(0);

			// n8n notices the dead worker's job and re-runs or abandons it; then the next hour runs.
			for (const deadline = Date.now() + 120000; Date.now() < deadline; ) {
				const status = (await executionsOf(api, killed.id)).find(
					(run) => run.id === executionId,
				)?.status;
				if (status && !['new', 'running'].includes(status)) break;
				await sleep(1000);
			}
			await later.fire(next);
			await later.settled(1, 300000);
			const caught = reminderMails(await catcher.all());
			const twice = duplicates(caught);
			process.stdout.write(
				`worker kill: ${worker!.name} killed in its send loop, ${caughtAtKill} of ${expected} reminders caught then; ${caught.length} caught in all; duplicates [${twice.join('; ')}]\n`,
			);
			expect(missingFrom(caught)).toEqual([]);
			// At most the one message in flight when the worker died.
			expect(twice.length).toBeLessThanOrEqual(1);
			expect(caught.length).toBeLessThanOrEqual(expected + 1);
		},
		KILL_TIMEOUT_MS,
	);
});
