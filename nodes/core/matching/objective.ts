import type { Objective } from './types';

export interface ObjectiveWeightOptions {
	objective: Objective;
	/** Largest points any pair can have. */
	maxPoints: number;
	/** Number of people to place. */
	menteeCount: number;
}

/**
 * The solver's weight of a pair from its points, exact in whole numbers:
 * - `totalScore`: points × (mentees + 1) + 1, so total points come first and, among
 *   equal totals, more pairs (a pair with 0 points is still worth making);
 * - `mostMatched`: points + maxPoints × mentees + 1, so one more pair always beats
 *   any gain in points, and points decide between equally large matchings.
 *
 * @example objectiveWeight({ objective: 'totalScore', maxPoints: 1000, menteeCount: 9 })(500) // 5001
 */
export function objectiveWeight(options: ObjectiveWeightOptions): (points: number) => number {
	const { scale, offset } = objectiveScale(options);
	return (points) => points * scale + offset;
}

/**
 * The same weight as `scale × points + offset`, for bounds over many pairs at once.
 *
 * @example objectiveScale({ objective: 'mostMatched', maxPoints: 1000, menteeCount: 9 }) // { scale: 1, offset: 9001 }
 */
export function objectiveScale(options: ObjectiveWeightOptions): { scale: number; offset: number } {
	if (options.objective === 'mostMatched') return { scale: 1, offset: options.maxPoints * options.menteeCount + 1 };
	return { scale: options.menteeCount + 1, offset: 1 };
}
