import type { FieldIssue } from '../types';
import { readGoalTexts, readStoredGoals } from './readGoals';
import { GOAL_TEXTS } from './texts';

/** Options of {@link confirmPairGoals}. */
export interface ConfirmPairGoalsOptions {
	/** The pair row's `goals` (JSON list) as stored: the goals confirmed so far, if any. */
	confirmed: unknown;
	/** The pair row's `goalsConfirmedAt`, empty when not yet confirmed. */
	confirmedAt?: unknown;
	/** The mentee's own goals from enrolment (`menteeGoals`), proposed until the pair confirms. */
	proposed: unknown;
	/** What the form sent, Goal 1 to Goal 3: all blank means "confirm as they are". */
	typed: ReadonlyArray<readonly [field: string, value: unknown]>;
	/** Epoch ms of the confirmation. */
	at: number;
}

export type ConfirmPairGoalsResult =
	| {
			ok: true;
			goals: string[];
			/** The list as the pair row stores it. */
			goalsJson: string;
			/** Whether the row must be written: false for a replay of what is stored. */
			changed: boolean;
			goalsConfirmedAt: string;
	  }
	| { ok: false; issues: FieldIssue[] };

/**
 * Decides what a click on a pair's goals link stores. Typed goals replace the goals
 * (a later edit through the same link replaces an earlier one); a form sent blank
 * confirms the goals as they stand: the confirmed ones, else the mentee's own. The same
 * list again (a replay, or the other person confirming it) changes nothing, and keeps
 * the first confirmation time.
 *
 * @example confirmPairGoals({ confirmed: '', proposed: '["Lead a meeting"]', typed: [['Goal 1', '']], at: Date.UTC(2026, 2, 9) })
 * // { ok: true, goals: ['Lead a meeting'], goalsJson: '["Lead a meeting"]', changed: true, goalsConfirmedAt: '2026-03-09T00:00:00.000Z' }
 */
export function confirmPairGoals(options: ConfirmPairGoalsOptions): ConfirmPairGoalsResult {
	const typed = readGoalTexts(options.typed);
	if (typed.issues.length > 0) return { ok: false, issues: typed.issues };
	const confirmed = readStoredGoals(options.confirmed);
	const confirmedAt = typeof options.confirmedAt === 'string' ? options.confirmedAt : '';
	const goals = typed.goals.length > 0 ? typed.goals : confirmed.length > 0 ? confirmed : readStoredGoals(options.proposed);
	if (goals.length === 0) return { ok: false, issues: [{ field: 'Goal 1', problem: GOAL_TEXTS.noGoal, expected: GOAL_TEXTS.noGoalExpected }] };
	const goalsJson = JSON.stringify(goals);
	const same = confirmedAt !== '' && goalsJson === JSON.stringify(confirmed);
	return { ok: true, goals, goalsJson, changed: !same, goalsConfirmedAt: same ? confirmedAt : new Date(options.at).toISOString() };
}
