import fc from 'fast-check';
import { DateTime } from 'luxon';

import { programDates } from '../../../nodes/core/scheduling/programDates';
import { buildProgramSettings } from '../../../nodes/core/scheduling/programSettings';
import { InvalidOptionError } from '../../../nodes/core/errors';

describe('programDates', () => {
	describe('when no holiday is in the way', () => {
		it('returns the preferred weekday every week from the start', () => {
			// 2026-03-02 is a Monday; Tuesdays before 2026-03-23 are the 3rd, 10th and 17th.
			const dates = programDates({ start: '2026-03-02', end: '2026-03-23', cadence: 'weekly', weekday: 2, holidays: new Set() });
			expect(dates.sessionDates).toEqual(['2026-03-03', '2026-03-10', '2026-03-17']);
		});

		it('returns the mid-point survey on the middle day and the final survey on the last working day', () => {
			// 21 days: the middle is day 10 (Thursday 12 March); the last day, Sunday 22 March, falls back to Friday 20.
			const dates = programDates({ start: '2026-03-02', end: '2026-03-23', cadence: 'weekly', weekday: 2, holidays: new Set() });
			expect([dates.midpointSurveyDate, dates.finalSurveyDate]).toEqual(['2026-03-12', '2026-03-20']);
		});

		it('returns every other week for a two-weekly cadence and the same weekday monthly', () => {
			const biweekly = programDates({ start: '2026-03-02', end: '2026-04-13', cadence: 'biweekly', weekday: 1, holidays: new Set() });
			expect(biweekly.sessionDates).toEqual(['2026-03-02', '2026-03-16', '2026-03-30']);
			// Thursday 5 March; then the first Thursday on or after 5 April (9 April) and 5 May (7 May).
			const monthly = programDates({ start: '2026-03-02', end: '2026-06-01', cadence: 'monthly', weekday: 4, holidays: new Set() });
			expect(monthly.sessionDates).toEqual(['2026-03-05', '2026-04-09', '2026-05-07']);
		});
	});

	describe('when a session falls on a holiday', () => {
		it('returns it moved past the holiday and the weekend to the next working day', () => {
			// Fridays 3, 10, 17 April 2026; Good Friday (3rd) and Easter Monday (6th) are off, so Tuesday the 7th.
			const dates = programDates({
				start: '2026-04-01',
				end: '2026-04-22',
				cadence: 'weekly',
				weekday: 5,
				holidays: new Set(['2026-04-03', '2026-04-06']),
			});
			expect(dates.sessionDates).toEqual(['2026-04-07', '2026-04-10', '2026-04-17']);
		});

		it('returns no session for a week closed until the next session', () => {
			// Closed 21 Dec to 1 Jan: Tuesday 22 Dec would move to Monday 4 Jan, past the next session (29 Dec), so it
			// is dropped; 29 Dec moves to 4 Jan, the day before the session of 5 Jan.
			const closed = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'];
			const dates = programDates({ start: '2026-12-14', end: '2027-01-11', cadence: 'weekly', weekday: 2, holidays: new Set(closed) });
			expect(dates.sessionDates).toEqual(['2026-12-15', '2027-01-04', '2027-01-05']);
		});
	});

	describe('for any program', () => {
		it('returns increasing working days inside the program', () => {
			fc.assert(
				fc.property(
					fc.integer({ min: 0, max: 700 }),
					fc.integer({ min: 7, max: 400 }),
					fc.constantFrom('weekly', 'biweekly', 'monthly' as const),
					fc.integer({ min: 1, max: 5 }),
					fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }),
					(offset, days, cadence, weekday, holidayOffsets) => {
						const start = DateTime.fromISO('2026-01-01', { zone: 'utc' }).plus({ days: offset });
						const end = start.plus({ days }).toISODate() as string;
						const holidays = new Set(holidayOffsets.map((d) => start.plus({ days: d }).toISODate() as string));
						const { sessionDates } = programDates({ start: start.toISODate() as string, end, cadence, weekday, holidays });
						sessionDates.forEach((date, i) => {
							expect(DateTime.fromISO(date, { zone: 'utc' }).weekday).toBeLessThanOrEqual(5);
							expect(holidays.has(date)).toBe(false);
							expect(date >= (start.toISODate() as string) && date < end).toBe(true);
							if (i > 0) expect(date > sessionDates[i - 1]).toBe(true);
						});
					},
				),
				{ numRuns: 200 },
			);
		});
	});
});

describe('buildProgramSettings', () => {
	const base = {
		start: '2026-03-02',
		lengthUnit: 'weeks' as const,
		length: 12,
		cadence: 'weekly',
		weekday: 2,
		preferredTime: '15:00',
		durationMinutes: 45,
		workingHoursStart: '09:00',
		workingHoursEnd: '17:00',
		anchor: 'mentor' as const,
		holidays: [],
	};

	describe('when the end date lies before the start', () => {
		it('throws an error naming both dates', () => {
			expect(() => buildProgramSettings({ ...base, lengthUnit: 'endDate', endDate: '2026-01-31' })).toThrow(
				new InvalidOptionError('programEnd', 'Program end 2026-01-31 is before program start 2026-03-02'),
			);
		});
	});

	describe('when the length is in months', () => {
		it('returns the day after the last month as the exclusive end', () => {
			expect(buildProgramSettings({ ...base, lengthUnit: 'months', length: 6 }).end).toBe('2026-09-02');
		});
	});

	describe('when a time is not a time of day', () => {
		it('throws an error naming the parameter', () => {
			expect(() => buildProgramSettings({ ...base, preferredTime: '3pm' })).toThrow('preferredTime "3pm" is not a time of day');
		});
	});
});
