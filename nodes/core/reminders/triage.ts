import { claimKeyOf } from './delivery';
import type { DeliveryState } from './delivery';
import type { CatchUpPolicy, DueReminder, ReminderCandidate, SkipCode, SkippedReminder } from './types';

/** Options of {@link triageReminders}. */
export interface TriageOptions {
	now: number;
	/** What the sent log and the claims say per dedupe key (see deliveryStates); missing keys were never tried. */
	deliveries: ReadonlyMap<string, DeliveryState>;
	policy: CatchUpPolicy;
	/** How late a reminder may still go out under `sendWithinMaxLateness`, in ms. */
	maxLatenessMs: number;
}

/** Reminders to send now and reminders deliberately not sent. */
export interface TriageResult {
	due: DueReminder[];
	skipped: SkippedReminder[];
}

const NEVER_TRIED: DeliveryState = { done: false, deadAttempts: 0 };

function hours(ms: number): string {
	const value = Math.round((ms / 3_600_000) * 10) / 10;
	return `${value} hour${value === 1 ? '' : 's'}`;
}

/** Why a reminder is too late now, or undefined while it may still go out. */
function lateness(candidate: ReminderCandidate, options: TriageOptions): { code: SkipCode; sentence: string } | undefined {
	if (options.policy === 'sendAll') return undefined;
	const late = options.now - candidate.dueAt;
	if (late > options.maxLatenessMs) {
		return {
			code: 'tooLate',
			sentence: `Due at ${new Date(candidate.dueAt).toISOString()}, ${hours(late)} ago: later than the max lateness of ${hours(options.maxLatenessMs)}`,
		};
	}
	if (candidate.kind === 'sessionReminder' && candidate.session && options.now >= candidate.session.start) {
		return { code: 'sessionStarted', sentence: `Session ${candidate.session.number} already began at ${new Date(candidate.session.start).toISOString()}` };
	}
	return undefined;
}

/**
 * Applies the sent log, the claims and the catch-up policy. A reminder with a sent or
 * skipped row is never returned again. One whose attempts failed, or whose claim's
 * lease expired, is due again with the next attempt number while it may still go out.
 * Under `sendWithinMaxLateness` a reminder may go out while it is at most the max
 * lateness late and, for a session reminder, its session has not begun; after that it
 * is returned as skipped with the reason (`tooLateAfterFailures` when attempts were
 * made, for the program manager to hear about), never dropped in silence. A too-late
 * reminder whose attempt another execution holds under a running lease stays due with
 * that attempt's claim key: that execution finishes it, this one loses the claim.
 * `sendAll` retries everything that is not delivered, however late.
 *
 * @example
 * triageReminders(candidates, { now, deliveries: new Map(), policy: 'sendWithinMaxLateness', maxLatenessMs: 6 * 3_600_000 })
 * // { due: [{ ..., attempt: 1, claimKey: '...#1' }], skipped: [{ ..., skipCode: 'tooLate', skipReason: 'Due ... 30 hours ago, ...' }] }
 */
export function triageReminders(candidates: ReminderCandidate[], options: TriageOptions): TriageResult {
	const due: DueReminder[] = [];
	const skipped: SkippedReminder[] = [];
	const seen = new Set<string>();
	for (const candidate of candidates) {
		if (seen.has(candidate.dedupeKey)) continue;
		seen.add(candidate.dedupeKey);
		const state = options.deliveries.get(candidate.dedupeKey) ?? NEVER_TRIED;
		if (state.done) continue;
		const attempt = state.deadAttempts + 1;
		const failure = state.lastFailureReason === undefined ? {} : { lastFailureReason: state.lastFailureReason };
		const late = lateness(candidate, options);
		const leaseRunning = state.inFlight?.leaseEndsAt !== undefined && state.inFlight.leaseEndsAt > options.now;
		if (late === undefined || leaseRunning) {
			due.push({ ...candidate, attempt, claimKey: claimKeyOf(candidate.dedupeKey, attempt), ...failure });
			continue;
		}
		// A claim left without a readable time holds its attempt for ever: it counts as one that did not deliver.
		const attempts = state.deadAttempts + (state.inFlight ? 1 : 0);
		skipped.push({
			...candidate,
			skipCode: attempts > 0 ? 'tooLateAfterFailures' : late.code,
			skipReason: attempts > 0 ? `${late.sentence}, after ${attempts} attempt${attempts === 1 ? '' : 's'} that did not deliver` : late.sentence,
			attempts,
			...failure,
		});
	}
	return { due, skipped };
}
