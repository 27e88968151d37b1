import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { jsonOf, matchItem, runScheduler, SCHEDULER } from './schedulerWorkflow';

const program = {
	programStart: '2026-03-02',
	programLengthUnit: 'weeks',
	programLength: 6,
	cadence: 'weekly',
	weekday: 2,
	preferredTime: '14:00',
	durationMinutes: 60,
};
const due = { operation: 'dueReminders', ...program, lookBackHours: 48, maxLatenessHours: 12 };

const pairs = [
	matchItem(),
	matchItem({ pairId: 'pair-tokyo-london', mentorTimezone: 'Asia/Tokyo', menteeTimezone: 'Europe/London', mentorEmail: 'kenji@example.com', menteeEmail: 'liz@example.com' }),
	matchItem({ pairId: 'pair-la-kolkata', mentorTimezone: 'America/Los_Angeles', menteeTimezone: 'Asia/Kolkata', mentorEmail: 'lee@example.com', menteeEmail: 'ravi@example.com', channel: 'Slack' }),
];

const HOUR = 3_600_000;
const dayStart = Date.parse('2026-03-02T00:00:00Z');
const runTimes = Array.from({ length: 24 }, (_, h) => new Date(dayStart + h * HOUR).toISOString());

/**
 * Every reminder due from 48 hours before the first run to the last run, worked out
 * independently: introductions at 09:00 in each person's zone (luxon), and session
 * reminders from the sessions the Plan operation returns minus one day or one hour.
 */
async function expectedKeys(): Promise<string[]> {
	const plans = jsonOf(await runScheduler({ operation: 'plan', ...program }, { items: pairs }));
	const from = dayStart - 48 * HOUR;
	const to = dayStart + 23 * HOUR;
	const keys: string[] = [];
	for (const plan of plans) {
		for (const role of ['mentor', 'mentee']) {
			const intro = DateTime.fromISO('2026-03-02T09:00', { zone: plan[`${role}Timezone`] as string }).toMillis();
			if (intro > from && intro <= to) keys.push(`${plan.pairId}|introduction|${role}`);
			for (const session of plan.sessions as IDataObject[]) {
				for (const lead of [1440, 60]) {
					const dueAt = Date.parse(session.start as string) - lead * 60_000;
					if (dueAt > from && dueAt <= to) keys.push(`${plan.pairId}|session ${session.number}|${lead}|${role}`);
				}
			}
		}
	}
	return keys.sort();
}

const describeKey = (item: IDataObject) =>
	item.kind === 'introduction'
		? `${item.pairId}|introduction|${item.recipientRole}`
		: `${item.pairId}|session ${item.sessionNumber}|${String(item.dedupeKey).match(/-(\d+)m\|/)?.[1]}|${item.recipientRole}`;

