import type { GoalRatings } from '../goals/attainment';
import type { GoalLevel } from '../goals/goalLevel';
import type { TimedResponse } from './timedResponse';

const GOAL_ITEM = /^goal\d{1,2}$/;

export interface GoalRatingsOfOptions {
	/** Each person's latest response per instrument and pair. */
	latest: readonly TimedResponse[];
	/** The participants' breakdown groups, by person index. */
	persons: ReadonlyArray<{ groups: Record<string, string> }>;
}

/**
 * The goal ratings in scored responses: the mid-point check-in's are the `midpoint` round,
 * every other instrument's (end of program, goals) the `end` round. Only the goal items
 * (goal1, goal2, ...) a person answered count; the department is the rater's.
 *
 * @example goalRatingsOf({ latest, persons })[0] // { pairId: 'p1', person: '#0', round: 'end', department: 'Sales', levels: [3, 1] }
 */
export function goalRatingsOf(options: GoalRatingsOfOptions): GoalRatings[] {
	const ratings: GoalRatings[] = [];
	for (const entry of options.latest) {
		const { response } = entry;
		// The built-in instruments' goal items are goal1, goal2, ... (subscaleItems lists averaged scales only).
		const goalItems = Object.keys(response.items).filter((id) => GOAL_ITEM.test(id));
		if (goalItems.length === 0) continue;
		const levels = goalItems.map((id) => response.items[id]).filter((value): value is GoalLevel => value === 0 || value === 1 || value === 2 || value === 3);
		if (levels.length === 0) continue;
		const department = entry.personIndex === undefined ? undefined : options.persons[entry.personIndex]?.groups.department;
		ratings.push({
			pairId: response.pairId ?? '',
			person: entry.person,
			round: response.instrument === 'checkIn' ? 'midpoint' : 'end',
			...(department ? { department } : {}),
			levels,
		});
	}
	return ratings;
}
