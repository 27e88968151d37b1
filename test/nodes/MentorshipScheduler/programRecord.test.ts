import { DateTime } from 'luxon';

import { DUTCH_BANKS } from '../../../nodes/core/topics/banksDutch';
import { jsonOf, matchItem, runScheduler, SCHEDULER } from './schedulerWorkflow';

/** Two programs' rows of mentorship_programs, as the Program Setup template stores them (flat, lists joined). */
const SPRING = {
	programId: 'spring-2026',
	name: 'Spring mentoring',
	managerEmail: 'people@example.com',
	kind: 'mentoring',
	start: '2026-03-02',
	lengthMonths: 1,
	cadence: 'weekly',
	weekday: 2,
	meetingTime: '15:00',
	meetingMinutes: 45,
	holidays: '2026-03-17',
	language: 'en',
};
const AUTUMN = {
	programId: 'autumn-buddies',
	name: 'Buddy\'s herfst',
	managerEmail: 'people@example.com',
	kind: 'buddy',
	start: '2026-09-01',
	lengthMonths: 2,
	cadence: 'biweekly',
	weekday: 4,
	meetingTime: '10:00',
	meetingMinutes: 30,
	language: 'nl',
};

const fromRecord = { operation: 'plan', settingsSource: 'programRecord', programRecord: '={{ $json.program }}' };
const inAmsterdam = { mentorTimezone: 'Europe/Amsterdam', menteeTimezone: 'Europe/Amsterdam' };
const localStart = (session: { mentorStart: string }) => DateTime.fromISO(session.mentorStart, { setZone: true }).toISO({ suppressMilliseconds: true });

describe('Mentorship Scheduler with a program record', () => {
	describe('when two pairs of two programs come in one run, each carrying its program', () => {
		it("returns each pair's sessions on its own program's calendar", async () => {
			const result = await runScheduler(fromRecord, {
				items: [matchItem({ ...inAmsterdam, programId: 'spring-2026', program: SPRING }), matchItem({ ...inAmsterdam, pairId: 'pair-2', programId: 'autumn-buddies', program: AUTUMN })],
			});
			expect(result.status).toBe('success');
			const [spring, autumn] = jsonOf(result) as Array<{ sessions: Array<{ mentorStart: string; topic: string }>; programEnd: string }>;
			// Worked out by hand. Spring: weekly on Tuesdays from Monday 2 March for one month (to 1 April),
			// 15:00 in Amsterdam (CET to 29 March, then CEST); the holiday on Tuesday 17 March moves to Wednesday 18.
			expect(spring.sessions.map(localStart)).toEqual([
				'2026-03-03T15:00:00+01:00',
				'2026-03-10T15:00:00+01:00',
				'2026-03-18T15:00:00+01:00',
				'2026-03-24T15:00:00+01:00',
				'2026-03-31T15:00:00+02:00',
			]);
			// Autumn: every other Thursday from Tuesday 1 September for two months (to 31 October), 10:00 in
			// Amsterdam (CEST to 25 October, then CET).
			expect(autumn.sessions.map(localStart)).toEqual([
				'2026-09-03T10:00:00+02:00',
				'2026-09-17T10:00:00+02:00',
				'2026-10-01T10:00:00+02:00',
				'2026-10-15T10:00:00+02:00',
				'2026-10-29T10:00:00+01:00',
			]);
			// A buddy program in Dutch talks about a new hire's first months, in Dutch.
			for (const session of autumn.sessions.slice(1)) expect(DUTCH_BANKS.topics.buddy).toContain(session.topic);
		});
	});

	describe('when a pair carries no program record', () => {
		it('returns that pair on Rejected with the field named, and plans the others', async () => {
			const result = await runScheduler(fromRecord, { items: [matchItem({ ...inAmsterdam, program: SPRING }), matchItem({ pairId: 'pair-lost' })] });
			expect(jsonOf(result)).toHaveLength(1);
			const [rejected] = result.output(SCHEDULER, 1);
			expect(rejected.json).toMatchObject({ pairId: 'pair-lost' });
			expect(JSON.stringify(rejected.json)).toContain('program');
			expect(rejected.pairedItem).toEqual({ item: 1 });
		});
	});

	describe('when the program record is not valid', () => {
		it('stops with an error naming the record and the field', async () => {
			const result = await runScheduler(fromRecord, { items: [matchItem({ program: { ...SPRING, cadence: 'daily' } })] });
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/programRecord.*program record cannot be read: cadence is not one of the choices/);
		});
	});
});
