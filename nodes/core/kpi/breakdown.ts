import type { ScoredResponse } from '../survey/types';
import { summariseNps, summariseSubscales } from './summaries';
import { suppressSmallGroups } from './suppressSmallGroups';
import type { Breakdown, BreakdownGroup } from './types';
import type { TimedResponse } from './timedResponse';

const NOT_GIVEN = 'Not given';

export interface BreakdownOptions {
	field: string;
	persons: Array<{ groups: Record<string, string> }>;
	latest: TimedResponse[];
	minGroupSize: number;
	confidence: number;
	headline: string | undefined;
}

/**
 * Scores by one participant field (department, location), with small groups suppressed.
 *
 * @example breakdown({ field: 'department', persons, latest, minGroupSize: 5, confidence: 0.95, headline: 'nps' }).suppressed
 */
export function breakdown(options: BreakdownOptions): Breakdown {
	const { field, persons } = options;
	const participants = new Map<string, number>();
	for (const person of persons) {
		const group = person.groups[field] ?? NOT_GIVEN;
		participants.set(group, (participants.get(group) ?? 0) + 1);
	}
	const responsesByGroup = new Map<string, { people: Set<string>; responses: ScoredResponse[] }>();
	for (const entry of options.latest) {
		const index = entry.personIndex;
		if (index === undefined) continue;
		const group = persons[index].groups[field] ?? NOT_GIVEN;
		const slot = responsesByGroup.get(group) ?? { people: new Set<string>(), responses: [] };
		slot.people.add(entry.person);
		slot.responses.push(entry.response);
		responsesByGroup.set(group, slot);
	}
	const groups: BreakdownGroup[] = [...participants.keys()].sort().map((group) => {
		const slot = responsesByGroup.get(group);
		const subscales: Record<string, number | null> = {};
		for (const entry of summariseSubscales({ responses: slot?.responses ?? [], withReliability: false })) subscales[`${entry.instrument}.${entry.subscale}`] = entry.mean;
		const nps = options.headline ? summariseNps({ responses: (slot?.responses ?? []).filter((r) => r.instrument === options.headline), confidence: options.confidence }) : {};
		return {
			group,
			participants: participants.get(group) ?? 0,
			respondents: slot?.people.size ?? 0,
			subscales,
			npsScore: options.headline ? (nps[options.headline]?.score ?? null) : null,
		};
	});
	const result = suppressSmallGroups({ groups, minGroupSize: options.minGroupSize, size: (group) => group.respondents });
	return { field, groups: result.shown, suppressed: result.suppressed, secondarySuppressed: result.secondarySuppressed };
}
