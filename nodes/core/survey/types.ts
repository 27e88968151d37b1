import type { ScaleName } from './scales';

/**
 * What an item measures beyond its subscale, so that risk rules and KPIs find the
 * check-in quality, the recommendation score and the like in any instrument,
 * custom ones included.
 */
export type ItemMeasure = 'quality' | 'met' | 'meetings' | 'lastMeeting' | 'recommend' | 'goal' | 'usefulness';

export const ITEM_MEASURES: readonly ItemMeasure[] = ['quality', 'met', 'meetings', 'lastMeeting', 'recommend', 'goal', 'usefulness'];

/** One question of an instrument. */
export interface InstrumentItem {
	/** Stable key, also accepted as the answer's field name. */
	id: string;
	/** Question wording in every language offered (English first, then Dutch); each matches a form label. */
	labels: string[];
	scale: ScaleName;
	/** Subscale the item's value is averaged into. */
	subscale: string;
	/** Relative weight inside its subscale mean; 1 unless given. */
	weight: number;
	/** Whether agreement means less of the construct, so the value is mirrored (min + max - v). */
	reverse: boolean;
	/** Range of a `numeric` item. */
	min?: number;
	max?: number;
	measures?: ItemMeasure;
}

export type BuiltInInstrumentId = 'mentoringFunctions' | 'checkIn' | 'nps' | 'enps' | 'goals' | 'sessionPulse' | 'endOfProgram';

export interface Instrument {
	id: BuiltInInstrumentId | 'custom';
	name: string;
	items: InstrumentItem[];
	/**
	 * Share of a subscale's items that must be answered for its mean to be reported
	 * (0.75 by default). Goal lists set 0: people name as many goals as they have.
	 */
	minAnsweredShare: number;
}

/** A subscale's score for one response: its mean, or missing when too few items were answered. */
export interface SubscaleScore {
	mean: number | null;
	answered: number;
	items: number;
}

export interface GoalSummary {
	total: number;
	achieved: number;
	inProgress: number;
	notStarted: number;
	/** Share of the goals named that are achieved (0 to 1); null without goals. */
	attainment: number | null;
}

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export type RiskCode = 'lowQuality' | 'noMeeting' | 'detractor' | 'lowUsefulness';

export interface RiskReason {
	code: RiskCode;
	/** A short sentence for the program manager. */
	message: string;
}

/** One response scored with an instrument: what the Score operation outputs and KPIs read. */
export interface ScoredResponse {
	instrument: string;
	pairId?: string;
	respondentId?: string;
	role?: string;
	/** ISO timestamp or date as received. */
	submittedAt?: string;
	/** Item values after reverse coding; null for items left unanswered. Dates are days since 1970-01-01. */
	items: Record<string, number | null>;
	/** Subscale means; null when under the answered share (missing, never zero). */
	subscales: Record<string, number | null>;
	/** The items of each averaged subscale, so that KPIs can compute reliability without the instrument. */
	subscaleItems: Record<string, string[]>;
	missingSubscales: string[];
	recommend?: { value: number; category: NpsCategory };
	checkIn?: { quality?: number; met?: boolean; meetings?: number; lastMeeting?: string; weeksSinceMeeting?: number };
	/** How useful one session was (1 to 5), from a session pulse. */
	session?: { usefulness: number };
	goals?: GoalSummary;
	/** The free-text comment, trimmed, at most 2,000 characters; null when none was given. */
	comment?: string | null;
	atRisk: boolean;
	riskReasons: RiskReason[];
}
