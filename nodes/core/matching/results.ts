import type { RuleName } from './types';

/** One pair in the Matches output. */
export interface MatchItem {
	pairId: string;
	programId?: string;
	mentorId: string;
	mentorEmail: string;
	mentorName: string;
	menteeId: string;
	menteeEmail: string;
	menteeName: string;
	score: number;
	breakdown: Record<string, number>;
	reasons: string[];
	/** Whether the pair was locked by an admin and kept as given. */
	locked: boolean;
	/** Hard rules a locked pair breaks (kept anyway, as the admin decided). */
	ruleWarnings?: RuleName[];
}

/** Why a person ended up without a pair. */
export type UnmatchedReason =
	| 'noEligibleMentor'
	| 'belowMinimumScore'
	| 'capacityExhausted'
	| 'noEligibleMentee'
	| 'notNeeded'
	| 'noPartner';

/** One person in the Unmatched output. */
export interface UnmatchedItem {
	programId?: string;
	id: string;
	email: string;
	name: string;
	role: 'mentee' | 'mentor' | 'peer';
	reason: UnmatchedReason;
	/** The reason in a sentence for the program manager. */
	message: string;
	/** For `noEligibleMentor`: how many mentors each rule excluded (a mentor may count under several). */
	excludedBy?: Partial<Record<RuleName, number>>;
	/** The rule that excluded the most mentors. */
	mainRule?: RuleName;
	/** For mentors: places still free. */
	freePlaces?: number;
}

/** The Summary output of one program. */
export interface MatchSummary {
	programId?: string;
	objective: string;
	mentees: number;
	mentors: number;
	matchedMentees: number;
	matchRate: number;
	filledSlots: number;
	totalSlots: number;
	lockedPairs: number;
	activePairs: number;
	totalScore: number;
	meanScore: number;
	lowestScore: number | null;
	p10Score: number | null;
	nominatingMentees: number;
	nomineeShare: number | null;
	blockingPairs: number;
	mentorLoad: { min: number; max: number; mean: number; standardDeviation: number };
	optimal: boolean;
	optimality: string;
	candidatesPerMentee: number;
	candidatePairs: number;
	pricingRounds: number;
	pricedInPairs: number;
	orgIssues: string[];
}
