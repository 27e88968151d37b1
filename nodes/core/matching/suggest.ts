import type { Participant } from '../types';
import type { MatchingSettings } from './match';
import { matchItem, prepareMatching } from './match';
import type { MatchItem } from './results';
import { FastScorer } from './scoring/fastScorer';
import type { ExistingPair } from './types';

export interface SuggestOptions extends MatchingSettings {
	participants: readonly Participant[];
	existingPairs?: readonly ExistingPair[];
	/** Mentors suggested per mentee. */
	perMentee: number;
	/** Whether a mentor is never suggested more often than they have free places. */
	respectFreePlaces?: boolean;
}

/** The suggestions for one mentee, best first. */
export interface MenteeSuggestions {
	programId?: string;
	menteeId: string;
	menteeEmail: string;
	menteeName: string;
	suggestions: Array<Omit<MatchItem, 'menteeId' | 'menteeEmail' | 'menteeName' | 'locked' | 'programId'> & { rank: number }>;
}

/**
 * Operation Suggest: each mentee's best allowed mentors with scores and reasons, for
 * programs where mentees choose. With `respectFreePlaces`, suggestions are handed out
 * best score first over all mentees (ties by mentee id, then mentor id) and a mentor
 * stops being suggested once suggested as often as they have free places.
 *
 * @example
 * suggestMentors({ participants, kind: 'mentoring', at, perMentee: 3 })[0].suggestions.map((s) => s.mentorId)
 */
export function suggestMentors(options: SuggestOptions): MenteeSuggestions[] {
	const result: MenteeSuggestions[] = [];
	const perMentee = Math.max(1, options.perMentee);
	for (const { context, minPoints } of prepareMatching(options)) {
		const scorer = new FastScorer(context);
		// With free places respected, look deeper so that full mentors can be replaced.
		const depth = options.respectFreePlaces === true ? Math.max(perMentee * 4, options.candidatesPerMentee ?? 10) : perMentee;
		const lists = context.mentees.map((_, i) => {
			scorer.prepare(i);
			const found = scorer.topCandidates(depth, minPoints);
			return found.mentors
				.map((j, k) => ({ i, j, points: found.points[k] }))
				.sort((a, b) => b.points - a.points || a.j - b.j);
		});
		let chosen: Array<Array<{ i: number; j: number; points: number }>>;
		if (options.respectFreePlaces === true) {
			const free = Int32Array.from(context.freePlaces);
			chosen = context.mentees.map(() => []);
			const all = lists.flat().sort((a, b) => b.points - a.points || a.i - b.i || a.j - b.j);
			for (const entry of all) {
				if (chosen[entry.i].length >= perMentee || free[entry.j] === 0) continue;
				free[entry.j]--;
				chosen[entry.i].push(entry);
			}
		} else {
			chosen = lists.map((list) => list.slice(0, perMentee));
		}
		context.mentees.forEach((mentee, i) => {
			result.push({
				...(context.programId === undefined ? {} : { programId: context.programId }),
				menteeId: mentee.id,
				menteeEmail: mentee.email,
				menteeName: mentee.name,
				suggestions: chosen[i].map((entry, rank) => {
					const item = matchItem(context, context.mentors[entry.j], mentee, false);
					return {
						rank: rank + 1,
						pairId: item.pairId,
						mentorId: item.mentorId,
						mentorEmail: item.mentorEmail,
						mentorName: item.mentorName,
						score: item.score,
						breakdown: item.breakdown,
						reasons: item.reasons,
					};
				}),
			});
		});
	}
	return result;
}
