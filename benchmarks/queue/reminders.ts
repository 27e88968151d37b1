import type { AxiosInstance } from 'axios';

import { clockedCopy } from '../../test/e2e/helpers/clock';
import { executionsOf } from '../../test/e2e/helpers/publicApi';
import { pairRow, sampleOrg } from '../../test/templates/helpers/templates';
import { arrivalOf, messageFiles, recipientsOf, waitForMessages } from './mailbox';
import type { SetUp } from './setUp';
import { patiently } from './setUp';
import { insertRows, tableNamed } from './tables';

const ZONE = 'Europe/Amsterdam';
const MANAGER = 'program-manager@example.com';
/**
 * The demo program (mentoring-2026) meets every other Tuesday at 15:00 Amsterdam time from
 * 2 March 2026: 17 March 15:00 is 14:00 UTC, its day-before reminder is due at 16 March
 * 14:00 UTC, and a run half an hour later sends it to both people of every pair.
 */
export const REMINDER_MOMENT = '2026-03-16T14:30:00.000Z';
export const REMINDER_PROGRAM = 'mentoring-2026';

export interface ReminderFigures {
	pairs: number;
	/** Seconds to insert the pairs through the public API (batches of 500 rows). */
	seedSeconds: number;
	/** The template's claim choice in the copy that ran: postgres or dataTable. */
	claimStore: string;
	runStatus: string;
	runError?: string;
	/** n8n's own start and stop of the run. */
	runSeconds: number | null;
	expected: number;
	delivered: number;
	/** Seconds from the trigger until the last reminder reached the mail catcher. */
	wallSeconds: number | null;
	/** Seconds from the trigger until the first reminder arrived. */
	firstMailSeconds: number | null;
	messagesPerSecond: number | null;
	/** Messages per second between the first and the last reminder (the sending loop alone). */
	sendingPerSecond: number | null;
	/** The run was still going when QUEUE_BENCH_TIMEOUT_MIN was up: the figures cover what arrived by then. */
	capped: boolean;
	duplicates: number;
	missing: number;
	unexpected: number;
	managerMails: number;
}

/** Both people of `pairs` made-up pairs in Amsterdam, with addresses of their own. */
function benchPairs(pairs: number, programId: string, offset: number) {
	const template = sampleOrg()[0];
	const person = (id: string, name: string) => ({ ...template, id, name, email: `${id.toLowerCase()}@bench.example`, timezone: ZONE });
	return Array.from({ length: pairs }, (_, index) => {
		const n = offset + index + 1;
		return pairRow(person(`MENTOR${n}`, `Mentor ${n}`), person(`MENTEE${n}`, `Mentee ${n}`), 'email', programId);
	});
}

/** The claim choice (`Claims in Postgres?`) of a workflow as stored in n8n. */
async function claimStoreOf(api: AxiosInstance, workflowId: string): Promise<string> {
	const workflow = (await api.get<{ nodes: Array<{ name: string; parameters: { conditions?: { conditions?: Array<{ leftValue?: string }> } } }> }>(`/workflows/${workflowId}`)).data;
	const choice = workflow.nodes.find((node) => node.name === 'Claims in Postgres?');
	return choice?.parameters.conditions?.conditions?.[0]?.leftValue ?? 'none';
}

