import { deliveryStates } from '../../../nodes/core/reminders/delivery';
import { triageReminders } from '../../../nodes/core/reminders/triage';
import type { ReminderCandidate } from '../../../nodes/core/reminders/types';

const HOUR = 3_600_000;
const LEASE = 15 * 60_000;
const dueAt = Date.parse('2026-03-03T09:00:00Z');
const reminder: ReminderCandidate = { kind: 'nudge', recipientRole: 'mentor', dueAt, dedupeKey: 'p1|nudge|x|mentor' };
const key = reminder.dedupeKey;

function triage(now: number, log: Parameters<typeof deliveryStates>[0]['log'], claims: Parameters<typeof deliveryStates>[0]['claims'] = []) {
	const deliveries = deliveryStates({ log, claims, now, leaseMs: LEASE });
	return triageReminders([reminder], { now, deliveries, policy: 'sendWithinMaxLateness', maxLatenessMs: 12 * HOUR });
}

describe('delivery of a reminder across runs', () => {
	describe('when the first attempt failed', () => {
		it('returns it due again on the next run as attempt 2 with the failure reason', () => {
			const { due } = triage(dueAt + HOUR, [{ dedupeKey: key, status: 'failed', attempt: 1, reason: 'Slack answered 500' }], [{ dedupeKey: key, attempt: 1, executionId: '7', claimedAt: dueAt }]);
			expect(due.map((r) => [r.attempt, r.claimKey, r.lastFailureReason])).toEqual([[2, `${key}#2`, 'Slack answered 500']]);
		});
	});

	describe('when a sent row exists after a failure', () => {
		it('returns nothing, ever again', () => {
			expect(triage(dueAt + 2 * HOUR, [{ dedupeKey: key, status: 'failed', attempt: 1 }, { dedupeKey: key, status: 'sent', attempt: 2 }])).toEqual({ due: [], skipped: [] });
		});
	});

	describe('when a claim has no row and its lease expired', () => {
		it('returns the next attempt, so the dead claim does not block it', () => {
			const { due } = triage(dueAt + HOUR, [], [{ dedupeKey: key, attempt: 1, executionId: '7', claimedAt: dueAt }]);
			expect(due.map((r) => r.claimKey)).toEqual([`${key}#2`]);
		});
	});

	describe('when a claim has no row and its lease still runs', () => {
		it('returns the same attempt, whose claim the earlier execution holds', () => {
			const { due } = triage(dueAt + 10 * 60_000, [], [{ dedupeKey: key, attempt: 1, executionId: '7', claimedAt: dueAt }]);
			expect(due.map((r) => r.claimKey)).toEqual([`${key}#1`]);
		});
	});

	describe('when a failed row was written twice for one attempt', () => {
		it('counts the attempt once', () => {
			const failed = { dedupeKey: key, status: 'failed', attempt: 1 };
			expect(triage(dueAt + HOUR, [failed, { ...failed }]).due.map((r) => r.attempt)).toEqual([2]);
		});
	});

	describe('when the lateness window has passed after two failed attempts', () => {
		it('returns it on Skipped as tooLateAfterFailures with the attempts', () => {
			const log = [1, 2].map((attempt) => ({ dedupeKey: key, status: 'failed', attempt, reason: 'SMTP down' }));
			const { due, skipped } = triage(dueAt + 13 * HOUR, log);
			expect(due).toEqual([]);
			expect(skipped.map((r) => [r.skipCode, r.attempts, r.lastFailureReason])).toEqual([['tooLateAfterFailures', 2, 'SMTP down']]);
		});
	});
});
