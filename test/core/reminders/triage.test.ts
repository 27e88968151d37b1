import { pairRemindersInWindow } from '../../../nodes/core/reminders/pairReminders';
import { triageReminders } from '../../../nodes/core/reminders/triage';
import { windowOptions } from './fixtures';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('triageReminders', () => {
	// n8n was down from Monday 2 March 00:00 to Tuesday 3 March 13:30 UTC; the run at 13:30 looks back 48 hours.
	const now = at('2026-03-03T13:30:00Z');
	const candidates = pairRemindersInWindow(windowOptions(now - 48 * HOUR, now));

	describe('when reminders are in the sent log', () => {
		it('returns none of them', () => {
			const result = triageReminders(candidates, { now, deliveries: new Map(candidates.map((c) => [c.dedupeKey, { done: true, deadAttempts: 0 }])), policy: 'sendAll', maxLatenessMs: 0 });
			expect(result).toEqual({ due: [], skipped: [] });
		});
	});

	describe('when the policy sends late reminders within a max lateness of 12 hours', () => {
		const result = triageReminders(candidates, { now, deliveries: new Map(), policy: 'sendWithinMaxLateness', maxLatenessMs: 12 * HOUR });

		it('returns the one-hour reminders (due 13:00, session at 14:00) as due', () => {
			expect(result.due.map((r) => [r.kind, r.leadMinutes, r.recipientRole])).toEqual([
				['sessionReminder', 60, 'mentee'],
				['sessionReminder', 60, 'mentor'],
			]);
		});

		it('returns the introductions and day-before reminders (23.5 to 29.5 hours late) as skipped with the reason', () => {
			expect(result.skipped.map((r) => r.kind).sort()).toEqual(['introduction', 'introduction', 'sessionReminder', 'sessionReminder']);
			expect(result.skipped.find((r) => r.kind === 'introduction' && r.recipientRole === 'mentor')?.skipReason).toBe(
				'Due at 2026-03-02T08:00:00.000Z, 29.5 hours ago: later than the max lateness of 12 hours',
			);
		});
	});

	describe('when a session reminder is late but the session has begun', () => {
		it('returns it as skipped because the session began', () => {
			const late = at('2026-03-03T14:10:00Z');
			const result = triageReminders(pairRemindersInWindow(windowOptions(late - 2 * HOUR, late)), {
				now: late,
				deliveries: new Map(),
				policy: 'sendWithinMaxLateness',
				maxLatenessMs: 12 * HOUR,
			});
			expect(result.skipped.map((r) => r.skipReason)).toEqual([
				'Session 1 already began at 2026-03-03T14:00:00.000Z',
				'Session 1 already began at 2026-03-03T14:00:00.000Z',
			]);
		});
	});
});
