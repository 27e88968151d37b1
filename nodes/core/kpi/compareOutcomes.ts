import { compareProportions } from './proportionTests';
import type { KpiHrisRecord, OutcomeComparison } from './types';

export interface CompareOutcomesOptions {
	records: KpiHrisRecord[];
	/** Whether a record belongs to a program participant. */
	isParticipant: (record: KpiHrisRecord) => boolean;
	/** First and last day of the period (days since 1970-01-01), both included. */
	startDay: number;
	endDay: number;
	minGroupSize: number;
	/** Confidence level; a p-value under 1 − confidence is called significant. */
	confidence: number;
}

/**
 * Retention and promotion of participants against non-participants over one period.
 * Everyone employed on the first day (hired on or before it, not gone by it) is
 * counted; retained means no termination up to the last day, promoted means a
 * promotion date inside the period. People hired during the period are left out
 * because they were not exposed for the whole period. The rates are compared with
 * {@link compareProportions} (z-test, or Fisher's exact test for small counts); a
 * group under the minimum size suppresses the comparison.
 *
 * @example
 * compareOutcomes({ records, isParticipant, startDay: 20454, endDay: 20819, minGroupSize: 5, confidence: 0.95 }).retention
 */
export function compareOutcomes(options: CompareOutcomesOptions): { retention: OutcomeComparison; promotion: OutcomeComparison } {
	const { startDay, endDay } = options;
	const tally = { participants: { n: 0, retained: 0, promoted: 0 }, nonParticipants: { n: 0, retained: 0, promoted: 0 } };
	for (const record of options.records) {
		if (record.hireDay !== undefined && record.hireDay > startDay) continue;
		if (record.terminationDay !== undefined && record.terminationDay <= startDay) continue;
		const group = options.isParticipant(record) ? tally.participants : tally.nonParticipants;
		group.n++;
		if (record.terminationDay === undefined || record.terminationDay > endDay) group.retained++;
		if (record.promotionDays.some((day) => day >= startDay && day <= endDay)) group.promoted++;
	}
	const compare = (outcome: 'retained' | 'promoted'): OutcomeComparison => {
		const participants = tally.participants;
		const others = tally.nonParticipants;
		const suppressed = participants.n < options.minGroupSize || others.n < options.minGroupSize;
		if (suppressed) {
			return {
				suppressed,
				participants: { n: participants.n, count: 0, rate: null },
				nonParticipants: { n: others.n, count: 0, rate: null },
				comparison: null,
			};
		}
		const test = compareProportions({
			participants: { count: participants[outcome], n: participants.n },
			nonParticipants: { count: others[outcome], n: others.n },
		});
		return {
			suppressed,
			participants: { n: participants.n, count: participants[outcome], rate: participants[outcome] / participants.n },
			nonParticipants: { n: others.n, count: others[outcome], rate: others[outcome] / others.n },
			comparison: { ...test, significant: test.pValue < 1 - options.confidence },
		};
	};
	return { retention: compare('retained'), promotion: compare('promoted') };
}
