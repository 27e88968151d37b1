import type { Participant } from '../../types';
import type { UnmatchedItem } from '../results';
import type { AdjustDiff, AdjustedProposal, MovedPair, NewlyUnmatched, Proposal, ScoreFigures } from './types';

export interface DescribeChangesOptions {
	programId: string;
	runId: string;
	people: ReadonlyMap<string, Participant>;
	/** Proposals before adjusting, each with its score. */
	before: ReadonlyArray<Proposal & { score: number }>;
	after: readonly AdjustedProposal[];
	unmatched: readonly UnmatchedItem[];
	leftOut: ReadonlySet<string>;
	/** Mentees the manager moved herself. */
	moved: ReadonlySet<string>;
	applied: number;
	refused: number;
}

function figures(scores: number[]): ScoreFigures {
	return { pairs: scores.length, totalScore: scores.reduce((sum, score) => sum + score, 0), lowestScore: scores.length === 0 ? null : Math.min(...scores) };
}

/**
 * What changed between a run's proposals and the adjusted ones: mentees whose mentor
 * changed (by the manager or by the re-solve), mentees newly matched, mentees who lost
 * their pair and why, and the total and lowest score before and after.
 *
 * @example describeChanges({ programId: 'p1', runId: '7', people, before, after, unmatched: [], leftOut: new Set(), moved: new Set(), applied: 0, refused: 0 }).before.pairs
 */
export function describeChanges(options: DescribeChangesOptions): AdjustDiff {
	const nameOf = (id: string) => options.people.get(id)?.name ?? id;
	const beforeOf = new Map(options.before.map((pair) => [pair.menteeId, pair]));
	const afterOf = new Map(options.after.map((pair) => [pair.menteeId, pair]));
	const moved: MovedPair[] = [];
	const newlyMatched: AdjustDiff['newlyMatched'] = [];
	for (const pair of options.after) {
		const earlier = beforeOf.get(pair.menteeId);
		if (earlier === undefined) {
			newlyMatched.push({ menteeId: pair.menteeId, menteeName: pair.menteeName, mentorId: pair.mentorId, mentorName: pair.mentorName, score: pair.score });
		} else if (earlier.mentorId !== pair.mentorId) {
			moved.push({
				menteeId: pair.menteeId,
				menteeName: pair.menteeName,
				fromMentorId: earlier.mentorId,
				fromMentorName: nameOf(earlier.mentorId),
				toMentorId: pair.mentorId,
				toMentorName: pair.mentorName,
				scoreBefore: earlier.score,
				scoreAfter: pair.score,
				movedBy: options.moved.has(pair.menteeId) ? 'manager' : 'resolve',
			});
		}
	}
	const reasonOf = new Map(options.unmatched.map((person) => [person.id, person]));
	const newlyUnmatched: NewlyUnmatched[] = options.before
		.filter((pair) => !afterOf.has(pair.menteeId))
		.map((pair) => {
			const id = pair.menteeId;
			if (options.leftOut.has(id)) return { id, name: nameOf(id), role: 'mentee', reason: 'leftOut', message: 'Left out of this round by the program manager' };
			if (options.leftOut.has(pair.mentorId)) {
				const why = reasonOf.get(id);
				return { id, name: nameOf(id), role: 'mentee', reason: why?.reason ?? 'mentorLeftOut', message: `Mentor ${nameOf(pair.mentorId)} was left out; ${why?.message ?? 'no other mentor was found'}` };
			}
			const why = reasonOf.get(id);
			return { id, name: nameOf(id), role: 'mentee', reason: why?.reason ?? 'notInRoster', message: why?.message ?? 'No longer in the roster' };
		});
	newlyUnmatched.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	moved.sort((a, b) => (a.menteeId < b.menteeId ? -1 : a.menteeId > b.menteeId ? 1 : 0));
	const before = figures(options.before.map((pair) => pair.score));
	const after = figures(options.after.map((pair) => pair.score));
	const lines = [
		`Before: ${before.pairs} pairs, total score ${before.totalScore}, lowest ${before.lowestScore ?? '-'}. After: ${after.pairs} pairs, total score ${after.totalScore}, lowest ${after.lowestScore ?? '-'}.`,
		`${options.applied} adjustments applied, ${options.refused} refused.`,
		...moved.map((pair) => `${pair.menteeName} moves from ${pair.fromMentorName} (score ${pair.scoreBefore}) to ${pair.toMentorName} (score ${pair.scoreAfter})${pair.movedBy === 'manager' ? ', as you chose' : ', re-solved around your choices'}.`),
		...newlyMatched.map((pair) => `${pair.menteeName} is newly matched with ${pair.mentorName} (score ${pair.score}).`),
		...newlyUnmatched.map((person) => `${person.name} is no longer matched: ${person.message}.`),
	];
	return {
		programId: options.programId,
		runId: options.runId,
		before,
		after,
		moved,
		newlyMatched,
		newlyUnmatched,
		applied: options.applied,
		refused: options.refused,
		text: lines.join('\n'),
	};
}
