import type { IDataObject } from 'n8n-workflow';

import { jsonOf, runScheduler, SCHEDULER } from './schedulerWorkflow';

// Tuesdays 5, 12 and 19 January 2027 (4 January 2027 is a Monday); no zone changes its clocks in January.
const program = {
	programStart: '2027-01-04',
	programLengthUnit: 'weeks',
	programLength: 3,
	cadence: 'weekly',
	weekday: 2,
	preferredTime: '10:00',
	durationMinutes: 60,
};

/** A circle as the Mentor Matcher's group Match gives it, with time zones added (as the roster has them). */
function circleItem(overrides: IDataObject = {}): IDataObject {
	return {
		circleId: 'circle-ann',
		programId: 'circles-2027',
		mentorId: 'ann',
		mentorName: 'Ann de Vries',
		mentorEmail: 'ann@example.com',
		mentorTimezone: 'Europe/Amsterdam',
		mentees: [
			{ id: 'liz', name: 'Liz', email: 'liz@example.com', timezone: 'Europe/London', pairId: 'pair-ann-liz' },
			{ id: 'ned', name: 'Ned', email: 'ned@example.com', timezone: 'America/New_York', pairId: 'pair-ann-ned' },
		],
		...overrides,
	};
}

type CircleSession = { start: string; topic: string; insideWorkingHours: boolean; memberTimes: Array<{ email: string; start: string }> };

describe('Mentorship Scheduler with a group circle', () => {
	describe('when it plans a circle in Amsterdam, London and New York', () => {
		it('returns one shared series at the only time inside everyone’s working hours, in each member’s zone', async () => {
			const result = await runScheduler({ operation: 'plan', ...program }, { items: [circleItem()] });
			expect(result.status).toBe('success');
			const plans = jsonOf(result);
			expect(plans).toHaveLength(1);
			const sessions = plans[0].sessions as CircleSession[];
			// By hand: 09:00-17:00 is 08-16 UTC in Amsterdam, 09-17 UTC in London, 14-22 UTC in New York; all three
			// overlap 14-16 UTC. Preferred 10:00 Amsterdam (09 UTC) is outside, the nearest hour inside starts 14:00 UTC.
			expect(sessions.map((session) => session.start)).toEqual(['2027-01-05T14:00:00.000Z', '2027-01-12T14:00:00.000Z', '2027-01-19T14:00:00.000Z']);
			expect(sessions[0].memberTimes.map((time) => [time.email, time.start])).toEqual([
				['ann@example.com', '2027-01-05T15:00:00+01:00'],
				['liz@example.com', '2027-01-05T14:00:00+00:00'],
				['ned@example.com', '2027-01-05T09:00:00-05:00'],
			]);
			expect(sessions.every((session) => session.insideWorkingHours)).toBe(true);
			expect(plans[0]).toMatchObject({ circleId: 'circle-ann', memberEmails: ['ann@example.com', 'liz@example.com', 'ned@example.com'], sessionCount: 3 });
			expect(result.output(SCHEDULER)[0].pairedItem).toEqual({ item: 0 });
		});
	});

	describe('when the circle comes as a mentorship_circles row (mentees as JSON text)', () => {
		it('returns the same plan as for the Matcher’s circle item', async () => {
			const row = circleItem({ mentees: JSON.stringify(circleItem().mentees) });
			const result = await runScheduler({ operation: 'plan', ...program }, { items: [row, circleItem()] });
			const [fromRow, fromItem] = jsonOf(result);
			expect(fromRow).toEqual(fromItem);
		});
	});

	describe('when a circle lists a mentee without a time zone or email', () => {
		it('returns the circle on Rejected with the mentee’s fields named', async () => {
			const broken = circleItem({ mentees: [{ id: 'liz', name: 'Liz', email: 'liz@example.com', timezone: 'Mars/Olympus' }, { id: 'x' }] });
			const result = await runScheduler({ operation: 'plan', ...program }, { items: [broken, circleItem({ circleId: 'circle-ok' })] });
			expect(jsonOf(result).map((plan) => plan.circleId)).toEqual(['circle-ok']);
			const [rejected] = jsonOf(result, 1);
			expect(rejected.circleId).toBe('circle-ann');
			expect(JSON.stringify(rejected)).toContain('mentees[0].timezone');
			expect(JSON.stringify(rejected)).toContain('mentees[1].email');
		});
	});

	describe('when the introductions of a circle fall due', () => {
		// 9:00 local on Monday 4 January: 08:00 UTC in Amsterdam, 09:00 in London, 14:00 in New York: all due by 14:00 UTC.
		const due = { operation: 'dueReminders', ...program, now: '2027-01-04T14:00:00Z', reminderOptions: { kinds: ['introduction'] } };

		it('returns one introduction per member, the mentor’s naming the circle and each logged under its own pair', async () => {
			const result = await runScheduler(due, { items: [circleItem()] });
			const items = jsonOf(result);
			expect(items.map((item) => [item.recipientEmail, item.pairId, item.circleId, item.partnerName])).toEqual([
				['ann@example.com', 'circle-ann', 'circle-ann', 'Liz and Ned'],
				['liz@example.com', 'pair-ann-liz', 'circle-ann', 'Ann de Vries'],
				['ned@example.com', 'pair-ann-ned', 'circle-ann', 'Ann de Vries'],
			]);
			expect(new Set(items.map((item) => item.dedupeKey)).size).toBe(3);
			expect(result.output(SCHEDULER).every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		});

		it('returns nothing again once the sent log holds them', async () => {
			const first = jsonOf(await runScheduler(due, { items: [circleItem()] }));
			const log = first.map((item) => ({ dedupeKey: item.dedupeKey, status: 'sent', attempt: 1 }));
			const again = await runScheduler({ ...due, now: '2027-01-04T15:00:00Z' }, { items: [circleItem()], secondInput: log });
			expect(jsonOf(again)).toEqual([]);
		});
	});
});
