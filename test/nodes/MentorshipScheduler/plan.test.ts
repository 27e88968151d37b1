import { DateTime } from 'luxon';
import ical from 'node-ical';

import { jsonOf, matchItem, runScheduler, SCHEDULER } from './schedulerWorkflow';

const program = {
	operation: 'plan',
	programStart: '2026-03-02',
	programLengthUnit: 'weeks',
	programLength: 6,
	cadence: 'weekly',
	weekday: 2,
	preferredTime: '14:00',
	durationMinutes: 60,
};

type Session = { date: string; start: string; mentorStart: string; menteeStart: string; topic: string; icebreakers?: string[]; insideWorkingHours: boolean; overlap?: unknown };

const localClock = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat('yyyy-MM-dd HH:mm');

describe('Mentorship Scheduler, Plan', () => {
	describe('when a pair lives in Amsterdam and New York across the spring DST switches', () => {
		it('returns each session inside both working hours, at the right local time for both', async () => {
			const result = await runScheduler(program, { items: [matchItem()] });
			expect(result.status).toBe('success');
			const [plan] = jsonOf(result);
			const sessions = plan.sessions as Session[];
			// Worked out by hand: 6 h apart before 8 March and from 29 March (14:00 Amsterdam is 08:00 in New York, so
			// 15:00/09:00), 5 h apart in between (14:00/09:00).
			expect(sessions.map((s) => localClock(s.start, 'Europe/Amsterdam'))).toEqual([
				'2026-03-03 15:00',
				'2026-03-10 14:00',
				'2026-03-17 14:00',
				'2026-03-24 14:00',
				'2026-03-31 15:00',
				'2026-04-07 15:00',
			]);
			expect(sessions.map((s) => s.menteeStart.slice(11, 16))).toEqual(Array(6).fill('09:00'));
			expect(sessions[1].mentorStart).toBe('2026-03-10T14:00:00+01:00');
			expect(sessions[1].menteeStart).toBe('2026-03-10T09:00:00-04:00');
			expect(plan.sessionsOutsideWorkingHours).toBe(0);
			expect([plan.midpointSurveyDate, plan.finalSurveyDate, plan.programEnd]).toEqual(['2026-03-23', '2026-04-10', '2026-04-12']);
		});

		it('returns every item paired with its input item', async () => {
			const result = await runScheduler(program, { items: [matchItem(), matchItem({ pairId: 'pair-2' })] });
			expect(result.output(SCHEDULER).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});
	});

	describe('when a pair lives in Tokyo and London and winter time leaves no shared working hours', () => {
		it('returns the sessions without overlap marked, with a note and an empty overlap', async () => {
			const result = await runScheduler(
				{ ...program, programStart: '2026-10-12', programLength: 4, weekday: 3, preferredTime: '17:00', workingHoursEnd: '18:00' },
				{ items: [matchItem({ mentorTimezone: 'Asia/Tokyo', menteeTimezone: 'Europe/London' })] },
			);
			const [plan] = jsonOf(result);
			const sessions = plan.sessions as Session[];
			// London leaves summer time on 25 October: before, Tokyo 17:00 is London 09:00 (one shared hour); after, none.
			expect(sessions.map((s) => [s.mentorStart, s.menteeStart, s.insideWorkingHours])).toEqual([
				['2026-10-14T17:00:00+09:00', '2026-10-14T09:00:00+01:00', true],
				['2026-10-21T17:00:00+09:00', '2026-10-21T09:00:00+01:00', true],
				['2026-10-28T17:00:00+09:00', '2026-10-28T08:00:00+00:00', false],
				['2026-11-04T17:00:00+09:00', '2026-11-04T08:00:00+00:00', false],
			]);
			expect(sessions[2].overlap).toBeNull();
			expect(plan.sessionsOutsideWorkingHours).toBe(2);
			expect(plan.schedulingNote).toContain('2 of 4 sessions could not be placed inside both people\'s working hours');
		});
	});

	describe('when sessions fall on holidays', () => {
		it('returns them moved past the holidays and the weekend', async () => {
			const result = await runScheduler(
				{
					...program,
					programStart: '2026-04-01',
					programLength: 3,
					weekday: 5,
					holidays: { holiday: [{ date: '2026-04-03' }, { date: '2026-04-06' }] },
				},
				{ items: [matchItem()] },
			);
			// Good Friday (3 April) and Easter Monday (6 April) off: the first Friday session moves to Tuesday 7 April.
			expect((jsonOf(result)[0].sessions as Session[]).map((s) => s.date)).toEqual(['2026-04-07', '2026-04-10', '2026-04-17']);
		});
	});

	describe('when the program has its own topics', () => {
		it('returns the kick-off with icebreakers first, then each topic once before any repeats', async () => {
			const result = await runScheduler(
				{ ...program, programLength: 5, topicBank: 'custom', customTopics: { topic: [{ text: 'Goals' }, { text: 'Feedback' }, { text: 'Network' }] } },
				{ items: [matchItem()] },
			);
			const sessions = jsonOf(result)[0].sessions as Session[];
			expect(sessions[0].topic).toMatch(/^Kick-off/);
			expect(sessions[0].icebreakers).toHaveLength(3);
			const later = sessions.slice(1).map((s) => s.topic);
			expect(new Set(later.slice(0, 3))).toEqual(new Set(['Goals', 'Feedback', 'Network']));
			expect(later[3]).toBe(later[0]);
		});

		it('returns Dutch built-in topics when the language is Dutch', async () => {
			const result = await runScheduler({ ...program, topicBank: 'buddy', language: 'nl' }, { items: [matchItem()] });
			expect((jsonOf(result)[0].sessions as Session[])[0].topic).toBe('Kick-off: leer elkaar kennen en spreek af hoe jullie samenwerken');
		});
	});

	describe('when a calendar file is asked for', () => {
		it('returns an .ics file that an independent parser reads back as the planned sessions', async () => {
			const result = await runScheduler({ ...program, attachCalendar: true }, { items: [matchItem({ mentorName: 'de Vries, Ann; "A"' })] });
			const [item] = result.output(SCHEDULER);
			const binary = item.binary?.data;
			expect([binary?.mimeType, binary?.fileName]).toEqual(['text/calendar', 'pair-pair-ann-bo.ics']);
			const text = Buffer.from(binary?.data ?? '', 'base64').toString('utf8');
			expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
			const events = Object.values(ical.sync.parseICS(text)).filter((c) => c.type === 'VEVENT' && String(c.uid).includes('-session-')) as ical.VEvent[];
			const sessions = item.json.sessions as Session[];
			expect(events.map((event) => (event.start as Date).toISOString())).toEqual(sessions.map((s) => s.start));
			expect(events.map((event) => event.uid)).toEqual(sessions.map((_, i) => `pair-ann-bo-session-${i + 1}@n8n-nodes-mentorship`));
			expect(events[0].summary).toBe('Mentoring program: de Vries, Ann; "A" & Bo Smith (1/6)');
		});
	});

	describe('when an item is bad', () => {
		it('returns it on Rejected naming the item, the field and what was expected, and plans the others', async () => {
			const result = await runScheduler(program, { items: [matchItem(), matchItem({ pairId: 'p-2', menteeTimezone: 'Mars/Olympus' })] });
			expect(result.status).toBe('success');
			expect(result.output(SCHEDULER, 0).map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
			const [rejected] = result.output(SCHEDULER, 1);
			expect(rejected.pairedItem).toEqual({ item: 1 });
			expect(rejected.json).toMatchObject({
				error: 'Item 1, field "menteeTimezone": is not a known time zone',
				field: 'menteeTimezone',
				pairId: 'p-2',
				reasons: ['field "menteeTimezone": is not a known time zone (received "Mars/Olympus"), expected an IANA time zone such as Europe/Amsterdam'],
			});
		});

		it('returns it on Rejected naming the missing email', async () => {
			const result = await runScheduler(program, { items: [matchItem({ pairId: 'p-1', mentorEmail: '' })] });
			expect(String(result.output(SCHEDULER, 1)[0]?.json.error)).toContain('Item 0, field "mentorEmail": is missing');
		});

		it('returns an error naming the parameter when the start date lies after the end', async () => {
			const result = await runScheduler({ ...program, programLengthUnit: 'endDate', programEnd: '2026-02-01' }, { items: [matchItem()] });
			expect(result.error?.message).toBe('Parameter "programEnd": Program end 2026-02-01 is before program start 2026-03-02');
		});

		it('returns a parameter problem as an error item paired with the input when the node continues on fail', async () => {
			const result = await runScheduler(
				{ ...program, programLengthUnit: 'endDate', programEnd: '2026-02-01' },
				{ items: [matchItem()], nodeSettings: { onError: 'continueRegularOutput' } },
			);
			expect(result.output(SCHEDULER, 1).map((item) => [item.pairedItem, item.json.error])).toEqual([
				[{ item: 0 }, 'Parameter "programEnd": Program end 2026-02-01 is before program start 2026-03-02'],
			]);
		});
	});
});
