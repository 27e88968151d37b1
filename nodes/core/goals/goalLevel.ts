import { GOAL_STATUS } from '../survey/scales';

/** Progress on one goal, as the goalStatus scale stores it: 0 not started, 1 some, 2 most, 3 achieved. */
export type GoalLevel = 0 | 1 | 2 | 3;

/** The levels by name (the survey scale's). */
export const GOAL_LEVEL = GOAL_STATUS;
