import { InvalidOptionError } from '../errors';

/**
 * Reads an ISO 8601 instant given as an option (the execution time, a deadline)
 * into epoch milliseconds, or throws an error naming the option.
 *
 * @example parseIsoInstant('2026-03-01T09:00:00+01:00', 'deadline') // 1772352000000
 */
export function parseIsoInstant(value: string, option: string): number {
	const text = String(value).trim();
	const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
	if (Number.isNaN(ms)) {
		throw new InvalidOptionError(option, `"${text}" is not a date and time`, `Give ${option} as an ISO 8601 date and time, e.g. 2026-03-01T17:00:00+01:00.`);
	}
	return ms;
}
