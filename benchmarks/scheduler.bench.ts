/**
 * Mentorship Scheduler: Plan and Due Reminders for 10,000 pairs over a one-year
 * weekly program, in the core and through n8n's engine (the harness), both on one program:
 * the run stops with an error unless the node's output equals the core's.
 * Target: Due Reminders for 10,000 pairs under 1 s.
 */
import type { IDataObject } from 'n8n-workflow';

import { MESSAGE_KINDS } from '../nodes/core/messages/defaultTemplates';
import { pairRemindersInWindow } from '../nodes/core/reminders/pairReminders';
import { prepareTemplates, renderReminder } from '../nodes/core/reminders/renderReminder';
import { triageReminders } from '../nodes/core/reminders/triage';
import { createLocalTimeFormatter } from '../nodes/core/scheduling/localTime';
import { createCalendarCache } from '../nodes/core/scheduling/pairCalendar';
import { calendarOfPair, planPair } from '../nodes/core/scheduling/planPair';
import { buildProgramSettings } from '../nodes/core/scheduling/programSettings';
import { readSchedulingPair } from '../nodes/core/scheduling/readPair';
import { resolveTopicBank } from '../nodes/core/topics/topicBank';
import { runWorkflow } from '../test/harness/runWorkflow';

const PAIRS = 10_000;
const ZONES = ['Europe/Amsterdam', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'Europe/Berlin'];
const NOW = '2026-06-15T13:30:00Z';

const items: IDataObject[] = Array.from({ length: PAIRS }, (_, i) => ({
	pairId: `pair-${i}`,
	programId: 'year-2026',
	mentorId: `m${i}`,
	mentorName: `Mentor ${i}`,
	mentorEmail: `mentor${i}@example.com`,
	mentorTimezone: ZONES[i % ZONES.length],
	menteeId: `e${i}`,
	menteeName: `Mentee ${i}`,
	menteeEmail: `mentee${i}@example.com`,
	menteeTimezone: ZONES[(i * 7 + 3) % ZONES.length],
}));

/** The one program the core and the node both run, written once so that their figures compare. */
const PROGRAM = {
	start: '2026-01-05',
	lengthUnit: 'months' as const,
	length: 12,
	cadence: 'weekly',
	weekday: 2,
	preferredTime: '14:00',
	durationMinutes: 45,
	workingHoursStart: '09:00',
	workingHoursEnd: '17:00',
	anchor: 'mentor' as const,
	holidays: ['2026-04-03', '2026-04-06', '2026-05-05', '2026-12-25'],
};

/** The same program as the Mentorship Scheduler node's parameters. */
const parameters = {
	programStart: PROGRAM.start,
	programLengthUnit: PROGRAM.lengthUnit,
	programLength: PROGRAM.length,
	cadence: PROGRAM.cadence,
	weekday: PROGRAM.weekday,
	preferredTime: PROGRAM.preferredTime,
	durationMinutes: PROGRAM.durationMinutes,
	workingHoursStart: PROGRAM.workingHoursStart,
	workingHoursEnd: PROGRAM.workingHoursEnd,
	anchor: PROGRAM.anchor,
	holidays: { holiday: PROGRAM.holidays.map((date) => ({ date })) },
};

/** The two Due Reminders runs, the same for the core and the node. */
const HOURLY = { lookBackHours: 1, catchUpPolicy: 'sendWithinMaxLateness' as const, maxLatenessHours: 1 };
const CATCH_UP = { lookBackHours: 48, catchUpPolicy: 'sendAll' as const, maxLatenessHours: 12 };

/**
 * What a run produced, for comparing the core with the node: counts, and a digest of the
 * due reminders' dedupe keys (which hold each reminder's moment) or of the sessions' start times.
 */
interface Fingerprint {
	count: number;
	skipped?: number;
	digest: string;
}

/** FNV-1a over the sorted texts: equal for the same set whatever the order. */
function digestOf(texts: string[]): string {
	let hash = 0x811c9dc5;
	for (const text of [...texts].sort()) {
		for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193) >>> 0;
		hash = Math.imul(hash ^ 10, 0x01000193) >>> 0;
	}
	return hash.toString(16);
}

/** Stops the benchmark when the core and the node disagree: then they did not run the same program. */
function expectSame(label: string, core: Fingerprint, node: Fingerprint): void {
	if (JSON.stringify(core) !== JSON.stringify(node)) throw new Error(`${label}: core ${JSON.stringify(core)}, node ${JSON.stringify(node)}`);
	console.log(`  same output as the core: ${JSON.stringify(node)}`);
}

function measure<T>(label: string, run: () => T): T {
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = process.hrtime.bigint();
	const cpu = process.cpuUsage();
	const result = run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e3;
	const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
	console.log(`${label}: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, heap +${heap.toFixed(0)} MiB`);
	return result;
}

async function measureAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
	global.gc?.();
	const started = process.hrtime.bigint();
	const cpu = process.cpuUsage();
	const result = await run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const used = process.cpuUsage(cpu);
	console.log(`${label}: ${ms.toFixed(0)} ms wall, ${((used.user + used.system) / 1e3).toFixed(0)} ms CPU`);
	return result;
}

