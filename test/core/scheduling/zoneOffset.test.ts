import fc from 'fast-check';
import { DateTime } from 'luxon';

import { localInstant, zoneOffsetMinutes } from '../../../nodes/core/scheduling/zoneOffset';

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham'];

describe('localInstant', () => {
	describe('for any date, time and zone', () => {
		it('returns an instant that luxon shows at that wall-clock time, or just after a DST gap', () => {
			fc.assert(
				fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 3 * 366 }), fc.integer({ min: 0, max: 1439 }), (zone, dayOffset, minute) => {
					const date = DateTime.fromISO('2025-01-01', { zone: 'utc' }).plus({ days: dayOffset }).toISODate() as string;
					const shown = DateTime.fromMillis(localInstant(date, minute, zone), { zone });
					const wanted = DateTime.fromObject({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8)), hour: Math.floor(minute / 60), minute: minute % 60 }, { zone });
					if (wanted.hour * 60 + wanted.minute === minute) {
						// The time exists: same wall clock (in an autumn overlap either instant shows it).
						expect([shown.toISODate(), shown.hour * 60 + shown.minute]).toEqual([date, minute]);
					} else {
						// The time falls in a spring-forward gap: moved forward by the gap, as luxon does.
						expect(shown.toMillis()).toBe(wanted.toMillis());
					}
				}),
				{ numRuns: 2000 },
			);
		});
	});

	describe('on the night Amsterdam springs forward', () => {
		it('returns 02:30, which does not exist, as 03:30 summer time', () => {
			expect(new Date(localInstant('2026-03-29', 150, 'Europe/Amsterdam')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
		});
	});
});

describe('zoneOffsetMinutes', () => {
	it('returns the offset on each side of a switch', () => {
		// New York switches at 07:00 UTC on 8 March 2026 (02:00 EST becomes 03:00 EDT).
		expect([zoneOffsetMinutes('America/New_York', Date.parse('2026-03-08T06:59:00Z')), zoneOffsetMinutes('America/New_York', Date.parse('2026-03-08T07:00:00Z'))]).toEqual([-300, -240]);
	});
});
