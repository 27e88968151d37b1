import { suppressSmallGroups } from '../kpi/suppressSmallGroups';
import type { GoalLevel } from './goalLevel';
import { GOAL_LEVEL } from './goalLevel';

export type GoalRound = 'midpoint' | 'end';

/** One person's ratings of their pair's goals in one round. */
export interface GoalRatings {
	pairId: string;
	/** Who rated (a participant id or email). */
	person: string;
	round: GoalRound;
	/** The rater's department; the breakdown's group. */
	department?: string;
	/** One level per goal rated, goals left unrated omitted. */
	levels: GoalLevel[];
}

/** Goal figures of one round. */
export interface AttainmentFigures {
	/** People who rated at least one goal. */
	raters: number;
	pairs: number;
	/** Ratings given (a goal rated by both people counts twice). */
	ratings: number;
	achieved: number;
	/** Achieved ratings over all ratings. */
	attainmentRate: number;
	/** Mean progress, 0 (all not started) to 1 (all achieved); some = 1/3, most = 2/3. */
	progress: number;
}

export interface RoundFigures {
	midpoint: AttainmentFigures | null;
	end: AttainmentFigures | null;
	/** End minus mid-point attainment rate, when both are known. */
	attainmentChange: number | null;
}

export interface GoalAttainmentSummary extends RoundFigures {
	byDepartment: {
		groups: Array<RoundFigures & { group: string }>;
		suppressed: number;
		secondarySuppressed: number;
	};
}

export interface SummariseGoalAttainmentOptions {
	/** Every rating in input order; a later one of the same person, pair and round replaces an earlier one. */
	ratings: readonly GoalRatings[];
	/** Groups (and rounds within a group) with fewer raters are not shown. */
	minGroupSize: number;
}

const NOT_GIVEN = 'Not given';

function figures(ratings: readonly GoalRatings[]): AttainmentFigures | null {
	const rated = ratings.filter((entry) => entry.levels.length > 0);
	if (rated.length === 0) return null;
	const levels = rated.flatMap((entry) => entry.levels);
	const achieved = levels.filter((level) => level === GOAL_LEVEL.achieved).length;
	const sum = levels.reduce<number>((total, level) => total + level, 0);
	return {
		raters: new Set(rated.map((entry) => entry.person)).size,
		pairs: new Set(rated.map((entry) => entry.pairId)).size,
		ratings: levels.length,
		achieved,
		attainmentRate: achieved / levels.length,
		progress: sum / (levels.length * GOAL_LEVEL.achieved),
	};
}

function rounds(ratings: readonly GoalRatings[], minRaters: number): RoundFigures {
	const shown = (round: GoalRound) => {
		const result = figures(ratings.filter((entry) => entry.round === round));
		return result && result.raters >= minRaters ? result : null;
	};
	const midpoint = shown('midpoint');
	const end = shown('end');
	return { midpoint, end, attainmentChange: midpoint && end ? end.attainmentRate - midpoint.attainmentRate : null };
}

/**
 * Goal attainment from the ratings each person gives their pair's goals at the mid-point
 * and at the end: per round the share of ratings that say "achieved" and the mean
 * progress, the change from mid-point to end, and the same per department of the rater
 * with groups under the minimum size suppressed (and one more when only one would be,
 * so it cannot be worked out from the total).
 *
 * @example summariseGoalAttainment({ ratings: [{ pairId: 'p1', person: 'a', round: 'end', levels: [3, 1] }], minGroupSize: 1 }).end
 * // { raters: 1, pairs: 1, ratings: 2, achieved: 1, attainmentRate: 0.5, progress: 4 / 6 }
 */
export function summariseGoalAttainment(options: SummariseGoalAttainmentOptions): GoalAttainmentSummary {
	const latest = new Map<string, GoalRatings>();
	for (const entry of options.ratings) latest.set(JSON.stringify([entry.person, entry.pairId, entry.round]), entry);
	const ratings = [...latest.values()];
	const byGroup = new Map<string, GoalRatings[]>();
	for (const entry of ratings) {
		const group = entry.department?.trim() || NOT_GIVEN;
		const list = byGroup.get(group);
		if (list) list.push(entry);
		else byGroup.set(group, [entry]);
	}
	const groups = [...byGroup.keys()].sort().map((group) => {
		const list = byGroup.get(group) as GoalRatings[];
		const raters = new Set(list.filter((entry) => entry.levels.length > 0).map((entry) => entry.person)).size;
		return { group, raters, ...rounds(list, options.minGroupSize) };
	});
	const result = suppressSmallGroups({ groups, minGroupSize: options.minGroupSize, size: (group) => group.raters });
	return {
		...rounds(ratings, 0),
		byDepartment: {
			groups: result.shown.map((group) => ({ group: group.group, midpoint: group.midpoint, end: group.end, attainmentChange: group.attainmentChange })),
			suppressed: result.suppressed,
			secondarySuppressed: result.secondarySuppressed,
		},
	};
}