/** n8n's error of a failed run (the run's data is read only then: a finished 10,000-pair run is large). */
async function errorOf(api: AxiosInstance, executionId: string): Promise<string> {
	try {
		const detail = (await api.get(`/executions/${executionId}`, { params: { includeData: true }, timeout: 120000 })).data as {
			data?: { resultData?: { error?: { message?: string; node?: { name?: string } } } };
		};
		const error = detail.data?.resultData?.error;
		return `${error?.node?.name ?? '?'}: ${error?.message ?? 'no message'}`;
	} catch (error) {
		return `(its data could not be read: ${(error as Error).message})`;
	}
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Seeds `pairs` active pairs of the demo program into the real `mentorship_pairs` Data
 * Table, then fires a clocked copy of the Reminders template (the e2e tests' clock) once
 * for {@link REMINDER_MOMENT}, and counts what reaches the mail catcher: every new person
 * must get exactly one reminder, and people of an earlier run (`offset` pairs, reminded
 * then) none.
 */
export async function remindPairs(
	setUp: SetUp,
	{ pairs, offset = 0, timeoutMs, log = (line: string) => console.log(line) }: { pairs: number; offset?: number; timeoutMs: number; log?: (line: string) => void },
): Promise<ReminderFigures> {
	const { api, n8n } = setUp;
	const mailDir = n8n.ready.mail.dir;
	const rows = benchPairs(pairs, REMINDER_PROGRAM, offset);
	const seeding = Date.now();
	await insertRows(api, await tableNamed(api, 'mentorship_pairs'), rows);
	const seedSeconds = round((Date.now() - seeding) / 1000);
	log(`  ${pairs} pairs inserted in ${seedSeconds} s`);

	const reminders = await clockedCopy(api, n8n.ready.url, setUp.workflowId('mentorship-reminders.json'), 'Every Hour');
	const claimStore = await claimStoreOf(api, reminders.id);
	const expectedPeople = rows.flatMap((row) => [String(row.mentorEmail), String(row.menteeEmail)]);
	const before = new Set(messageFiles(mailDir));
	const runOver = async () => {
		const [run] = await patiently(async () => await executionsOf(api, reminders.id));
		return Boolean(run) && !['new', 'running'].includes(run.status);
	};

	const triggered = Date.now();
	await reminders.fire(REMINDER_MOMENT);
	// The manager's summary (if anything could not be sent) comes on top of the reminders.
	const fresh = await waitForMessages(mailDir, before, expectedPeople.length, timeoutMs, runOver);
	const capped = fresh.length < expectedPeople.length && !(await runOver());
	// Let the run end (its last sent-log row comes after the last mail), unless the time ran out.
	for (const deadline = Date.now() + 120000; !capped && !(await runOver()) && Date.now() < deadline; )
		await new Promise((resolve) => setTimeout(resolve, 1000));
	const [run] = await patiently(async () => await executionsOf(api, reminders.id));

	const counts = new Map<string, number>();
	let managerMails = 0;
	const reminderArrivals: number[] = [];
	for (const file of fresh) {
		const to = recipientsOf(mailDir, file);
		if (to.includes(MANAGER)) {
			managerMails += 1;
			continue;
		}
		reminderArrivals.push(arrivalOf(file).at);
		for (const address of to) counts.set(address, (counts.get(address) ?? 0) + 1);
	}
	const expectedSet = new Set(expectedPeople);
	const delivered = reminderArrivals.length;
	const last = delivered ? Math.max(...reminderArrivals) : null;
	const first = delivered ? Math.min(...reminderArrivals) : null;
	const wallSeconds = last === null ? null : round((last - triggered) / 1000);
	const runSeconds = run?.stoppedAt ? round((Date.parse(run.stoppedAt) - Date.parse(run.startedAt)) / 1000) : null;
	const figures: ReminderFigures = {
		pairs,
		seedSeconds,
		claimStore,
		runStatus: run?.status ?? 'none',
		runSeconds,
		expected: expectedPeople.length,
		delivered,
		wallSeconds,
		firstMailSeconds: first === null ? null : round((first - triggered) / 1000),
		messagesPerSecond: wallSeconds ? round(delivered / wallSeconds) : null,
		sendingPerSecond: first !== null && last !== null && last > first ? round(((delivered - 1) * 1000) / (last - first)) : null,
		capped,
		duplicates: [...counts.values()].filter((count) => count > 1).length,
		missing: expectedPeople.filter((email) => !counts.has(email)).length,
		unexpected: [...counts.keys()].filter((email) => !expectedSet.has(email)).length,
		managerMails,
	};
	if (run && ['error', 'crashed'].includes(run.status)) figures.runError = await errorOf(api, run.id);
	log(`  ${JSON.stringify(figures)}`);
	return figures;
}
