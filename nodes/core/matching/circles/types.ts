import type { MatchItem, UnmatchedItem } from '../results';

/** One circle: a mentor and the mentees who meet together. */
export interface CircleItem {
	/** Stable id of the circle: the same program and mentor give the same id in every run. */
	circleId: string;
	programId?: string;
	/** Whether the circle existed before this run (kept members): the listed mentees join it, nobody moves. */
	topUp: boolean;
	mentorId: string;
	mentorEmail: string;
	mentorName: string;
	/** The mentor's IANA zone, when known (the Scheduler plans the circle from it). */
	mentorTimezone?: string;
	/** Mentees in the circle: the listed ones plus kept active pairs of earlier runs (not listed again). */
	size: number;
	/** Each mentee with their zone (when known) and the id of their pair with the mentor. */
	mentees: Array<{ id: string; email: string; name: string; timezone?: string; pairId: string; score: number; locked: boolean }>;
	/** Mentor first, then the mentees: everyone to invite to the circle's channel. */
	memberEmails: string[];
	/** Mean of the mentor–mentee pair scores (0 to 100, one decimal). */
	meanScore: number;
	/** Two mentees of the circle in one reporting line, or one excluding the other (hard rules bind mentor and mentee only). */
	memberWarnings: string[];
	/** One match item per mentor–mentee pair, each with this circle's id, as the pairs table stores them. */
	pairs: Array<MatchItem & { circleId: string }>;
}

/** The Summary of one group program. */
export interface CircleSummary {
	programId?: string;
	kind: 'group';
	objective: 'mostPlacedThenScore';
	circleSizeMin: number;
	circleSizeMax: number;
	mentees: number;
	mentors: number;
	circles: number;
	placedMentees: number;
	/** Circles with members from earlier runs (kept active or locked pairs), topped up by this run. */
	existingCircles: number;
	/** Mentees of this run placed in the free seats of those circles. */
	placedInExistingCircles: number;
	matchRate: number;
	lockedPairs: number;
	activePairs: number;
	/** Sum of the pair scores (0 to 100 each) of the new pairs. */
	totalScore: number;
	meanScore: number;
	circleSizes: { min: number; max: number; mean: number };
	optimal: boolean;
	optimality: string;
	/** Upper bound on the mentees any valid circles could place (equals `placedMentees` when optimal). */
	placedBound: number;
	searchNodes: number;
	orgIssues: string[];
}

export interface CircleOutcome {
	circles: CircleItem[];
	unmatched: UnmatchedItem[];
	summaries: CircleSummary[];
}
