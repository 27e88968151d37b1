import { normaliseTag } from '../text/tags';

/** Progress on one goal: 0 not started, 1 some, 2 most, 3 achieved. */
export type GoalLevel = 0 | 1 | 2 | 3;

export const GOAL_LEVEL = { notStarted: 0, some: 1, most: 2, achieved: 3 } as const;

/**
 * Answer labels per level, lower case: the survey's own words in English and Dutch,
 * and the three-level labels of earlier forms ("In progress" counts as some).
 */
const LABELS: ReadonlyArray<[GoalLevel, string[]]> = [
	[0, ['not started', 'niet begonnen', 'nog niet begonnen']],
	[1, ['some', 'some progress', 'in progress', 'een beetje', 'bezig']],
	[2, ['most', 'mostly', 'most of it', 'grotendeels']],
	[3, ['achieved', 'done', 'behaald', 'bereikt', 'gehaald']],
];
const LEVEL_OF = new Map<string, GoalLevel>(LABELS.flatMap(([level, labels]) => labels.map((label) => [label, level] as [string, GoalLevel])));

/**
 * The level an answer names, or undefined for a blank or unknown answer (a goal the
 * person did not rate). Labels only: a number is not a rating anyone clicked.
 *
 * @example readGoalLevel('Most') // 2
 */
export function readGoalLevel(value: unknown): GoalLevel | undefined {
	if (typeof value !== 'string' || value.length > 40) return undefined;
	return LEVEL_OF.get(normaliseTag(value));
}
