import type { ScoredResponse } from '../survey/types';
import { cronbachAlpha } from './cronbachAlpha';
import { mean } from './descriptive';
import { npsWithInterval, type NpsResult } from './nps';
import type { SubscaleSummary } from './types';

export interface SummariseSubscalesOptions {
	responses: ScoredResponse[];
	/** Whether to compute Cronbach's alpha too (breakdowns do not show it). */
	withReliability: boolean;
}

/**
 * Mean and reliability of every instrument's subscale over the given responses.
 *
 * @example summariseSubscales({ responses: latestResponses, withReliability: true })[0].reliability.alpha
 */
export function summariseSubscales(options: SummariseSubscalesOptions): SubscaleSummary[] {
	const { responses, withReliability } = options;
	type Group = { instrument: string; subscale: string; values: number[]; itemIds: string[]; rows: Array<Array<number | null>> };
	// Keyed by instrument, then subscale: no key strings built per response.
	const byInstrument = new Map<string, Map<string, Group>>();
	const groups: Group[] = [];
	for (const response of responses) {
		let bySubscale = byInstrument.get(response.instrument);
		if (!bySubscale) {
			bySubscale = new Map();
			byInstrument.set(response.instrument, bySubscale);
		}
		for (const subscale in response.subscales) {
			const value = response.subscales[subscale];
			let group = bySubscale.get(subscale);
			if (!group) {
				group = { instrument: response.instrument, subscale, values: [], itemIds: response.subscaleItems[subscale] ?? [], rows: [] };
				bySubscale.set(subscale, group);
				groups.push(group);
			}
			if (typeof value === 'number') group.values.push(value);
			if (withReliability && group.itemIds.length > 1) {
				group.rows.push(group.itemIds.map((id) => (typeof response.items[id] === 'number' ? response.items[id] : null)));
			}
		}
	}
	return groups.map((group) => ({
		instrument: group.instrument,
		subscale: group.subscale,
		mean: mean(group.values),
		n: group.values.length,
		reliability: cronbachAlpha({ rows: group.rows.length > 0 ? group.rows : [group.itemIds.map(() => null)] }),
	}));
}

export interface SummariseNpsOptions {
	responses: ScoredResponse[];
	confidence: number;
}

/**
 * NPS per instrument that asks the recommendation question.
 *
 * @example summariseNps({ responses, confidence: 0.95 }).nps?.score
 */
export function summariseNps(options: SummariseNpsOptions): Record<string, NpsResult> {
	const { responses, confidence } = options;
	const counts = new Map<string, { promoter: number; passive: number; detractor: number }>();
	for (const response of responses) {
		if (!response.recommend) continue;
		const count = counts.get(response.instrument) ?? { promoter: 0, passive: 0, detractor: 0 };
		count[response.recommend.category]++;
		counts.set(response.instrument, count);
	}
	return Object.fromEntries(
		[...counts].map(([instrument, count]) => [
			instrument,
			npsWithInterval({ promoters: count.promoter, passives: count.passive, detractors: count.detractor, confidence }),
		]),
	);
}
