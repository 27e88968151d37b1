import type { Participant } from '../types';
import type { MatchingSettings } from './match';
import { prepareMatching } from './match';
import { pairId } from './pairId';
import type { PeerObjective } from './peers';
import { pairPeers } from './peers';
import type { UnmatchedItem } from './results';
import { explainPair } from './scoring/explain';
import { evaluatePair } from './scoring/referenceScore';
import type { ExistingPair } from './types';

export interface PeerOptions extends MatchingSettings {
	participants: readonly Participant[];
	existingPairs?: readonly ExistingPair[];
	/** `maxCardinality` (default): most pairs, then weight; `maxWeight`: highest weight. */
	objective?: PeerObjective;
	/** Whether someone left over joins a pair as a third member (default true). */
	trios?: boolean;
}

/** One pair or trio of peers. */
export interface PeerGroupItem {
	pairId: string;
	programId?: string;
	memberIds: string[];
	memberEmails: string[];
	memberNames: string[];
	/** Mean 0–100 score of the pairs inside the group (each pair scored both ways). */
	score: number;
	breakdown: Record<string, number>;
	reasons: string[];
}

export interface PeerSummary {
	programId?: string;
	people: number;
	groups: number;
	trios: number;
	unpaired: number;
	totalWeight: number;
	matchingWeight: number;
	optimal: boolean;
	optimality: string;
}

export interface PeerOutcome {
	groups: PeerGroupItem[];
	unmatched: UnmatchedItem[];
	summaries: PeerSummary[];
}

/**
 * Operation Pair Peers: everyone with role `both` in one pool, groups of two (a trio
 * when someone is left over), never an earlier pairing, maximum-weight non-bipartite
 * matching (blossom). A pair weighs the points of both directions (so different
 * departments, shared interests and the other weighted criteria count from both
 * sides); a pair breaking a hard rule in either direction is never made.
 *
 * @example pairPeersParticipants({ participants, kind: 'mentoring', at }).groups[0].memberIds // ['a', 'b']
 */
export function pairPeersParticipants(options: PeerOptions): PeerOutcome {
	const outcome: PeerOutcome = { groups: [], unmatched: [], summaries: [] };
	for (const { context } of prepareMatching(options)) {
		const pool = context.mentors.filter((person) => person.role === 'both');
		const byId = new Map(pool.map((person) => [person.id, person]));
		const weight = (a: string, b: string) => {
			const ab = evaluatePair(context, byId.get(a)!, byId.get(b)!);
			const ba = evaluatePair(context, byId.get(b)!, byId.get(a)!);
			return ab.broken.length > 0 || ba.broken.length > 0 ? undefined : ab.points + ba.points;
		};
		const history = context.rules.history
			? (options.existingPairs ?? [])
					.filter((pair) => pair.programId === undefined || pair.programId === context.programId)
					.map((pair) => [pair.mentorId, pair.menteeId] as const)
			: [];
		const result = pairPeers({
			people: pool.map((person) => person.id),
			weight,
			history,
			objective: options.objective ?? 'maxCardinality',
			trios: options.trios ?? true,
			candidatesPerPerson: options.candidatesPerMentee ?? 10,
		});
		let trios = 0;
		for (const group of result.groups) {
			const members = group.members.map((id) => byId.get(id)!);
			if (members.length === 3) trios++;
			const pairCount = (members.length * (members.length - 1)) / 2;
			const explained = explainPair({
				context,
				facts: evaluatePair(context, members[0], members[1]),
				mentorLevel: members[0].level,
				menteeLevel: members[1].level,
				mentorDepartment: members[0].department,
				menteeDepartment: members[1].department,
				location: members[0].location,
			});
			outcome.groups.push({
				pairId: pairId({ programId: context.programId, mentorId: group.members[0], menteeId: group.members.slice(1).join('+') }),
				...(context.programId === undefined ? {} : { programId: context.programId }),
				memberIds: members.map((person) => person.id),
				memberEmails: members.map((person) => person.email),
				memberNames: members.map((person) => person.name),
				score: Math.round((100 * group.weight) / (2 * pairCount * context.maxPoints)),
				breakdown: explained.breakdown,
				reasons: explained.reasons,
			});
		}
		for (const id of result.unpaired) {
			const person = byId.get(id)!;
			outcome.unmatched.push({
				...(context.programId === undefined ? {} : { programId: context.programId }),
				id,
				email: person.email,
				name: person.name,
				role: 'peer',
				reason: 'noPartner',
				message: 'No partner is allowed by the rules (or left over) for this person',
			});
		}
		outcome.summaries.push({
			...(context.programId === undefined ? {} : { programId: context.programId }),
			people: pool.length,
			groups: result.groups.length,
			trios,
			unpaired: result.unpaired.length,
			totalWeight: result.totalWeight,
			matchingWeight: result.matchingWeight,
			optimal: true,
			optimality: `Maximum-weight matching by the blossom algorithm, proven by its dual certificate over every allowed pair (${result.stats.rounds} rounds); trios added afterwards`,
		});
	}
	return outcome;
}
