import { twoSidedP } from './normal';

export interface Proportion {
	/** People with the outcome (retained, promoted). */
	count: number;
	/** People in the group. */
	n: number;
}

export interface ProportionTestOptions {
	participants: Proportion;
	nonParticipants: Proportion;
}

export interface ProportionTestResult {
	/** Participants' rate minus non-participants' rate (−1 to 1). */
	difference: number;
	test: 'two-proportion z-test' | "Fisher's exact test";
	/** The z statistic of the z-test; null for Fisher's test. */
	z: number | null;
	/** Two-sided p-value. */
	pValue: number;
}

/** Smallest expected cell count for which the normal approximation of the z-test is trusted. */
const MIN_EXPECTED = 5;

/**
 * Compares two proportions. Uses the pooled two-proportion z-test,
 * z = (p₁ − p₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), unless an expected cell of the 2×2
 * table is under 5, where that approximation fails and Fisher's exact test is used.
 *
 * @example
 * compareProportions({ participants: { count: 45, n: 50 }, nonParticipants: { count: 160, n: 200 } }).test // 'two-proportion z-test'
 */
export function compareProportions(options: ProportionTestOptions): ProportionTestResult {
	const a = options.participants;
	const b = options.nonParticipants;
	if (a.n === 0 || b.n === 0) throw new RangeError('compareProportions needs people in both groups');
	const difference = a.count / a.n - b.count / b.n;
	const total = a.n + b.n;
	const pooled = (a.count + b.count) / total;
	const expected = [a.n * pooled, a.n * (1 - pooled), b.n * pooled, b.n * (1 - pooled)];
	if (Math.min(...expected) < MIN_EXPECTED) {
		return { difference, test: "Fisher's exact test", z: null, pValue: fisherExactTwoSided(a, b) };
	}
	const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
	return { difference, test: 'two-proportion z-test', z, pValue: twoSidedP(z) };
}

/** ln(k!) for k = 0..n, by summation (exact enough, and n is a head count). */
function logFactorials(n: number): Float64Array {
	const table = new Float64Array(n + 1);
	for (let k = 2; k <= n; k++) table[k] = table[k - 1] + Math.log(k);
	return table;
}

/**
 * Two-sided Fisher's exact test of a 2×2 table: the sum of the hypergeometric
 * probabilities of every table with the same margins that is no more likely than
 * the one observed (the convention of R's fisher.test).
 *
 * @example fisherExactTwoSided({ count: 3, n: 3 }, { count: 0, n: 3 }) // 0.1
 */
export function fisherExactTwoSided(a: Proportion, b: Proportion): number {
	const total = a.n + b.n;
	const successes = a.count + b.count;
	const lf = logFactorials(total);
	const logP = (x: number) =>
		lf[a.n] + lf[b.n] + lf[successes] + lf[total - successes] - lf[total] - lf[x] - lf[a.n - x] - lf[successes - x] - lf[b.n - successes + x];
	const observed = logP(a.count);
	let p = 0;
	for (let x = Math.max(0, successes - b.n); x <= Math.min(a.n, successes); x++) {
		const value = logP(x);
		// Relative tolerance as in R, so tables equal to the observed one up to rounding count.
		if (value <= observed + 1e-7) p += Math.exp(value);
	}
	return Math.min(1, p);
}
