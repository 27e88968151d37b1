import fc from 'fast-check';
import { DateTime } from 'luxon';

import { pairCalendar } from '../../../nodes/core/scheduling/pairCalendar';
import type { ProgramSettings } from '../../../nodes/core/scheduling/types';

const settings = (overrides: Partial<ProgramSettings>): ProgramSettings => ({
	start: '2026-03-02',
	end: '2026-04-13',
	cadence: 'weekly',
	weekday: 2,
	preferredMinute: 14 * 60,
	durationMinutes: 60,
	workingHours: { startMinute: 9 * 60, endMinute: 17 * 60 },
	anchor: 'mentor',
	holidays: [],
	...overrides,
});

const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm');

describe('pairCalendar', () => {
	describe('when the pair lives in Amsterdam and New York around the spring DST switches', () => {
		const calendar = pairCalendar({ settings: settings({}), anchorZone: 'Europe/Amsterdam', otherZone: 'America/New_York' });

		it('returns the preferred 14:00 only while New York is already on summer time and Amsterdam not yet', () => {
			// 6 h apart until 8 March (US switch) and again from 29 March (EU switch): 14:00 in Amsterdam is 08:00 in
			// New York, before work, so the nearest shared time is 15:00/09:00. From 8 to 29 March they are 5 h apart and
			// 14:00 is 09:00 in New York.
			expect(calendar.sessions.map((session) => local(session.start, 'Europe/Amsterdam'))).toEqual([
				'2026-03-03 15:00',
				'2026-03-10 14:00',
				'2026-03-17 14:00',
				'2026-03-24 14:00',
				'2026-03-31 15:00',
				'2026-04-07 15:00',
			]);
			expect(calendar.sessions.map((session) => local(session.start, 'America/New_York').slice(11))).toEqual(Array(6).fill('09:00'));
			expect(calendar.sessions.every((session) => session.insideWorkingHours)).toBe(true);
		});
	});

	describe('when the pair lives in Amsterdam and New York around the autumn DST switches', () => {
		it('returns the mentor\'s 15:00 every week while New York moves between 09:00 and 10:00', () => {
			// Europe leaves summer time on 25 October, the US on 1 November 2026: 6 h, then 5 h, then 6 h apart again.
			const calendar = pairCalendar({
				settings: settings({ start: '2026-10-19', end: '2026-11-09', preferredMinute: 15 * 60 }),
				anchorZone: 'Europe/Amsterdam',
				otherZone: 'America/New_York',
			});
			expect(calendar.sessions.map((session) => local(session.start, 'Europe/Amsterdam'))).toEqual([
				'2026-10-20 15:00',
				'2026-10-27 15:00',
				'2026-11-03 15:00',
			]);
			expect(calendar.sessions.map((session) => local(session.start, 'America/New_York'))).toEqual([
				'2026-10-20 09:00',
				'2026-10-27 10:00',
				'2026-11-03 09:00',
			]);
		});
	});

	describe('when the pair lives in Tokyo and London across the end of British summer time', () => {
		const calendar = pairCalendar({
			settings: settings({
				start: '2026-10-12',
				end: '2026-11-09',
				weekday: 3,
				preferredMinute: 17 * 60,
				workingHours: { startMinute: 9 * 60, endMinute: 18 * 60 },
			}),
			anchorZone: 'Asia/Tokyo',
			otherZone: 'Europe/London',
		});

		it('returns 17:00 in Tokyo and 09:00 in London while London is on summer time', () => {
			// Tokyo 09-18 is 00-09 UTC, London 09-18 BST is 08-17 UTC: one shared hour, 08-09 UTC.
			expect(calendar.sessions.slice(0, 2).map((session) => [local(session.start, 'Asia/Tokyo'), local(session.start, 'Europe/London')])).toEqual([
				['2026-10-14 17:00', '2026-10-14 09:00'],
				['2026-10-21 17:00', '2026-10-21 09:00'],
			]);
			expect(calendar.sessions.slice(0, 2).every((session) => session.insideWorkingHours)).toBe(true);
		});

		it('returns the sessions after the switch marked outside working hours with no overlap', () => {
			// London 09-18 GMT is 09-18 UTC, after Tokyo's day ends at 09 UTC: no shared working time at all.
			const after = calendar.sessions.slice(2);
			expect(after.map((session) => [session.date, session.insideWorkingHours, session.overlap])).toEqual([
				['2026-10-28', false, undefined],
				['2026-11-04', false, undefined],
			]);
			expect(after.map((session) => local(session.start, 'Asia/Tokyo'))).toEqual(['2026-10-28 17:00', '2026-11-04 17:00']);
		});
	});

	describe('when the shared working time is shorter than the meeting', () => {
		it('returns the session outside working hours with the overlap found', () => {
			// Tokyo 09-18 (00-09 UTC) and London 09-18 BST (08-17 UTC) share one hour, too short for 90 minutes.
			const calendar = pairCalendar({
				settings: settings({ start: '2026-06-01', end: '2026-06-08', weekday: 3, preferredMinute: 17 * 60, durationMinutes: 90, workingHours: { startMinute: 540, endMinute: 1080 } }),
				anchorZone: 'Asia/Tokyo',
				otherZone: 'Europe/London',
			});
			expect(calendar.sessions[0].insideWorkingHours).toBe(false);
			expect(calendar.sessions[0].overlap).toEqual({ start: Date.parse('2026-06-03T08:00:00Z'), end: Date.parse('2026-06-03T09:00:00Z') });
		});
	});

	describe('for any two zones', () => {
		it('returns sessions inside working hours in both local clocks whenever it says so', () => {
			const zones = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles'];
			fc.assert(
				fc.property(
					fc.constantFrom(...zones),
					fc.constantFrom(...zones),
					fc.integer({ min: 0, max: 360 }),
					fc.integer({ min: 7 * 4, max: 18 * 4 }),
					fc.constantFrom(30, 45, 60),
					(anchorZone, otherZone, offset, quarter, duration) => {
						const start = DateTime.fromISO('2026-01-05', { zone: 'utc' }).plus({ days: offset });
						const calendar = pairCalendar({
							settings: settings({ start: start.toISODate() as string, end: start.plus({ weeks: 6 }).toISODate() as string, preferredMinute: quarter * 15, durationMinutes: duration }),
							anchorZone,
							otherZone,
						});
						for (const session of calendar.sessions) {
							if (!session.insideWorkingHours) continue;
							for (const zone of [anchorZone, otherZone]) {
								const from = DateTime.fromMillis(session.start, { zone });
								const to = DateTime.fromMillis(session.end, { zone });
								// Brute force: both ends on the same local working day, between 09:00 and 17:00.
								expect(from.toISODate()).toBe(to.minus({ minutes: 1 }).toISODate());
								expect(from.weekday).toBeLessThanOrEqual(5);
								expect(from.hour * 60 + from.minute).toBeGreaterThanOrEqual(540);
								expect(to.hour * 60 + to.minute === 0 ? 1440 : to.hour * 60 + to.minute).toBeLessThanOrEqual(1020);
							}
						}
					},
				),
				{ numRuns: 150 },
			);
		});
	});
});