async function main() {
	const settings = buildProgramSettings(PROGRAM);
	const bank = resolveTopicBank({ kind: 'mentoring', language: 'en' });
	const pairs = items.map((item) => readSchedulingPair(item));

	const plans = measure(`core Plan, ${PAIRS} pairs, one year weekly`, () => {
		const calendarFor = createCalendarCache();
		const format = createLocalTimeFormatter();
		return pairs.map((pair) => planPair({ pair, settings, bank, calendarFor, format }));
	});
	console.log(`  sessions planned: ${plans.reduce((sum, plan) => sum + plan.sessionCount, 0)}`);

	const dueCore = ({ lookBackHours, catchUpPolicy, maxLatenessHours }: typeof HOURLY | typeof CATCH_UP) => {
		const calendarFor = createCalendarCache();
		const format = createLocalTimeFormatter();
		const templates = prepareTemplates({ language: 'en' });
		const now = Date.parse(NOW);
		const dueKeys: string[] = [];
		let skipped = 0;
		for (const pair of pairs) {
			const calendar = calendarOfPair(pair, settings, calendarFor);
			const candidates = pairRemindersInWindow({
				pair, settings, calendar, from: now - lookBackHours * 3_600_000, to: now, leadMinutes: [1440, 60], nudgeAfterWeeks: 4, kinds: new Set(MESSAGE_KINDS), format,
			});
			const result = triageReminders(candidates, { now, deliveries: new Map(), policy: catchUpPolicy, maxLatenessMs: maxLatenessHours * 3_600_000 });
			for (const reminder of result.due) {
				renderReminder({ reminder, pair, calendar, templates, bank, language: 'en', programName: 'Mentoring', durationMinutes: PROGRAM.durationMinutes, surveyUrl: {}, format });
			}
			for (const reminder of result.due) dueKeys.push(reminder.dedupeKey);
			skipped += result.skipped.length;
		}
		return { count: dueKeys.length, skipped, digest: digestOf(dueKeys) };
	};
	const hourly = measure(`core Due Reminders, ${PAIRS} pairs, hourly run (look-back 1 h)`, () => dueCore(HOURLY));
	console.log(`  due ${hourly.count}, skipped ${hourly.skipped}`);
	const catchUp = measure(`core Due Reminders, ${PAIRS} pairs, after 48 h down (look-back 48 h, send all missed)`, () => dueCore(CATCH_UP));
	console.log(`  due ${catchUp.count}, skipped ${catchUp.skipped}`);

	const node = (operation: string, extra: IDataObject, secondInput?: IDataObject[]) =>
		runWorkflow(
			{
				nodes: [
					{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					{ id: '2', name: 'Scheduler', type: 'n8n-nodes-mentorship.mentorshipScheduler', typeVersion: 1, position: [400, 0], parameters: { operation, ...parameters, ...extra } },
					...(secondInput
						? [
								{ id: '3', name: 'Log', type: 'n8n-nodes-base.set', typeVersion: 3.4, position: [200, 200] as [number, number], executeOnce: true, parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows: secondInput }), options: {} } },
								{ id: '4', name: 'Rows', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [300, 200] as [number, number], alwaysOutputData: true, parameters: { fieldToSplitOut: 'rows', options: {} } },
							]
						: []),
				],
				connections: {
					Start: { main: [[{ node: 'Scheduler', type: 'main', index: 0 }, ...(secondInput ? [{ node: 'Log', type: 'main' as const, index: 0 }] : [])]] },
					...(secondInput
						? { Log: { main: [[{ node: 'Rows', type: 'main', index: 0 }]] }, Rows: { main: [[{ node: 'Scheduler', type: 'main', index: 1 }]] } }
						: {}),
				},
			},
			{ start: { node: 'Start', items } },
		);

	// Warm up module loading so the figures are the node's, not require()'s.
	await node('dueReminders', { now: NOW, ...HOURLY }, []);
	const planRun = await measureAsync(`node Plan through the engine, ${PAIRS} pairs`, () => node('plan', {}));
	console.log(`  status ${planRun.status}, items ${planRun.output('Scheduler').length}`);
	// Plans come out in the pairs' order; each session is named by its pair's position.
	const sessionStarts = (planned: Array<{ sessions: Array<{ start: string }> }>): Fingerprint => {
		const starts = planned.flatMap((plan, i) => plan.sessions.map((session) => `${i} ${session.start}`));
		return { count: starts.length, digest: digestOf(starts) };
	};
	expectSame('Plan', sessionStarts(plans), sessionStarts(planRun.output('Scheduler').map((item) => item.json as unknown as { sessions: Array<{ start: string }> })));
	const dueRun = await measureAsync(`node Due Reminders through the engine, ${PAIRS} pairs, hourly run`, () => node('dueReminders', { now: NOW, ...HOURLY }, []));
	console.log(`  status ${dueRun.status}, due ${dueRun.output('Scheduler', 0).length}, skipped ${dueRun.output('Scheduler', 1).length}`);
	const dueOf = (run: typeof dueRun): Fingerprint => {
		const keys = run.output('Scheduler', 0).map((item) => String(item.json.dedupeKey));
		return { count: keys.length, skipped: run.output('Scheduler', 1).length, digest: digestOf(keys) };
	};
	expectSame('hourly run', hourly, dueOf(dueRun));
	const catchUpRun = await measureAsync(`node Due Reminders through the engine, ${PAIRS} pairs, look-back 48 h, send all missed`, () => node('dueReminders', { now: NOW, ...CATCH_UP }, []));
	console.log(`  status ${catchUpRun.status}, due ${catchUpRun.output('Scheduler', 0).length}, skipped ${catchUpRun.output('Scheduler', 1).length}`);
	expectSame('catch-up run', catchUp, dueOf(catchUpRun));
	console.log(`peak memory (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