describe('Mentorship Scheduler, Due Reminders', () => {
	describe('when it runs every hour of a day and each run\'s output is added to the sent log', () => {
		it('returns every reminder exactly once', async () => {
			const log: IDataObject[] = [];
			const sent: IDataObject[] = [];
			for (const now of runTimes) {
				const result = await runScheduler({ ...due, now }, { items: pairs, secondInput: log });
				expect(result.status).toBe('success');
				expect(jsonOf(result, 1)).toEqual([]);
				for (const item of jsonOf(result)) {
					sent.push(item);
					log.push({ dedupeKey: item.dedupeKey, sentAt: now });
				}
			}
			// Three pairs in five zones: the 09:00 introductions of all six people (Tokyo's falls exactly at 00:00 UTC)
			// and the day-before reminders of the Tuesday sessions; the hour-before ones fall on Tuesday.
			expect(sent.map(describeKey).sort()).toEqual(await expectedKeys());
			// By hand: 6 introductions, and the Tuesday 3 March sessions start at 14:00, 05:00 (Tokyo/London, no shared
			// hours) and 22:00 UTC (Los Angeles/Kolkata, none either), so all three day-before reminders fall on Monday.
			expect(sent).toHaveLength(6 + 3 * 2);
			expect(new Set(sent.map((item) => item.dedupeKey)).size).toBe(sent.length);
		});
	});

	describe('when it runs twice at the same time with the log updated in between', () => {
		it('returns nothing the second time', async () => {
			const now = '2026-03-02T14:00:00Z';
			const firstRun = await runScheduler({ ...due, now }, { items: pairs, secondInput: [] });
			// The template logs both outputs: what was sent and what was skipped.
			const first = [...jsonOf(firstRun), ...jsonOf(firstRun, 1)];
			expect(jsonOf(firstRun).length).toBeGreaterThan(0);
			const second = await runScheduler({ ...due, now }, { items: pairs, secondInput: first.map((item) => ({ dedupeKey: item.dedupeKey })) });
			expect([jsonOf(second), jsonOf(second, 1)]).toEqual([[], []]);
		});
	});

	describe('when n8n was down and reminders are late', () => {
		it('returns the too-late ones on Skipped with the reason and each item paired with its pair', async () => {
			// Down from Monday 00:00 to Tuesday 13:30 UTC: the Amsterdam/New York pair's introductions (08:00 and 14:00)
			// and day-before reminders (14:00) are 23.5 to 29.5 hours late; its hour-before reminders (13:00) are not.
			const result = await runScheduler({ ...due, now: '2026-03-03T13:30:00Z' }, { items: [matchItem()], secondInput: [] });
			expect(jsonOf(result).map((item) => [item.kind, item.recipientRole, item.lateByMinutes])).toEqual([
				['sessionReminder', 'mentee', 30],
				['sessionReminder', 'mentor', 30],
			]);
			const skipped = jsonOf(result, 1);
			expect(skipped.map((item) => item.kind).sort()).toEqual(['introduction', 'introduction', 'sessionReminder', 'sessionReminder']);
			expect(skipped.every((item) => /later than the max lateness of 12 hours$/.test(String(item.skipReason)))).toBe(true);
			expect(result.output(SCHEDULER, 1).every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		});
	});

	describe('when names and topics hold markup', () => {
		it('returns Slack text without mentions and HTML without tags, and plain text as typed', async () => {
			const result = await runScheduler(
				{ ...due, now: '2026-03-02T14:00:00Z', topicBank: 'custom', customTopics: { topic: [{ text: '<@U999> & <b>x</b>' }] } },
				{ items: [matchItem({ mentorName: '<!channel> Ann', menteeName: '<script>alert(1)</script> @here' })], secondInput: [] },
			);
			const items = jsonOf(result);
			expect(items.length).toBeGreaterThan(0);
			for (const item of items) {
				expect(String(item.slackText)).not.toMatch(/<[!@#]/);
				expect(String(item.slackText)).not.toContain('@here');
				expect(String(item.html)).not.toMatch(/<(script|b)>/);
			}
			const toMentee = items.find((item) => item.kind === 'introduction' && item.recipientRole === 'mentee');
			expect(String(toMentee?.slackText)).toContain('&lt;!channel&gt; Ann');
			expect(String(toMentee?.text)).toContain('<!channel> Ann');
		});
	});

	describe('when the pair carries a channel preference and Slack id', () => {
		it('returns the channel and the fields the Slack, Teams and email nodes need', async () => {
			const result = await runScheduler({ ...due, now: '2026-03-02T18:00:00Z' }, { items: [pairs[2]], secondInput: [] });
			const [item] = jsonOf(result).filter((entry) => entry.recipientRole === 'mentor');
			expect(item).toMatchObject({ channel: 'slack', recipientEmail: 'lee@example.com', slackUser: 'lee@example.com', teamsContentType: 'html' });
			expect(Object.keys(item)).toEqual(
				expect.arrayContaining(['kind', 'pairId', 'sessionNumber', 'subject', 'text', 'slackText', 'html', 'teamsMessage', 'topic', 'dedupeKey', 'dueAt']),
			);
		});
	});

	describe('when an item is bad', () => {
		it('returns it on Rejected naming the item and the field, and the other pair\'s reminders on Due', async () => {
			const result = await runScheduler({ ...due, now: '2026-03-02T14:00:00Z' }, { items: [matchItem(), matchItem({ pairId: 'p-9', mentorTimezone: 'Nowhere/City' })], secondInput: [] });
			expect(result.status).toBe('success');
			expect(result.output(SCHEDULER, 2).map((item) => [item.pairedItem, item.json.error, item.json.field, item.json.pairId])).toEqual([
				[{ item: 1 }, 'Item 1, field "mentorTimezone": is not a known time zone', 'mentorTimezone', 'p-9'],
			]);
			expect(result.output(SCHEDULER, 2)[0].json.reasons).toEqual([
				'field "mentorTimezone": is not a known time zone (received "Nowhere/City"), expected an IANA time zone such as Europe/Amsterdam',
			]);
			expect(result.output(SCHEDULER, 0).length).toBeGreaterThan(0);
			expect(result.output(SCHEDULER, 0).every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		});

		it('returns an error naming the parameter when the max lateness exceeds the look-back', async () => {
			const result = await runScheduler({ ...due, lookBackHours: 2, maxLatenessHours: 6 }, { items: [matchItem()], secondInput: [] });
			expect(result.error?.message).toBe('Parameter "maxLatenessHours": 6 h is longer than the look-back of 2 h');
		});
	});
});
