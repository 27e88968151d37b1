import type { NpsCategory, RiskReason, ScoredResponse } from './types';

/** When a pair looks at risk. Every threshold is a node parameter. */
export interface RiskThresholds {
	/** A relationship quality, or a session's usefulness, at or below this (1 to 5) is low; 0 turns the rule off. */
	lowQualityAtOrBelow: number;
	/** No meeting for this many weeks or more; 0 turns the rule off. */
	noMeetingWeeks: number;
	/** Whether a detractor (0 to 6 on the recommendation question) counts as a risk. */
	flagDetractors: boolean;
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { lowQualityAtOrBelow: 2, noMeetingWeeks: 4, flagDetractors: true };

export interface AssessRiskOptions {
	thresholds: RiskThresholds;
}

/**
 * Says whether a scored response suggests the pair is at risk, and why.
 *
 * @example
 * assessRisk({ checkIn: { quality: 1 } }, { thresholds: DEFAULT_RISK_THRESHOLDS })
 * // [{ code: 'lowQuality', message: 'Relationship quality 1 of 5 (at or below 2)' }]
 */
export function assessRisk(
	scored: Pick<ScoredResponse, 'checkIn' | 'recommend' | 'session'>,
	options: AssessRiskOptions,
): RiskReason[] {
	const { thresholds } = options;
	const reasons: RiskReason[] = [];
	const quality = scored.checkIn?.quality;
	if (thresholds.lowQualityAtOrBelow > 0 && quality !== undefined && quality <= thresholds.lowQualityAtOrBelow) {
		reasons.push({
			code: 'lowQuality',
			message: `Relationship quality ${quality} of 5 (at or below ${thresholds.lowQualityAtOrBelow})`,
		});
	}
	// A session rated as poorly as a poor relationship (same threshold) is an early warning.
	const usefulness = scored.session?.usefulness;
	if (thresholds.lowQualityAtOrBelow > 0 && usefulness !== undefined && usefulness <= thresholds.lowQualityAtOrBelow) {
		reasons.push({
			code: 'lowUsefulness',
			message: `Session usefulness ${usefulness} of 5 (at or below ${thresholds.lowQualityAtOrBelow})`,
		});
	}
	const weeks = scored.checkIn?.weeksSinceMeeting;
	if (thresholds.noMeetingWeeks > 0 && weeks !== undefined && weeks >= thresholds.noMeetingWeeks) {
		reasons.push({
			code: 'noMeeting',
			message: `No meeting for ${Math.floor(weeks)} weeks (${thresholds.noMeetingWeeks} or more)`,
		});
	}
	if (thresholds.flagDetractors && scored.recommend?.category === 'detractor') {
		reasons.push({ code: 'detractor', message: `Detractor: would recommend ${scored.recommend.value} of 10` });
	}
	return reasons;
}

/**
 * NPS category of a 0 to 10 answer: promoters 9-10, passives 7-8, detractors 0-6.
 *
 * @example npsCategory(8) // 'passive'
 */
export function npsCategory(value: number): NpsCategory {
	if (value >= 9) return 'promoter';
	if (value >= 7) return 'passive';
	return 'detractor';
}
