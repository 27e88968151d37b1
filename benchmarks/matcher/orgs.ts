import type { Participant } from '../../nodes/core/types';
import { randomOrg } from '../../test/core/matching/randomOrg';
import { scarceOrg } from '../../test/core/matching/scarceOrg';

/** The two org shapes the matcher is measured on. */
export type OrgShape = 'benchmark' | 'scarce';

/**
 * - `benchmark`: `randomOrg` (seed 2026): mentors are the most senior `mentors` people,
 *   capacities 1 to 4, structured scores with a wide spread.
 * - `scarce`: `scarceOrg` (seed 7): mentees + mentors people, the most senior fifth
 *   mentor with 1 to 3 places, flat scores (mean about 50 of 100), one department of 60%.
 *   The size's mentor count is taken as a fifth of the people.
 */
export function buildOrg(shape: OrgShape, mentees: number, mentors: number): Participant[] {
	if (shape === 'scarce') return scarceOrg({ people: mentees + mentors, seed: 7 });
	return randomOrg({ mentees, mentors, seed: 2026, maxCapacity: 4 });
}

export const RULES = { reportingLine: true, sameDepartment: true };
/** The scarce org keeps everyone in one big department: banning same-department pairs would empty it. */
export const rulesFor = (shape: OrgShape) => (shape === 'scarce' ? { reportingLine: true, sameDepartment: false } : RULES);
