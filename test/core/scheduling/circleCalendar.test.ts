import fc from 'fast-check';
import { DateTime } from 'luxon';

import { pairCalendar } from '../../../nodes/core/scheduling/pairCalendar';
import type { ProgramSettings } from '../../../nodes/core/scheduling/types';

const settings: ProgramSettings = {
	start: '2026-03-02',
	end: '2026-03-30',
	cadence: 'weekly',
	weekday: 2,
	preferredMinute: 14 * 60,
	durationMinutes: 60,
	workingHours: { startMinute: 9 * 60, endMinute: 17 * 60 },
	anchor: 'mentor',
	holidays: [],
};

const ZONES = ['Europe/Amsterdam', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'America/Los_Angeles', 'Australia/Sydney'];

/** Whether the whole session lies inside 09:00-17:00 on a weekday in the zone (luxon, not the scheduler's code). */
function insideWorkingDay(start: number, end: number, zone: string): boolean {
	const from = DateTime.fromMillis(start, { zone });
	const to = DateTime.fromMillis(end, { zone });
	const minutes = (time: DateTime) => time.hour * 60 + time.minute;
	return from.hasSame(to, 'day') && from.weekday <= 5 && minutes(from) >= 9 * 60 && minutes(to) <= 17 * 60;
}

/** Whether any hour-long start on the session's date, in steps of 30 minutes: enough, since every zone here is a whole or half hour from UTC, so a shared stretch starts on a half hour, suits every zone. */
function someSlotSuitsAll(date: string, zones: string[], anchor: string): boolean {
	const midnight = DateTime.fromISO(date, { zone: anchor }).toMillis();
	for (let step = 0; step < 48; step++) {
		const start = midnight + step * 30 * 60_000;
		if (zones.every((zone) => insideWorkingDay(start, start + 3_600_000, zone))) return true;
	}
	return false;
}

describe('pairCalendar for a circle (more zones)', () => {
	describe('when the members live in any mix of zones', () => {
		it('returns sessions inside every member’s working hours whenever such a time exists, else marked outside', () => {
			fc.assert(
				fc.property(fc.constantFrom(...ZONES), fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 4 }), (anchor, others) => {
					const calendar = pairCalendar({ settings, anchorZone: anchor, otherZone: others[0], moreZones: others.slice(1) });
					const everyone = [anchor, ...others];
					for (const session of calendar.sessions) {
						const suits = everyone.every((zone) => insideWorkingDay(session.start, session.end, zone));
						expect(session.insideWorkingHours).toBe(suits);
						if (!suits) expect(someSlotSuitsAll(session.date, everyone, anchor)).toBe(false);
					}
				}),
				{ numRuns: 20 },
			);
		});
	});
});
