/**
 * Formats a share (0 to 1) as a whole percentage; a dash when unknown.
 *
 * @example percent(0.456) // '46%'
 */
export function percent(value: number | null | undefined): string {
	return value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`;
}

/**
 * Formats a number with fixed decimals; a dash when unknown.
 *
 * @example decimal(3.14159, 2) // '3.14'
 */
export function decimal(value: number | null | undefined, digits: number): string {
	return value === null || value === undefined ? '–' : value.toFixed(digits);
}

/**
 * Formats a p-value the way reports usually do.
 *
 * @example pValue(0.0004) // 'p < 0.001'
 */
export function pValue(value: number): string {
	return value < 0.001 ? 'p < 0.001' : `p = ${value.toFixed(3)}`;
}
