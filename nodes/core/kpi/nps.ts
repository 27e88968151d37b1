import { normalQuantile } from './normal';

export interface NpsOptions {
	promoters: number;
	passives: number;
	detractors: number;
	/** Confidence level of the interval, e.g. 0.95. */
	confidence: number;
}

export interface NpsResult {
	/** −100 to 100; null without answers. */
	score: number | null;
	n: number;
	promoters: number;
	passives: number;
	detractors: number;
	standardError: number | null;
	/** Normal-approximation interval, clipped to −100 to 100. */
	interval: { low: number; high: number; level: number } | null;
}

/**
 * Net Promoter Score with a confidence interval. With p and d the shares of
 * promoters and detractors among n answers, NPS = 100 (p − d). Each answer scores
 * +1, 0 or −1, so the variance of one answer is p + d − (p − d)², and the standard
 * error of NPS is 100 √((p + d − (p − d)²) / n). The interval is the normal
 * approximation NPS ± z·SE, which is fair from about 30 answers; below that it is
 * wide and indicative only.
 *
 * @example npsWithInterval({ promoters: 5, passives: 3, detractors: 2, confidence: 0.95 }).score // 30
 */
export function npsWithInterval(options: NpsOptions): NpsResult {
	const { promoters, passives, detractors } = options;
	const n = promoters + passives + detractors;
	if (n === 0) return { score: null, n, promoters, passives, detractors, standardError: null, interval: null };
	const p = promoters / n;
	const d = detractors / n;
	const score = 100 * (p - d);
	const standardError = 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
	const z = normalQuantile(1 - (1 - options.confidence) / 2);
	return {
		score,
		n,
		promoters,
		passives,
		detractors,
		standardError,
		interval: {
			low: Math.max(-100, score - z * standardError),
			high: Math.min(100, score + z * standardError),
			level: options.confidence,
		},
	};
}
