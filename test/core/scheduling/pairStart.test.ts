import fc from 'fast-check';

import { MalformedInputError } from '../../../nodes/core/errors';
import { isoWeekday } from '../../../nodes/core/scheduling/calendarDate';
import { pairCalendar } from '../../../nodes/core/scheduling/pairCalendar';
import { pairProgramSettings } from '../../../nodes/core/scheduling/pairStart';
import { buildProgramSettings } from '../../../nodes/core/scheduling/programSettings';
import { readSchedulingPair } from '../../../nodes/core/scheduling/readPair';
import type { SchedulingPair } from '../../../nodes/core/scheduling/types';
import { isWorkingDay } from '../../../nodes/core/scheduling/workingDays';

/** Tuesdays every other week from Monday 2 March 2026 for six months: until 2 September, 184 days. */
const program = buildProgramSettings({
	start: '2026-03-02',
	lengthUnit: 'months',
	length: 6,
	cadence: 'biweekly',
	weekday: 2,
	preferredTime: '15:00',
	durationMinutes: 45,
	workingHoursStart: '09:00',
	workingHoursEnd: '17:00',
	anchor: 'mentor',
	holidays: [],
});
const pairIn = (mentorZone: string, startedAt?: string): SchedulingPair => ({
	pairId: 'late',
	mentor: { id: 'm', name: 'Mia', email: 'mia@example.com', timezone: mentorZone },
	mentee: { id: 'e', name: 'Eli', email: 'eli@example.com', timezone: 'Europe/Amsterdam' },
	...(startedAt !== undefined ? { startedAt: Date.parse(startedAt) } : {}),
});

