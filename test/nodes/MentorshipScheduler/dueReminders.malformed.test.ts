import { DUE_ON_START_DAY, jsonOf, matchItem, runScheduler, SCHEDULER } from './schedulerWorkflow';

describe('Mentorship Scheduler, Due Reminders, with one malformed pair among 100', () => {
	it('returns the 99 other pairs\' reminders on Due and the bad pair on Rejected naming the field', async () => {
		// Both people in UTC, introductions only: each pair has two, due at 09:00 UTC on the program start
		// (the start of the working day); at 14:00 they are 5 hours late, inside the 12-hour max lateness.
		// So 99 good pairs give 99 × 2 = 198 reminders.
		const pairs = Array.from({ length: 100 }, (_, i) =>
			matchItem({ pairId: `pair-${i}`, mentorTimezone: 'UTC', menteeTimezone: 'UTC', ...(i === 42 ? { menteeEmail: 'not an email' } : {}) }),
		);
		const result = await runScheduler(
			{ ...DUE_ON_START_DAY, reminderOptions: { kinds: ['introduction'] } },
			{ items: pairs, secondInput: [] },
		);
		expect(result.status).toBe('success');
		const due = jsonOf(result, 0);
		expect(due).toHaveLength(198);
		expect(new Set(due.map((item) => item.pairId)).has('pair-42')).toBe(false);
		expect(due.every((item) => item.attempt === 1 && item.claimKey === `${String(item.dedupeKey)}#1`)).toBe(true);
		expect(result.output(SCHEDULER, 2).map((item) => [item.pairedItem, item.json.field, item.json.error])).toEqual([
			[{ item: 42 }, 'menteeEmail', 'Item 42, field "menteeEmail": is not an email address'],
		]);
	});
});
