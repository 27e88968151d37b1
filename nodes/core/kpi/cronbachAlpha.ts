import { sampleVariance } from './descriptive';

export interface CronbachAlphaOptions {
	/** Respondents' answers, one row per respondent, one column per item (already reverse-coded). */
	rows: ReadonlyArray<ReadonlyArray<number | null>>;
}

export interface CronbachAlphaResult {
	/** Null when it cannot be computed: under two items or two complete rows, or no variance in the totals. */
	alpha: number | null;
	items: number;
	/** Rows with every item answered; the others are left out (listwise deletion). */
	completeRows: number;
}

/**
 * Cronbach's alpha, α = k/(k−1) · (1 − Σ s²ᵢ / s²ₜ), with sample variances of each
 * item and of the row totals over complete rows only. Listwise deletion is the usual
 * convention (SPSS RELIABILITY, R psych::alpha with use="complete.obs"); it keeps
 * every variance on the same respondents.
 *
 * @example cronbachAlpha({ rows: [[1, 2], [2, 3], [4, 4]] }).alpha // 0.9474…
 */
export function cronbachAlpha(options: CronbachAlphaOptions): CronbachAlphaResult {
	const items = options.rows[0]?.length ?? 0;
	const complete = options.rows.filter((row) => row.length === items && row.every((value) => value !== null)) as number[][];
	if (items < 2 || complete.length < 2) return { alpha: null, items, completeRows: complete.length };
	let itemVariances = 0;
	for (let column = 0; column < items; column++) {
		itemVariances += sampleVariance(complete.map((row) => row[column])) ?? 0;
	}
	const totalVariance = sampleVariance(complete.map((row) => row.reduce((sum, value) => sum + value, 0))) ?? 0;
	if (totalVariance === 0) return { alpha: null, items, completeRows: complete.length };
	return { alpha: (items / (items - 1)) * (1 - itemVariances / totalVariance), items, completeRows: complete.length };
}
