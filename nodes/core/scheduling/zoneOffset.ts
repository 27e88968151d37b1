import { IANAZone } from 'luxon';

/** Zone offsets change only at quarter hours (DST and historical switches alike). */
const BUCKET = 15 * 60_000;
const MAX_ENTRIES = 200_000;
const offsets = new Map<string, number>();

/**
 * A zone's UTC offset in minutes at an instant. Memoised per zone and quarter hour:
 * the offset is a fixed fact of the zone database (like `canonicalTimeZone`'s
 * cache, not state), and computing it through Intl costs tens of microseconds,
 * which a year of sessions for 10,000 pairs asks for hundreds of thousands of times.
 *
 * @example zoneOffsetMinutes('Europe/Amsterdam', Date.parse('2026-07-01T12:00:00Z')) // 120
 */
export function zoneOffsetMinutes(zone: string, ms: number): number {
	const bucket = Math.floor(ms / BUCKET);
	const key = `${zone}|${bucket}`;
	let offset = offsets.get(key);
	if (offset === undefined) {
		if (offsets.size >= MAX_ENTRIES) offsets.clear();
		offset = IANAZone.create(zone).offset(bucket * BUCKET);
		offsets.set(key, offset);
	}
	return offset;
}

/**
 * The instant a wall-clock time of a date happens in a zone, epoch ms. A time that
 * does not exist (inside a spring-forward gap) moves forward by the gap, and an
 * ambiguous one (autumn) takes the earlier instant, as luxon does.
 *
 * @example localInstant('2026-03-30', 540, 'Europe/Amsterdam') // Date.parse('2026-03-30T07:00:00Z')
 */
export function localInstant(date: string, minute: number, zone: string): number {
	const local = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
	// Luxon's fixOffset: guess with the offset at the local time read as UTC, correct once, settle gaps.
	const first = zoneOffsetMinutes(zone, local);
	let guess = local - first * 60_000;
	const second = zoneOffsetMinutes(zone, guess);
	if (first === second) return guess;
	guess -= (second - first) * 60_000;
	const third = zoneOffsetMinutes(zone, guess);
	if (second === third) return guess;
	return local - Math.min(second, third) * 60_000;
}
