import type { CatchUpPolicy, ReminderCandidate, SkippedReminder } from './types';

/** Options of {@link triageReminders}. */
export interface TriageOptions {
	now: number;
	/** Dedupe keys already in the sent log (sent or skipped before). */
	sentKeys: ReadonlySet<string>;
	policy: CatchUpPolicy;
	/** How late a reminder may still go out under `sendWithinMaxLateness`, in ms. */
	maxLatenessMs: number;
}

/** Reminders to send now and reminders deliberately not sent. */
export interface TriageResult {
	due: ReminderCandidate[];
	skipped: SkippedReminder[];
}

function hours(ms: number): string {
	const value = Math.round((ms / 3_600_000) * 10) / 10;
	return `${value} hour${value === 1 ? '' : 's'}`;
}

/**
 * Applies the sent log and the catch-up policy. A reminder in the sent log is never
 * returned again. Under `sendWithinMaxLateness` a late reminder is sent when it is at
 * most the max lateness late and, for a session reminder, the session has not begun;
 * otherwise it is returned as skipped with the reason, never dropped in silence.
 * `sendAll` sends everything that is missing from the log.
 *
 * @example
 * triageReminders(candidates, { now, sentKeys: new Set(), policy: 'sendWithinMaxLateness', maxLatenessMs: 6 * 3_600_000 })
 * // { due: [...], skipped: [{ ..., skipReason: 'Due ... 30 hours ago, later than the max lateness of 6 hours' }] }
 */
export function triageReminders(candidates: ReminderCandidate[], options: TriageOptions): TriageResult {
	const due: ReminderCandidate[] = [];
	const skipped: SkippedReminder[] = [];
	const seen = new Set<string>();
	for (const candidate of candidates) {
		if (options.sentKeys.has(candidate.dedupeKey) || seen.has(candidate.dedupeKey)) continue;
		seen.add(candidate.dedupeKey);
		if (options.policy === 'sendAll') {
			due.push(candidate);
			continue;
		}
		const lateness = options.now - candidate.dueAt;
		if (lateness > options.maxLatenessMs) {
			skipped.push({
				...candidate,
				skipReason: `Due at ${new Date(candidate.dueAt).toISOString()}, ${hours(lateness)} ago: later than the max lateness of ${hours(options.maxLatenessMs)}`,
			});
		} else if (candidate.kind === 'sessionReminder' && candidate.session && options.now >= candidate.session.start) {
			skipped.push({
				...candidate,
				skipReason: `Session ${candidate.session.number} already began at ${new Date(candidate.session.start).toISOString()}`,
			});
		} else {
			due.push(candidate);
		}
	}
	return { due, skipped };
}
