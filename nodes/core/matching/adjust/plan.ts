import type { Participant } from '../../types';
import type { ProgramContext } from '../context';
import { evaluatePair } from '../scoring/referenceScore';
import type { RuleName } from '../types';
import { describeRule } from './ruleText';
import type { Adjustment, Proposal, RefusalReason, RefusedAdjustment } from './types';

/** The manager's adjustments sorted into what the re-solve must do, plus what was refused. */
export interface AdjustPlan {
	/** Pairs to keep as they are (locks and moves), mentor then mentee id. */
	fixed: Array<{ mentorId: string; menteeId: string; origin: 'locked' | 'moved' }>;
	/** Pairs the re-solve must not make this run, as unordered keys `mentorId\u0000menteeId`. */
	dropped: Array<{ mentorId: string; menteeId: string }>;
	/** Adjustments applied, by position in the list given. */
	applied: Array<{ index: number; adjustment: Adjustment }>;
	refused: RefusedAdjustment[];
}

export interface PlanOptions {
	/** The program prepared with everyone in it (left-out people are refused by `leftOut`). */
	context: ProgramContext;
	/** Everyone of the program, left-out people included, by id. */
	people: ReadonlyMap<string, Participant>;
	leftOut: ReadonlySet<string>;
	proposals: readonly Proposal[];
	/** Drops, locks, moves and notes, each with its position in the list given. */
	adjustments: ReadonlyArray<{ index: number; adjustment: Adjustment }>;
}

/** Order in which the kinds are applied: removals first, so that a lock or move sees the places they free. */
const ORDER: Record<Adjustment['action'], number> = { leaveOut: 0, drop: 1, lock: 2, move: 3, note: 4 };

const key = (mentorId: string, menteeId: string) => `${mentorId}\u0000${menteeId}`;

/**
 * Checks the manager's drops, locks, moves and notes against the run's proposals, the
 * hard rules and the mentors' places, in a fixed order (drops, then locks, then moves,
 * each in the order given): a lock or move that breaks a hard rule, fills a full mentor
 * or contradicts an earlier choice is refused with the reason named, never applied.
 * Leave-outs are applied before (the context is built without those people).
 *
 * @example planAdjustments({ context, people, leftOut: new Set(), proposals, adjustments: [{ index: 0, adjustment: { action: 'drop', mentorId: 'm1', menteeId: 'e1' } }] }).dropped
 */
export function planAdjustments(options: PlanOptions): AdjustPlan {
	const { context, people, leftOut } = options;
	const plan: AdjustPlan = { fixed: [], dropped: [], applied: [], refused: [] };
	const proposed = new Set(options.proposals.map((proposal) => key(proposal.mentorId, proposal.menteeId)));
	const mentorIndex = new Map(context.mentors.map((mentor, j) => [mentor.id, j]));
	const placesLeft = Int32Array.from(context.freePlaces);
	const droppedKeys = new Set<string>();
	const placedMentees = new Map<string, string>();
	const sorted = [...options.adjustments].sort((a, b) => ORDER[a.adjustment.action] - ORDER[b.adjustment.action] || a.index - b.index);

	for (const entry of sorted) {
		const { adjustment } = entry;
		const refuse = (reason: RefusalReason, message: string, rules?: RuleName[]) =>
			plan.refused.push({ ...entry, reason, message, ...(rules === undefined ? {} : { rules }) });
		if (adjustment.action === 'note') {
			plan.applied.push(entry);
			continue;
		}
		const mentorId = adjustment.action === 'move' ? adjustment.toMentorId! : adjustment.mentorId!;
		const menteeId = adjustment.menteeId!;
		const mentor = people.get(mentorId);
		const mentee = people.get(menteeId);
		const pairText = `${mentor?.name ?? mentorId} and ${mentee?.name ?? menteeId}`;
		if (mentor === undefined || mentee === undefined) {
			refuse('unknownPerson', `${mentor === undefined ? mentorId : menteeId} is not in this program's roster`);
			continue;
		}
		if (leftOut.has(mentorId) || leftOut.has(menteeId)) {
			refuse('leftOut', `${leftOut.has(mentorId) ? mentor.name : mentee.name} is left out of this round, so ${pairText} cannot be paired`);
			continue;
		}
		if (adjustment.action === 'drop' || adjustment.action === 'lock') {
			if (!proposed.has(key(mentorId, menteeId))) {
				refuse('notProposed', `${pairText} are not a proposed pair of this run`);
				continue;
			}
		}
		if (adjustment.action === 'drop') {
			droppedKeys.add(key(mentorId, menteeId));
			plan.dropped.push({ mentorId, menteeId });
			plan.applied.push(entry);
			continue;
		}
		const j = mentorIndex.get(mentorId);
		if (j === undefined) {
			refuse('notAMentor', `${mentor.name} does not mentor in this program`);
			continue;
		}
		if (mentee.role === 'mentor' || !context.mentees.some((person) => person.id === menteeId)) {
			refuse('notAMentee', `${mentee.name} is not a mentee waiting for a mentor in this program`);
			continue;
		}
		if (droppedKeys.has(key(mentorId, menteeId))) {
			refuse('conflict', `You dropped ${pairText} in the same review`);
			continue;
		}
		const earlier = placedMentees.get(menteeId);
		if (earlier !== undefined) {
			refuse('conflict', `${mentee.name} is already kept with ${people.get(earlier)?.name ?? earlier} in the same review`);
			continue;
		}
		const broken = evaluatePair(context, mentor, mentee).broken;
		if (broken.length > 0) {
			refuse(broken[0], `${pairText} cannot be paired: ${broken.map(describeRule).join('; ')}`, broken);
			continue;
		}
		if (placesLeft[j] === 0) {
			refuse('mentorFull', `${mentor.name} has no free place left (capacity ${mentor.capacity}, taken by active and kept pairs)`);
			continue;
		}
		placesLeft[j]--;
		placedMentees.set(menteeId, mentorId);
		plan.fixed.push({ mentorId, menteeId, origin: adjustment.action === 'lock' ? 'locked' : 'moved' });
		plan.applied.push(entry);
	}
	return plan;
}
