import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { DateTime } from 'luxon';
import { sleep } from 'n8n-workflow';

import type { ClockedWorkflow, WorkflowNode } from '../e2e/helpers/clock';
import { clockedCopy } from '../e2e/helpers/clock';
import type { CaughtMail, LocalN8n } from '../e2e/helpers/localN8n';
import { ownerSession, startLocalN8n } from '../e2e/helpers/localN8n';
import { executionsOf, publicApi } from '../e2e/helpers/publicApi';
import { pairRow, sampleOrg } from '../templates/helpers/templates';

const PROGRAM_MANAGER = 'program-manager@example.com';
const ZONE = 'Europe/Amsterdam';
/** Executions fired at once for one moment, and how many moments. */
const BURST = 50;
const ROUNDS = 20;
const PAIRS = 16;
/** More pairs for the last two tests: a run that claims more messages holds its transaction longer. */
const MORE_PAIRS = 50;
/** 1,020 executions: about 25 minutes on a busy two-core machine, well under this. */
const ROUNDS_TIMEOUT_MS = 60 * 60 * 1000;

const templateName = (file: string) =>
	(JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { name: string }).name;
const recipient = (mail: CaughtMail) =>
	(/<([^>]+)>/.exec(mail.to)?.[1] ?? mail.to).trim().toLowerCase();

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

/** The template's claim choice set to `store` (npm run start:queue sets `postgres`). */
function withClaimStore(node: WorkflowNode, store: string): WorkflowNode {
	const parameters = JSON.parse(JSON.stringify(node.parameters)) as {
		conditions: { conditions: Array<{ leftValue: string }> };
	};
	parameters.conditions.conditions[0].leftValue = store;
	return { ...node, parameters };
}

