import type { IDataObject } from 'n8n-workflow';

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
 * UTC offset of each zone, in minutes, from 28 February to 3 March 2026 (from the zones'
 * rules: none of them changes its clocks then; the US switches on 8 March, Europe on 29 March).
 */
const OFFSET_MINUTES: Record<string, number> = {
	'Europe/Amsterdam': 60,
	'America/New_York': -300,
	'Asia/Tokyo': 540,
	'Europe/London': 0,
	'America/Los_Angeles': -480,
	'Asia/Kolkata': 330,
};

/**
 * Start of each pair's first session, Tuesday 3 March 2026, worked out by hand from the
 * calendar rules (14:00 in the mentor's zone when that is inside both people's 09:00-17:00,
 * else the nearest time that is, else 14:00 with no shared hours):
 * - Amsterdam/New York: 14:00 CET is 08:00 in New York, before its working day; the nearest
 *   shared time is 15:00 CET = 09:00 EST = 14:00 UTC.
 * - Tokyo/London: working days 00:00-08:00 and 09:00-17:00 UTC never meet: 14:00 JST = 05:00 UTC.
 * - Los Angeles/Kolkata: 17:00-01:00 and 03:30-11:30 UTC never meet: 14:00 PST = 22:00 UTC.
 * Sessions 2 to 6 are on 10 March and later, so even their day-before reminders come after
 * the last run (2 March 23:00 UTC).
 */
const FIRST_SESSION_START: Record<string, string> = {
	'pair-ann-bo': '2026-03-03T14:00:00Z',
	'pair-tokyo-london': '2026-03-03T05:00:00Z',
	'pair-la-kolkata': '2026-03-03T22:00:00Z',
};

/**
 * Every reminder due from 48 hours before the first run to the last run, worked out
 * independently of the node's calendar code, with the moment each is due: introductions at 09:00
 * on the program start in each person's zone, and session reminders one day and one hour before
 * the first session.
 */
function expectedKeys(): string[] {
	const from = dayStart - 48 * HOUR;
	const to = dayStart + 23 * HOUR;
	const keys: string[] = [];
	for (const pair of pairs) {
		const pairId = pair.pairId as string;
		for (const role of ['mentor', 'mentee']) {
			const zone = pair[`${role}Timezone`] as string;
			const intro = Date.parse('2026-03-02T09:00:00Z') - OFFSET_MINUTES[zone] * 60_000;
			if (intro > from && intro <= to) keys.push(`${pairId}|introduction|${role}|${new Date(intro).toISOString()}`);
			for (const lead of [1440, 60]) {
				const dueAt = Date.parse(FIRST_SESSION_START[pairId]) - lead * 60_000;
				if (dueAt > from && dueAt <= to) keys.push(`${pairId}|session 1|${lead}|${role}|${new Date(dueAt).toISOString()}`);
			}
		}
	}
	return keys.sort();
}

/** A reminder as "pair|what|lead|recipient|due at (UTC)", so that its time is compared too. */
const describeKey = (item: IDataObject) =>
	(item.kind === 'introduction'
		? `${item.pairId}|introduction|${item.recipientRole}`
		: `${item.pairId}|session ${item.sessionNumber}|${String(item.dedupeKey).match(/-(\d+)m\|/)?.[1]}|${item.recipientRole}`) +
	`|${new Date(item.dueAt as string).toISOString()}`;

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
			expect(sent.map(describeKey).sort()).toEqual(expectedKeys());
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
