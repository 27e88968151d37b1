import type { GoalAttainmentSummary } from '../goals/attainment';
import type { PairStatus } from '../pairs/status';
import type { RiskCode } from '../survey/types';
import type { CircleKpis } from './circleFigures';
import type { CronbachAlphaResult } from './cronbachAlpha';
import type { NpsResult } from './nps';
import type { ProportionTestResult } from './proportionTests';

/** A person as KPIs need them, read from participant items. */
export interface KpiPerson {
	/** Keys the person is known by: id and lower-cased email. */
	keys: string[];
	role?: string;
	/** Values of the breakdown fields, e.g. { department: 'Sales' }. */
	groups: Record<string, string>;
}

/** A pair as KPIs need it, read from match items. */
export interface KpiPair {
	pairId: string;
	programId?: string;
	mentorKeys: string[];
	menteeKeys: string[];
	mentorName?: string;
	menteeName?: string;
	/** Day number (days since 1970-01-01) the pair started, if known. */
	startDay?: number;
	/** Meetings held, when the pair item carries it (it wins over check-ins). */
	meetings?: number;
	/** The row's status as given (see `nodes/core/pairs/status.ts`); undefined when it has none. */
	status?: unknown;
	/** Whether the program manager changed this pair at review (the pair row's `adjusted`). */
	adjusted?: boolean;
}

/** Which pairs the KPIs counted, so the report can say so. */
export interface PairSelection {
	/** The program asked for; null when every program in the input counts together. */
	programId: string | null;
	/** Programs of the counted pairs ('' for pairs without a program), sorted. */
	programs: string[];
	/** Statuses that count as a real pair. */
	statuses: PairStatus[];
	counted: number;
	leftOut: {
		/** Pairs left out by status: proposals and rejected pairs. */
		byStatus: Partial<Record<PairStatus, number>>;
		otherProgram: number;
		unknownStatus: number;
	};
}

/** An HR record for retention and promotion. */
export interface KpiHrisRecord {
	keys: string[];
	hireDay?: number;
	terminationDay?: number;
	promotionDays: number[];
}

/** The per-pair figures, as in the CSV. */
export interface PairFigures {
	pairId: string;
	programId: string;
	mentorName: string;
	menteeName: string;
	startDate: string;
	months: number;
	/** Null when neither the pair nor any check-in says how often the pair met. */
	meetings: number | null;
	meetingsPerMonth: number | null;
	responses: number;
	latestQuality: number | null;
	atRisk: boolean;
	riskReasons: string[];
	/** The reasons' codes, in the same order, for a report in another language than the stored messages. */
	riskCodes: RiskCode[];
}

export interface SubscaleSummary {
	instrument: string;
	subscale: string;
	/** Mean over the latest response of each respondent with this subscale scored. */
	mean: number | null;
	n: number;
	reliability: CronbachAlphaResult;
}

export interface OutcomeComparison {
	/** Null when a group is smaller than the minimum group size (then nothing else is given). */
	suppressed: boolean;
	participants: { n: number; count: number; rate: number | null };
	nonParticipants: { n: number; count: number; rate: number | null };
	comparison: (ProportionTestResult & { significant: boolean }) | null;
}

export interface BreakdownGroup {
	group: string;
	participants: number;
	respondents: number;
	/** Subscale means keyed "instrument.subscale". */
	subscales: Record<string, number | null>;
	npsScore: number | null;
}

export interface Breakdown {
	field: string;
	groups: BreakdownGroup[];
	/** Groups left out because fewer than the minimum number of people answered. */
	suppressed: number;
	/** Of those, groups left out only so that a single small group cannot be worked out from the totals. */
	secondarySuppressed: number;
}

/** Session usefulness figures for one group of responses. */
export interface SessionFeedbackFigures {
	/** Sessions rated. */
	responses: number;
	respondents: number;
	/** Mean usefulness 1 to 5; null without ratings or with fewer respondents than the minimum group size. */
	meanUsefulness: number | null;
	/** Whether a mean exists but is hidden because too few people answered. */
	suppressed: boolean;
}

/** Session pulses: usefulness over every session rated, overall and per program ('' for pairs without one). */
export interface SessionFeedbackSummary extends SessionFeedbackFigures {
	byProgram: Array<SessionFeedbackFigures & { programId: string }>;
}

/** Relationship quality at the end against the mid-point, over the people who answered both. */
export interface MidpointComparison {
	respondents: number;
	midpointQuality: number | null;
	endQuality: number | null;
	/** Mean of each person's end minus mid-point quality. */
	meanChange: number | null;
	/** Whether people answered both but fewer than the minimum group size. */
	suppressed: boolean;
}

export interface KpiSummary {
	period: { start: string; end: string };
	minGroupSize: number;
	enrolment: { total: number; byRole: Record<string, number> };
	/** `adjustedPairs`: counted pairs the program manager made or changed at review; the rest were matched as proposed. */
	matching: { mentees: number; matchedMentees: number; matchRate: number | null; pairs: number; adjustedPairs: number };
	/** Which pairs were counted (program, statuses) and which left out. */
	pairsCounted: PairSelection;
	responses: { total: number; respondents: number; expectedRespondents: number; responseRate: number | null };
	meetings: {
		pairsWithData: number;
		pairsWithoutData: number;
		perPairPerMonth: number | null;
		threshold: number;
		pairsAtOrAboveThreshold: number;
		shareAtOrAboveThreshold: number | null;
	};
	goals: { respondents: number; total: number; achieved: number; attainmentRate: number | null };
	/**
	 * Each person's ratings of their pair's goals (not started, some, most, achieved) at the
	 * mid-point check-in and at the end, per round, the change, and per department of the rater.
	 */
	goalAttainment: GoalAttainmentSummary;
	subscales: SubscaleSummary[];
	/** NPS per instrument that asks the recommendation question (nps, enps, custom). */
	nps: Record<string, NpsResult>;
	sessionFeedback: SessionFeedbackSummary;
	midpointComparison: MidpointComparison;
	atRisk: { pairs: number; share: number | null; byReason: Record<RiskCode, number> };
	outcomes: { retention: OutcomeComparison; promotion: OutcomeComparison } | null;
	breakdowns: Breakdown[];
	suppressedGroups: number;
	/** Group mentoring: present when the Pairs input holds circle rows of `mentorship_circles`. */
	circles?: CircleKpis;
}

export interface KpiResult {
	summary: KpiSummary;
	pairs: PairFigures[];
}