/** (recipient, subject) pairs that arrived more than once. */
function duplicates(mails: CaughtMail[]): string[] {
	const seen = new Map<string, number>();
	for (const mail of mails) {
		const key = `${recipient(mail)} | ${mail.subject}`;
		seen.set(key, (seen.get(key) ?? 0) + 1);
	}
	return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} x${count}`);
}

/**
 * The reminders template on n8n in queue mode (Postgres, Redis, two workers): n8n's Schedule
 * Trigger can fire twice there, so the same moment is run 50 times at once, and every due
 * reminder must still arrive exactly once.
 */
describe('reminders on n8n in queue mode', () => {
	let n8n: LocalN8n;
	let api: AxiosInstance;
	let reminders: ClockedWorkflow;
	const allMentors = sampleOrg().filter((person) => person.role === 'mentor');
	const allMentees = sampleOrg().filter((person) => person.role === 'mentee');
	/** Addresses of everyone paired so far. */
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
	const mails = async () =>
		(await axios.get<CaughtMail[]>(`${n8n.ready.mail.url}/api/messages`)).data;
	const reminderMails = (all: CaughtMail[]) =>
		all.filter((mail) => recipient(mail) !== PROGRAM_MANAGER);
	/** Fires `count` runs for one moment at once and waits until all of them are over. */
	const burst = async (moment: string, count: number) => {
		const before = (await executionsOf(api, reminders.id)).length;
		await Promise.all(Array.from({ length: count }, async () => await reminders.fire(moment)));
		await reminders.settled(before + count, 300000);
	};

	const reminderTemplateId = () =>
		n8n.ready.workflows.find((entry) => entry.name === templateName('mentorship-reminders.json'))!
			.id;

	beforeAll(async () => {
		n8n = await startLocalN8n({
			outputDir: path.resolve('test-output/e2e-queue/reminders'),
			queue: true,
		});
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
		reminders = await clockedCopy(api, n8n.ready.url, reminderTemplateId(), 'Every Hour');
	});

	afterAll(async () => {
		await n8n?.stop();
	});

	it(
		`delivers every due reminder exactly once when each of ${ROUNDS} moments is run ${BURST} times at once`,
		async () => {
			const report: string[] = [];
			for (const moment of dueMoments()) {
				const before = (await mails()).length;
				await burst(moment, BURST);
				const caught = reminderMails((await mails()).slice(before));
				// Nothing was left for a later run of the same moment: everything due went out.
				const afterBurst = (await mails()).length;
				await burst(moment, 1);
				const late = reminderMails((await mails()).slice(afterBurst));
				const missing = people.filter((email) => !caught.some((mail) => recipient(mail) === email));
				report.push(
					`${moment}: ${caught.length} reminders, duplicates [${duplicates(caught).join('; ')}], missing [${missing.join(', ')}], sent by a later run ${late.length}`,
				);
			}
			expect(
				report.filter(
					(line) => !/duplicates \[\], missing \[\], sent by a later run 0$/.test(line),
				),
			).toEqual([]);
		},
		ROUNDS_TIMEOUT_MS,
	);

	/**
	 * Why queue mode claims in Postgres: with the Data Table claim (the lowest row id wins),
	 * a run can insert its claims, commit and read them back while another run's earlier
	 * ids are not committed yet, and both win; and n8n's Data Table read pages through rows
	 * that other runs are inserting, and fails. Either way the moment is not delivered
	 * exactly once by every run: some reminder goes out twice, or some run fails. With more
	 * pairs, so that a run's claims take longer to insert.
	 */
	it('does not deliver exactly once when the same moment runs 50 times at once with the Data Table claim', async () => {
		const dataTableClaims = await clockedCopy(
			api,
			n8n.ready.url,
			reminderTemplateId(),
			'Every Hour',
			(node) => (node.name === 'Claims in Postgres?' ? withClaimStore(node, 'dataTable') : node),
		);
		await addPairs(PAIRS, PAIRS + MORE_PAIRS);
		const twice: string[] = [];
		let failedRuns = 0;
		for (const moment of dueMoments(2, '2026-08-04')) {
			const before = (await mails()).length;
			const runs = (await executionsOf(api, dataTableClaims.id)).length;
			await Promise.all(
				Array.from({ length: BURST }, async () => await dataTableClaims.fire(moment)),
			);
			// Not settledExecutions: it stops at the first failed run, and failed runs are counted here.
			let executions = await executionsOf(api, dataTableClaims.id);
			for (const deadline = Date.now() + 600000; Date.now() < deadline; ) {
				if (
					executions.length >= runs + BURST &&
					!executions.some((execution) => ['new', 'running'].includes(execution.status))
				)
					break;
				await sleep(1000);
				executions = await executionsOf(api, dataTableClaims.id);
			}
			failedRuns = executions.filter((execution) => execution.status === 'error').length;
			twice.push(...duplicates(reminderMails((await mails()).slice(before))));
		}
		expect(twice.length + failedRuns).toBeGreaterThan(0);
	});

	/**
	 * A worker killed in the middle of a run: the messages it had claimed but not sent are
	 * sent by n8n's re-run of the stalled job or, at the latest, by the next run once their
	 * claims' lease has ended. A message the mail server had accepted but whose sent-log row
	 * was not written yet is the one that can arrive twice (docs/production.md).
	 */
	it('loses no reminder when a worker is killed in the middle of a run, and sends at most the one in flight twice', async () => {
		const [moment] = dueMoments(1, '2026-09-01');
		const next = DateTime.fromISO(moment).plus({ hours: 1 }).toUTC().toISO()!;
		const killed = await clockedCopy(api, n8n.ready.url, reminderTemplateId(), 'Every Hour');
		const later = await clockedCopy(api, n8n.ready.url, reminderTemplateId(), 'Every Hour');
		const before = (await mails()).length;
		await killed.fire(moment);
		// The run's id, as soon as it shows, and the worker that started it (its log says so).
		let executionId: string | undefined;
		while (!executionId) {
			executionId = (await executionsOf(api, killed.id))[0]?.id;
			if (!executionId) await sleep(100);
		}
		const logOf = (name: string) => {
			const file = path.join(n8n.stateDir, 'logs', `${name}.log`);
			return existsSync(file) ? readFileSync(file, 'utf8') : '';
		};
		let worker: { name: string; pid: number } | undefined;
		let sentBeforeKill = 0;
		for (const deadline = Date.now() + 120000; !worker && Date.now() < deadline; ) {
			sentBeforeKill = reminderMails((await mails()).slice(before)).length;
			const runner = n8n.ready.workers.find((entry) =>
				logOf(entry.name).includes(`started execution ${executionId} `),
			);
			// Once the first reminders are out: the rest of the run is still to come.
			if (runner && sentBeforeKill > 0) worker = runner;
			else await sleep(50);
		}
		expect(worker).toBeDefined();
		process.kill(worker!.pid, 'SIGKILL');
		const expected = people.length;
		// Killed while sending: some of the due reminders had not gone out.
		expect(sentBeforeKill).toBeLessThan(expected);

		// n8n may re-run the stalled job on the other worker; let it, then run the next hour.
		await sleep(45000);
		const runs = (await executionsOf(api, later.id)).length;
		await later.fire(next);
		await later.settled(runs + 1, 300000);
		const caught = reminderMails((await mails()).slice(before));
		const missing = people.filter((email) => !caught.some((mail) => recipient(mail) === email));
		expect(missing).toEqual([]);
		// At most the one message in flight when the worker died.
		expect(duplicates(caught).length).toBeLessThanOrEqual(1);
	});
});
