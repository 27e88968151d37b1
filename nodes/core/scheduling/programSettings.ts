import { DateTime } from 'luxon';

import { InvalidOptionError } from '../errors';
import { parseIsoDate } from '../participant/dates';
import { parseClockTime } from './clockTime';
import type { AnchorRole, Cadence, ProgramSettings } from './types';
import { CADENCES } from './types';

/** Options of {@link buildProgramSettings}: the node's parameters, as typed by a person. */
export interface ProgramSettingsInput {
	start: string;
	/** How the end is given: a length in weeks or months, or an end date. */
	lengthUnit: 'weeks' | 'months' | 'endDate';
	length?: number;
	/** `YYYY-MM-DD`, the last day of the program (inclusive), when `lengthUnit` is `endDate`. */
	endDate?: string;
	cadence: string;
	weekday: number;
	preferredTime: string;
	durationMinutes: number;
	workingHoursStart: string;
	workingHoursEnd: string;
	anchor: AnchorRole;
	holidays: string[];
}

/**
 * Checks the program parameters and turns them into settings the calendar uses.
 * Throws InvalidOptionError naming the parameter, for example when the end date lies
 * before the start.
 *
 * @example
 * buildProgramSettings({ start: '2026-03-02', lengthUnit: 'weeks', length: 12, cadence: 'weekly', weekday: 2,
 *   preferredTime: '15:00', durationMinutes: 45, workingHoursStart: '09:00', workingHoursEnd: '17:00',
 *   anchor: 'mentor', holidays: [] }).end // '2026-05-25'
 */
export function buildProgramSettings(input: ProgramSettingsInput): ProgramSettings {
	const start = parseIsoDate(input.start);
	if (start === undefined) throw new InvalidOptionError('programStart', `Program start "${input.start}" is not a date`, 'Use a date such as 2026-03-02');
	let end: string | undefined;
	const first = DateTime.fromISO(start, { zone: 'utc' });
	if (input.lengthUnit === 'endDate') {
		const last = parseIsoDate(input.endDate ?? '');
		if (last === undefined) throw new InvalidOptionError('programEnd', `Program end "${input.endDate ?? ''}" is not a date`, 'Use a date such as 2026-12-18');
		if (last < start) {
			throw new InvalidOptionError('programEnd', `Program end ${last} is before program start ${start}`, 'Set the end on or after the start');
		}
		end = DateTime.fromISO(last, { zone: 'utc' }).plus({ days: 1 }).toISODate() as string;
	} else {
		const length = Number(input.length);
		if (!Number.isInteger(length) || length < 1 || length > 520) {
			throw new InvalidOptionError('programLength', `Program length ${String(input.length)} is not a whole number from 1 to 520`, 'Give the length in whole weeks or months');
		}
		end = first.plus(input.lengthUnit === 'weeks' ? { weeks: length } : { months: length }).toISODate() as string;
	}
	if (!CADENCES.includes(input.cadence as Cadence)) {
		throw new InvalidOptionError('cadence', `Cadence "${input.cadence}" is not one of ${CADENCES.join(', ')}`);
	}
	if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 5) {
		throw new InvalidOptionError('weekday', `Weekday ${input.weekday} is not a working day (1 Monday to 5 Friday)`);
	}
	const durationMinutes = Number(input.durationMinutes);
	if (!Number.isInteger(durationMinutes) || durationMinutes < 5 || durationMinutes > 480) {
		throw new InvalidOptionError('durationMinutes', `Meeting length ${input.durationMinutes} is not a whole number of minutes from 5 to 480`);
	}
	const workingHours = {
		startMinute: parseClockTime(input.workingHoursStart, 'workingHoursStart'),
		endMinute: parseClockTime(input.workingHoursEnd, 'workingHoursEnd'),
	};
	if (workingHours.endMinute <= workingHours.startMinute) {
		throw new InvalidOptionError('workingHoursEnd', `Working hours end ${input.workingHoursEnd} is not after their start ${input.workingHoursStart}`);
	}
	const holidays: string[] = [];
	for (const holiday of input.holidays) {
		const date = parseIsoDate(holiday);
		if (date === undefined) throw new InvalidOptionError('holidays', `Holiday "${holiday}" is not a date`, 'Use dates such as 2026-12-25');
		holidays.push(date);
	}
	return {
		start,
		end,
		cadence: input.cadence as Cadence,
		weekday: input.weekday,
		preferredMinute: parseClockTime(input.preferredTime, 'preferredTime'),
		durationMinutes,
		workingHours,
		anchor: input.anchor === 'mentee' ? 'mentee' : 'mentor',
		holidays: [...new Set(holidays)].sort(),
	};
}
