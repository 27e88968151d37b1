import { DateTime } from 'luxon';

import { localInstant } from './zoneOffset';

/** Formats instants in zones, remembering what it did (pairs share sessions and zones). */
export interface LocalTimeFormatter {
	/** ISO 8601 with the zone's offset, e.g. `2026-03-03T15:00:00+01:00`. */
	iso(ms: number, zone: string): string;
	/** `HH:mm` in the zone. */
	clock(ms: number, zone: string): string;
	/** A long date such as `Tuesday 3 March 2026` / `dinsdag 3 maart 2026`. */
	longDate(ms: number, zone: string, locale: string): string;
	/** The instant a local time of a date happens in a zone. */
	instant(date: string, minute: number, zone: string): number;
}

/** Options of {@link createLocalTimeFormatter}. */
export interface LocalTimeFormatterOptions {
	/** Entries kept before the memo is cleared. Default 100,000. */
	limit?: number;
}

/**
 * A per-execution formatter of instants in people's zones. Luxon formatting costs
 * microseconds, and a plan of 10,000 pairs asks for the same few hundred instants
 * in the same few zones millions of times.
 *
 * @example createLocalTimeFormatter().clock(Date.parse('2026-03-03T14:00:00Z'), 'Europe/Amsterdam') // '15:00'
 */
export function createLocalTimeFormatter(options: LocalTimeFormatterOptions = {}): LocalTimeFormatter {
	const limit = options.limit ?? 100_000;
	const memo = new Map<string, string | number>();
	const remember = <T extends string | number>(key: string, make: () => T): T => {
		let value = memo.get(key) as T | undefined;
		if (value === undefined) {
			if (memo.size >= limit) memo.clear();
			value = make();
			memo.set(key, value);
		}
		return value;
	};
	return {
		iso: (ms, zone) =>
			remember(`i|${ms}|${zone}`, () => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) as string),
		clock: (ms, zone) => remember(`c|${ms}|${zone}`, () => DateTime.fromMillis(ms, { zone }).toFormat('HH:mm')),
		longDate: (ms, zone, locale) =>
			remember(`d|${ms}|${zone}|${locale}`, () => DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat('cccc d LLLL yyyy')),
		instant: (date, minute, zone) => remember(`t|${date}|${minute}|${zone}`, () => localInstant(date, minute, zone)),
	};
}
