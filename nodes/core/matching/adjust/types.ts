import type { MatchItem, UnmatchedItem } from '../results';
import type { RuleName } from '../types';

/** What the program manager can do to a run's proposals. */
export type AdjustmentAction = 'lock' | 'drop' | 'move' | 'leaveOut' | 'note';

export const ADJUSTMENT_ACTIONS: readonly AdjustmentAction[] = ['lock', 'drop', 'move', 'leaveOut', 'note'];

/**
 * One change the manager asked for. `lock` and `drop` name a proposed pair (mentor and
 * mentee), `move` a mentee and the mentor to move them to (`toMentorId`), `leaveOut` a
 * person (`personId`), `note` only text (optionally about a pair or a person).
 */
export interface Adjustment {
	action: AdjustmentAction;
	mentorId?: string;
	menteeId?: string;
	toMentorId?: string;
	personId?: string;
	note?: string;
}

/** A proposal of the run being adjusted, as stored in the pairs table. */
export interface Proposal {
	mentorId: string;
	menteeId: string;
	/** Score shown in the review; recomputed when missing. */
	score?: number;
}

/** Why an adjustment was refused; rule names come from the matcher's hard rules. */
export type RefusalReason = RuleName | 'invalid' | 'mentorFull' | 'notProposed' | 'unknownPerson' | 'notAMentor' | 'notAMentee' | 'leftOut' | 'conflict';

/** An adjustment the core did not apply, with the reason in a sentence. */
export interface RefusedAdjustment {
	/** Position of the adjustment in the list given. */
	index: number;
	/** What could be read of it (for an unreadable entry: its action if known, else `note`, and its short ids). */
	adjustment: Adjustment;
	reason: RefusalReason;
	/** The hard rules broken, when a rule refused it. */
	rules?: RuleName[];
	message: string;
}

/** One row of the audit trail (`mentorship_adjustments`): who changed what, when, with which outcome. */
export interface AuditRow {
	programId: string;
	runId: string;
	adjustedBy: string;
	adjustedAt: string;
	action: AdjustmentAction;
	mentorId: string;
	menteeId: string;
	toMentorId: string;
	personId: string;
	note: string;
	outcome: 'applied' | 'refused';
	/** Refusal reason code; empty when applied. */
	reason: string;
	message: string;
}

/** How a new proposal came about, for the KPI's matched-as-proposed versus adjusted. */
export type ProposalOrigin = 'asProposed' | 'locked' | 'moved' | 'resolved';

/** A proposal after adjusting: a match item plus how it came about. */
export interface AdjustedProposal extends MatchItem {
	runId: string;
	origin: ProposalOrigin;
	/** Whether the pair differs from the original proposal (moved by the manager or changed by the re-solve). */
	adjusted: boolean;
}

/** A mentee whose mentor changed between the proposals and the re-solve. */
export interface MovedPair {
	menteeId: string;
	menteeName: string;
	fromMentorId: string;
	fromMentorName: string;
	toMentorId: string;
	toMentorName: string;
	scoreBefore: number;
	scoreAfter: number;
	/** `manager`: the manager moved this mentee; `resolve`: the re-solve did, around her choices. */
	movedBy: 'manager' | 'resolve';
}

/** A mentee proposed before and not after, with why. */
export interface NewlyUnmatched {
	id: string;
	name: string;
	role: 'mentee';
	reason: string;
	message: string;
}

/** Totals before and after adjusting. */
export interface ScoreFigures {
	pairs: number;
	totalScore: number;
	lowestScore: number | null;
}

/** What changed between the proposals and the adjusted proposals. */
export interface AdjustDiff {
	programId: string;
	runId: string;
	before: ScoreFigures;
	after: ScoreFigures;
	moved: MovedPair[];
	/** Mentees without a proposal before who have one now. */
	newlyMatched: Array<{ menteeId: string; menteeName: string; mentorId: string; mentorName: string; score: number }>;
	newlyUnmatched: NewlyUnmatched[];
	applied: number;
	refused: number;
	/** The whole change in a few lines, for the completion page and the email. */
	text: string;
}

export interface AdjustOutcome {
	proposals: AdjustedProposal[];
	unmatched: UnmatchedItem[];
	refused: RefusedAdjustment[];
	audit: AuditRow[];
	diff: AdjustDiff;
}
