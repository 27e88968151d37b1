import type { FieldIssue } from '../types';
import { shorten } from '../text/shorten';
import { GOAL_LIMITS } from './limits';
import { GOAL_TEXTS } from './texts';

/** Goals read from answers: the clean texts, or what was wrong with them. */
export interface ReadGoals {
	goals: string[];
	issues: FieldIssue[];
}

/** Whitespace (line breaks and tabs included) collapses to one space; other control characters go. */
function withoutControls(text: string): string {
	let kept = '';
	for (const char of text.replace(/\s+/g, ' ')) {
		const code = char.charCodeAt(0);
		if (code >= 32 && code !== 127) kept += char;
	}
	return kept;
}

/**
 * Cleans one to three goal answers (Goal 1, Goal 2, Goal 3): trims, collapses spaces,
 * drops blanks and repeats (ignoring case), and reports each goal that is not text or
 * longer than {@link GOAL_LIMITS.length} characters, naming its field. An answer over
 * {@link GOAL_LIMITS.raw} characters is refused before it is looked at.
 *
 * @example readGoalTexts([['Goal 1', '  Lead a  meeting '], ['Goal 2', ''], ['Goal 3', 'lead a meeting']])
 * // { goals: ['Lead a meeting'], issues: [] }
 */
export function readGoalTexts(answers: ReadonlyArray<readonly [field: string, value: unknown]>): ReadGoals {
	const goals: string[] = [];
	const seen = new Set<string>();
	const issues: FieldIssue[] = [];
	for (const [field, value] of answers) {
		if (value === undefined || value === null) continue;
		if (typeof value !== 'string') {
			issues.push({ field, problem: GOAL_TEXTS.goalNotText, expected: GOAL_TEXTS.goalNotTextExpected, received: shorten(value) });
			continue;
		}
		if (value.length > GOAL_LIMITS.raw) {
			issues.push({ field, problem: GOAL_TEXTS.goalTooLong(GOAL_LIMITS.length), expected: GOAL_TEXTS.goalTooLongExpected(GOAL_LIMITS.length), received: shorten(value) });
			continue;
		}
		const text = withoutControls(value).trim();
		if (text === '') continue;
		if (text.length > GOAL_LIMITS.length) {
			issues.push({ field, problem: GOAL_TEXTS.goalTooLong(GOAL_LIMITS.length), expected: GOAL_TEXTS.goalTooLongExpected(GOAL_LIMITS.length), received: shorten(text) });
			continue;
		}
		const key = text.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		goals.push(text);
	}
	// More answers than slots can only come from a hand-made source: keep the first three.
	return { goals: goals.slice(0, GOAL_LIMITS.goals), issues };
}

/**
 * Reads a stored list of goals (a Data Table column holding JSON, or a list already
 * parsed) leniently: anything that is not a list of goal texts reads as no goals, so a
 * hand-edited cell never stops a run. Cleaned like answers; bad entries are left out.
 *
 * @example readStoredGoals('["Lead a meeting","Write a design doc"]') // ['Lead a meeting', 'Write a design doc']
 */
export function readStoredGoals(value: unknown): string[] {
	let list: unknown = value;
	if (typeof value === 'string') {
		if (value.length > GOAL_LIMITS.stored || !value.trim().startsWith('[')) return [];
		try {
			list = JSON.parse(value);
		} catch {
			return [];
		}
	}
	if (!Array.isArray(list)) return [];
	return readGoalTexts(list.slice(0, GOAL_LIMITS.goals * 2).map((entry, index) => [`goal${index + 1}`, entry] as const)).goals;
}

/**
 * The goal slot a form label names ("Goal 2", "goal_2", "Doel 2" give 2), or the stored
 * list column (`menteeGoals` gives 'list'); undefined for any other label. Takes the
 * label as `normaliseLabel` leaves it.
 *
 * @example goalSlotOfLabel('goal 2') // 2
 */
export function goalSlotOfLabel(normalisedLabel: string): number | 'list' | undefined {
	if (normalisedLabel === 'mentee goals') return 'list';
	const match = /^(?:goal|doel) ([1-3])$/.exec(normalisedLabel);
	return match ? Number(match[1]) : undefined;
}
