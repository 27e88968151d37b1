import { InvalidOptionError } from '../errors';

/**
 * Reads a wall-clock time `HH:mm` (24-hour) as minutes after midnight. `24:00` is
 * accepted as the end of the day, for working hours that run to midnight.
 *
 * @example parseClockTime('09:30', 'preferredTime') // 570
 */
export function parseClockTime(value: string, option: string): number {
	const match = /^(\d{1,2}):(\d{2})$/.exec(String(value).trim());
	const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
	if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
		throw new InvalidOptionError(option, `${option} "${value}" is not a time of day`, 'Use 24-hour time such as 09:00 or 17:30');
	}
	return minutes;
}

/**
 * Formats minutes after midnight as `HH:mm`.
 *
 * @example formatClockTime(570) // '09:30'
 */
export function formatClockTime(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
