/**
 * Shapes used by the matching core (scoring, hard rules, solver, explanations).
 * Only matching uses them, so they live here rather than in nodes/core/types.ts.
 */

/** Kinds of program; each gives the criteria a different meaning or default weight. */
export type ProgramKind = 'mentoring' | 'reverse' | 'buddy' | 'group';

export const PROGRAM_KINDS: readonly ProgramKind[] = ['mentoring', 'reverse', 'buddy', 'group'];

/** Soft criteria of a pair's score, in the order they are explained. */
export const CRITERIA = [
	'nomination',
	'skills',
	'goals',
	'interests',
	'level',
	'department',
	'timezone',
	'language',
	'location',
	'orgDistance',
] as const;

export type Criterion = (typeof CRITERIA)[number];

/** Weight of each criterion, a whole number from 0 to 100. */
export type Weights = Record<Criterion, number>;

/** What a manager who mentors may do. */
export type ManagerMentorPolicy = 'allow' | 'forbid' | 'farOnly';

/** The hard rules; a pair breaking any switched-on rule is never made. */
export interface HardRules {
	/** No pair inside a reporting line, direct or indirect, in either direction. */
	reportingLine: boolean;
	/** No pair inside one department. */
	sameDepartment: boolean;
	/** Smallest allowed level gap (mentor minus mentee; mentee minus mentor in reverse programs). */
	minLevelGap?: number;
	/** Largest allowed level gap, measured as `minLevelGap`. */
	maxLevelGap?: number;
	/** At least one shared language when both people list languages. */
	sharedLanguage: boolean;
	/** Largest time-zone difference in hours (on a 24-hour circle), when both zones are known. */
	maxTimezoneGapHours?: number;
	/** Personal exclusions, in either direction. */
	exclusions: boolean;
	/** No repeat of an earlier pairing (history). */
	history: boolean;
	/** Mentors who manage anyone in the program: allowed, never, or only far from the mentee. */
	managerMentors: ManagerMentorPolicy;
	/** For `farOnly`: fewest steps through the org between mentor and mentee. */
	managerMinDistance: number;
}

/** Names of the rules, as used in exclusion counts and unmatched reasons. */
export const RULES = [
	'self',
	'reportingLine',
	'sameDepartment',
	'levelGap',
	'sharedLanguage',
	'timezoneGap',
	'exclusions',
	'history',
	'managerMentors',
] as const;

export type RuleName = (typeof RULES)[number];

/** Status of a pair that already exists before this run. */
export type ExistingPairStatus = 'active' | 'locked' | 'ended';

/** A pair from an earlier run or an admin decision. */
export interface ExistingPair {
	mentorId: string;
	menteeId: string;
	/** `locked`: keep and output; `active`: keep, takes a place; `ended`: history only. */
	status: ExistingPairStatus;
	programId?: string;
}

/** How the solver weighs a pair against leaving people unmatched. */
export type Objective = 'totalScore' | 'mostMatched';

/** A scored pair with its explanation. */
export interface PairScore {
	/** Whole number from 0 to 100, as shown to people. */
	score: number;
	/** The solver's exact integer points (criterion weight times a 0–1000 fraction). */
	points: number;
	/** Criterion to its share of the 0–100 score, one decimal. */
	breakdown: Record<Criterion, number>;
	/** Plain-language reasons, one per criterion that added points. */
	reasons: string[];
}
