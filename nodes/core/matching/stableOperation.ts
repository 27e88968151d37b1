import type { Participant } from '../types';
import type { MatchingSettings } from './match';
import { matchItem, prepareMatching } from './match';
import type { MatchItem, UnmatchedItem } from './results';
import { solveProgram } from './solveProgram';
import { findBlockingPairs, stableMatch } from './stable';
import type { ExistingPair } from './types';

export interface StableOptions extends MatchingSettings {
	participants: readonly Participant[];
	existingPairs?: readonly ExistingPair[];
}

/** Summary of a stable run: its total next to the optimum on the same candidates. */
export interface StableSummary {
	programId?: string;
	mentees: number;
	matchedMentees: number;
	/** Sum of the 0–100 scores of the stable pairs. */
	stableTotalScore: number;
	/** Sum of the 0–100 scores of the optimal (Match) pairs on the same candidates. */
	optimalTotalScore: number;
	/** Stable total as a share of the optimum. */
	shareOfOptimum: number | null;
	/** Blocking pairs of the stable result (0) and of the optimal one, among candidates. */
	blockingPairsStable: number;
	blockingPairsOptimal: number;
	proposals: number;
}

export interface StableOutcome {
	matches: MatchItem[];
	unmatched: UnmatchedItem[];
	summaries: StableSummary[];
}

/**
 * Operation Stable: mentee-proposing deferred acceptance with mentor capacities on each
 * mentee's candidate mentors (the same top-K lists and hard rules as Match; both sides
 * rank by the pair score, ties by id), with the optimal Match total on the same
 * candidates reported next to it.
 *
 * @example
 * stableMatchParticipants({ participants, kind: 'mentoring', at }).summaries[0].shareOfOptimum // e.g. 0.97
 */
export function stableMatchParticipants(options: StableOptions): StableOutcome {
	const outcome: StableOutcome = { matches: [], unmatched: [], summaries: [] };
	for (const { context, minPoints } of prepareMatching(options)) {
		const solved = solveProgram({
			context,
			objective: 'totalScore',
			minPoints,
			candidatesPerMentee: options.candidatesPerMentee ?? 10,
			exact: false,
		});
		const { graph, edgePoints } = solved;
		const points = new Map<string, number>();
		const candidates = new Map<string, string[]>();
		context.mentees.forEach((mentee, i) => {
			const list: string[] = [];
			for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
				const mentor = context.mentors[graph.edgeMentor[e]];
				points.set(`${mentee.id}\u0000${mentor.id}`, edgePoints[e]);
				list.push(mentor.id);
			}
			candidates.set(mentee.id, list);
		});
		const shared = {
			mentees: context.mentees.map((mentee) => mentee.id),
			mentors: context.mentors.map((mentor, j) => ({ id: mentor.id, capacity: context.freePlaces[j] })),
			score: (menteeId: string, mentorId: string) => points.get(`${menteeId}\u0000${mentorId}`),
			candidates: (menteeId: string) => candidates.get(menteeId) ?? [],
		};
		const stable = stableMatch(shared);
		const menteeById = new Map(context.mentees.map((mentee) => [mentee.id, mentee]));
		const mentorById = new Map(context.mentors.map((mentor) => [mentor.id, mentor]));
		const matches = [
			...context.locked.map(({ mentor, mentee }) => matchItem(context, mentor, mentee, true)),
			...stable.pairs.map((pair) => matchItem(context, mentorById.get(pair.mentorId)!, menteeById.get(pair.menteeId)!, false)),
		];
		const optimalPairs: Array<{ menteeId: string; mentorId: string }> = [];
		let optimalTotal = 0;
		solved.solution.mateEdge.forEach((e, i) => {
			if (e < 0) return;
			optimalPairs.push({ menteeId: context.mentees[i].id, mentorId: context.mentors[graph.edgeMentor[e]].id });
			optimalTotal += Math.round((100 * edgePoints[e]) / context.maxPoints);
		});
		const stableTotal = stable.pairs.reduce((sum, pair) => sum + Math.round((100 * pair.score) / context.maxPoints), 0);
		outcome.matches.push(...matches);
		for (const id of stable.unmatched) {
			const mentee = menteeById.get(id)!;
			const hasCandidates = (candidates.get(id) ?? []).length > 0;
			outcome.unmatched.push({
				...(context.programId === undefined ? {} : { programId: context.programId }),
				id,
				email: mentee.email,
				name: mentee.name,
				role: 'mentee',
				reason: hasCandidates ? 'capacityExhausted' : 'noEligibleMentor',
				message: hasCandidates
					? 'Every candidate mentor kept mentees they prefer'
					: 'No mentor is allowed by the rules and scores at least the minimum score',
			});
		}
		outcome.summaries.push({
			...(context.programId === undefined ? {} : { programId: context.programId }),
			mentees: context.mentees.length,
			matchedMentees: stable.pairs.length,
			stableTotalScore: stableTotal,
			optimalTotalScore: optimalTotal,
			shareOfOptimum: optimalTotal === 0 ? null : Math.round((10000 * stableTotal) / optimalTotal) / 10000,
			blockingPairsStable: findBlockingPairs({ ...shared, pairs: stable.pairs }).length,
			blockingPairsOptimal: findBlockingPairs({ ...shared, pairs: optimalPairs }).length,
			proposals: stable.proposals,
		});
	}
	return outcome;
}
