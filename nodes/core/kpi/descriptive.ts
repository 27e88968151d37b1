/**
 * Arithmetic mean; null for an empty list (no data is not zero).
 *
 * @example mean([1, 2, 6]) // 3
 */
export function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	let sum = 0;
	for (const value of values) sum += value;
	return sum / values.length;
}

/**
 * Sample variance (denominator n - 1), by Welford's update so that large lists of
 * similar values do not lose precision; null below two values.
 *
 * @example sampleVariance([1, 2, 3, 4]) // 1.6666…
 */
export function sampleVariance(values: readonly number[]): number | null {
	if (values.length < 2) return null;
	let average = 0;
	let squares = 0;
	values.forEach((value, index) => {
		const delta = value - average;
		average += delta / (index + 1);
		squares += delta * (value - average);
	});
	return squares / (values.length - 1);
}
