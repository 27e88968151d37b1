import { InvalidOptionError } from '../errors';

/** Longest text read as a moment; an ISO timestamp is under 40 characters. */
const MAX_TIME_TEXT = 64;

/**
 * A moment as whole epoch seconds (rounded down), from a Date or an ISO timestamp.
 * Throws InvalidOptionError naming `option` when it is not a moment.
 *
 * @example toEpochSeconds('2026-03-03T09:00:00.900Z') // 1772528400
 */
export function toEpochSeconds(now: Date | string, option = 'now'): number {
	const milliseconds =
		now instanceof Date ? now.getTime() : typeof now === 'string' && now.length <= MAX_TIME_TEXT ? Date.parse(now) : Number.NaN;
	if (!Number.isFinite(milliseconds)) {
		throw new InvalidOptionError(option, 'The current time is not a date and time', 'Give an ISO timestamp such as 2026-03-03T09:00:00Z, or keep the default {{ $now.toISO() }}');
	}
	return Math.floor(milliseconds / 1000);
}
