import { parseIsoDate } from '../participant/dates';

/** The fields of a response item that are about the response rather than answers. */
export interface ResponseMeta {
	pairId?: string;
	respondentId?: string;
	role?: string;
	submittedAt?: string;
	/** Last meeting known from elsewhere (a meetings log), used when the form did not ask. */
	lastMeetingAt?: string;
}

function text(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/**
 * Reads the meta fields of a response: `pairId`, `respondentId` (else `respondentEmail`
 * or `email`, lower-cased), `role`, `submittedAt` (the n8n Form Trigger's own field)
 * and `lastMeetingAt`.
 *
 * @example readResponseMeta({ pairId: 'p1', email: 'Ann@X.nl' }) // { pairId: 'p1', respondentId: 'ann@x.nl' }
 */
export function readResponseMeta(json: Record<string, unknown>): ResponseMeta {
	const email = text(json.respondentEmail) ?? text(json.email);
	return {
		pairId: text(json.pairId),
		respondentId: text(json.respondentId) ?? email?.toLowerCase(),
		role: text(json.role)?.toLowerCase(),
		submittedAt: text(json.submittedAt),
		lastMeetingAt: text(json.lastMeetingAt),
	};
}

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 (UTC) of a date or timestamp, or undefined when unreadable.
 *
 * @example epochDay('1970-01-08T10:00:00Z') // 7
 */
export function epochDay(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	// Fast path for ISO dates and timestamps, read for every response and HR row.
	const match = ISO_DATE.exec(value);
	if (match) {
		const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const date = new Date(Date.UTC(year, month - 1, day));
		if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || date.getUTCFullYear() !== year) return undefined;
		return date.getTime() / MS_PER_DAY;
	}
	const iso = parseIsoDate(value);
	return iso === undefined ? undefined : Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]|\s*$)/;

/**
 * The ISO date of a day number from {@link epochDay}.
 *
 * @example isoDay(7) // '1970-01-08'
 */
export function isoDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
