import { InvalidOptionError } from '../errors';
import { toEpochSeconds } from './time';

/** Longest validity a link may have: about ten years. */
const MAX_DAYS = 3660;

export interface LinkExpiryOptions {
	/** When the link is made (a Date or an ISO timestamp). */
	now: Date | string;
	/** How long the link works, in days; fractions allowed (0.5 is twelve hours). */
	validForDays: number;
}

/**
 * The expiry claim (epoch seconds) of a link made at `now` and valid for some days.
 *
 * @example linkExpiresAt({ now: '2026-03-03T09:00:00Z', validForDays: 30 }) // 1775120400 (2026-04-02T09:00:00Z)
 */
export function linkExpiresAt(options: LinkExpiryOptions): number {
	const { validForDays } = options;
	if (typeof validForDays !== 'number' || !Number.isFinite(validForDays) || validForDays <= 0 || validForDays > MAX_DAYS) {
		throw new InvalidOptionError('validForDays', `Valid for ${String(validForDays)} days is not a usable validity`, `Give a number of days above 0 and at most ${MAX_DAYS}, e.g. 30`);
	}
	return toEpochSeconds(options.now) + Math.floor(validForDays * 86400);
}