describe('pairProgramSettings', () => {
	describe('when a pair is introduced on Thursday 16 April and must first meet within 5 working days', () => {
		it('returns a calendar from the first Tuesday among them (21 April), as long as the program (to 22 October)', () => {
			// Working days after the 16th: Fri 17, Mon 20, Tue 21, Wed 22, Thu 23. 21 April + 184 days = 22 October.
			expect(pairProgramSettings({ settings: program, pair: pairIn('Europe/Amsterdam', '2026-04-16T10:00:00Z'), kickOffWithinDays: 5 })).toEqual({
				...program,
				start: '2026-04-21',
				weekday: 2,
				end: '2026-10-22',
			});
		});

		it('gives the pair its own sessions, mid-point and final survey', () => {
			const settings = pairProgramSettings({ settings: program, pair: pairIn('Europe/Amsterdam', '2026-04-16T10:00:00Z'), kickOffWithinDays: 5 });
			const calendar = pairCalendar({ settings, anchorZone: 'Europe/Amsterdam', otherZone: 'Europe/Amsterdam' });
			// Every other Tuesday from 21 April: 21 Apr, 5 and 19 May, 2, 16 and 30 Jun, 14 and 28 Jul, 11 and 25 Aug,
			// 8 and 22 Sep, 6 and 20 Oct; the next (3 November) is after the pair's end on 22 October.
			expect(calendar.sessions.slice(0, 3).map((session) => session.date)).toEqual(['2026-04-21', '2026-05-05', '2026-05-19']);
			expect(calendar.sessions.map((session) => session.date).pop()).toBe('2026-10-20');
			expect(calendar.sessions).toHaveLength(14);
			// Middle: 21 April + 92 days = Wednesday 22 July. Last day: Wednesday 21 October.
			expect([calendar.midpointSurveyDate, calendar.finalSurveyDate]).toEqual(['2026-07-22', '2026-10-21']);
		});
	});

	describe('when the meeting day does not come within the window', () => {
		it('returns the last working day of the window, as the pair’s meeting day', () => {
			// Within 2 working days of Thursday 16 April: Fri 17 and Mon 20; no Tuesday, so Monday 20 April.
			expect(pairProgramSettings({ settings: program, pair: pairIn('Europe/Amsterdam', '2026-04-16T10:00:00Z'), kickOffWithinDays: 2 })).toMatchObject({
				start: '2026-04-20',
				weekday: 1,
				end: '2026-10-21',
			});
		});

		it('skips holidays when counting working days', () => {
			// Tuesday 21 April is a holiday: Fri 17, Mon 20, Wed 22, Thu 23, Fri 24; no Tuesday, so Friday 24 April.
			const settings = { ...program, holidays: ['2026-04-21'] };
			expect(pairProgramSettings({ settings, pair: pairIn('Europe/Amsterdam', '2026-04-16T10:00:00Z'), kickOffWithinDays: 5 })).toMatchObject({ start: '2026-04-24', weekday: 5 });
		});
	});

	describe('when the introduction falls on different dates in different zones', () => {
		it('reads the start day in the anchor person’s zone', () => {
			// Monday 20 April 23:30 UTC is Monday evening in Los Angeles but Tuesday morning in Tokyo.
			const at = '2026-04-20T23:30:00Z';
			expect(pairProgramSettings({ settings: program, pair: pairIn('America/Los_Angeles', at), kickOffWithinDays: 5 }).start).toBe('2026-04-21');
			expect(pairProgramSettings({ settings: program, pair: pairIn('Asia/Tokyo', at), kickOffWithinDays: 5 }).start).toBe('2026-04-28');
		});
	});

	describe('when a pair was introduced before the program starts', () => {
		it('returns the program’s first meeting day', () => {
			// Counted from Sunday 1 March: Mon 2, Tue 3 ... so Tuesday 3 March, as the cohort.
			expect(pairProgramSettings({ settings: program, pair: pairIn('Europe/Amsterdam', '2026-02-25T10:00:00Z'), kickOffWithinDays: 5 })).toMatchObject({ start: '2026-03-03', weekday: 2 });
		});
	});

	describe('when the program is a cohort or the pair has no start', () => {
		it('returns the program’s own settings', () => {
			expect(pairProgramSettings({ settings: program, pair: pairIn('Europe/Amsterdam', '2026-04-16T10:00:00Z'), kickOffWithinDays: 0 })).toBe(program);
			expect(pairProgramSettings({ settings: program, pair: pairIn('Europe/Amsterdam'), kickOffWithinDays: 5 })).toBe(program);
		});
	});

	describe('when the pair’s start cannot be read', () => {
		it('throws a malformed input naming startedAt', () => {
			const pair = readSchedulingPair({ pairId: 'p', mentorEmail: 'a@x.org', mentorTimezone: 'UTC', menteeEmail: 'b@x.org', menteeTimezone: 'UTC', introducedAt: 'last spring' });
			expect(() => pairProgramSettings({ settings: program, pair, kickOffWithinDays: 5 })).toThrow(MalformedInputError);
			expect(() => pairProgramSettings({ settings: program, pair, kickOffWithinDays: 5 })).toThrow(/^startedAt: is not a date$/);
		});
	});

	it('always puts the first meeting on a working day within the window after the start, on the meeting day if one is there', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 20 }), (offset, window) => {
				const day = new Date(Date.UTC(2026, 2, 2) + offset * 86_400_000).toISOString().slice(0, 10);
				const settings = pairProgramSettings({ settings: program, pair: pairIn('UTC', `${day}T12:00:00Z`), kickOffWithinDays: window });
				const after: string[] = [];
				for (let d = new Date(`${day}T00:00:00Z`).getTime() + 86_400_000; after.length < window; d += 86_400_000) {
					const date = new Date(d).toISOString().slice(0, 10);
					if (isWorkingDay(date, { holidays: new Set() })) after.push(date);
				}
				expect(after).toContain(settings.start);
				expect(settings.weekday).toBe(isoWeekday(settings.start));
				if (after.some((date) => isoWeekday(date) === 2)) expect(settings.weekday).toBe(2);
			}),
		);
	});
});

describe('readSchedulingPair, the pair’s start', () => {
	const base = { pairId: 'p', mentorEmail: 'a@x.org', mentorTimezone: 'UTC', menteeEmail: 'b@x.org', menteeTimezone: 'UTC' };

	it('returns startedAt (a buddy pair’s hire date) before introducedAt, and introducedAt when startedAt is empty', () => {
		expect(readSchedulingPair({ ...base, startedAt: '2026-05-04', introducedAt: '2026-04-16T10:00:00Z' }).startedAt).toBe(Date.UTC(2026, 4, 4));
		expect(readSchedulingPair({ ...base, startedAt: '', introducedAt: '2026-04-16T10:00:00Z' }).startedAt).toBe(Date.UTC(2026, 3, 16, 10));
		expect(readSchedulingPair({ ...base }).startedAt).toBeUndefined();
	});
});
