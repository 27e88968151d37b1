import { MalformedInputError } from '../errors';
import { canonicalTimeZone } from '../participant/timeZone';
import { shorten } from '../text/shorten';
import type { FieldIssue } from '../types';
import type { ScheduledPerson, SchedulingPair } from './types';

/** Options of {@link readSchedulingPair}. */
export interface ReadPairOptions {
	/** Zone for a person whose item names none (the node passes the workflow's zone). */
	defaultTimezone?: string;
}

const EMAIL = /^[^\s@<>;,:"\\()[\]]+@[^\s@<>;,:"\\()[\]]+\.[^\s@<>;,:"\\()[\]]+$/;

const MAX_EMAIL = 254;

type Raw = Record<string, unknown>;

/** Trimmed text of a string or number; undefined when empty or of another type. */
export function text(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** One person of a pair item, flat (`mentorEmail`) or nested (`mentor.email`); problems are added to `issues`. */
export function readPerson(raw: Raw, role: 'mentor' | 'mentee', options: ReadPairOptions, issues: FieldIssue[]): ScheduledPerson {
	const nested = (typeof raw[role] === 'object' && raw[role] !== null ? raw[role] : {}) as Raw;
	// Flat match-item fields (mentorEmail) win over a nested person object (mentor.email).
	const field = (name: string) => text(raw[`${role}${name.charAt(0).toUpperCase()}${name.slice(1)}`]) ?? text(nested[name]);
	const email = field('email')?.toLowerCase();
	// Bounded before the pattern: RFC 5321 caps an address at 254 characters.
	const tooLong = email !== undefined && email.length > MAX_EMAIL;
	if (email === undefined || tooLong || !EMAIL.test(email)) {
		issues.push({
			field: `${role}Email`,
			problem: email === undefined ? 'is missing' : tooLong ? `is ${email.length} characters long, over the limit of ${MAX_EMAIL}` : 'is not an email address',
			expected: 'an email address such as ann@example.com',
			...(email === undefined ? {} : { received: shorten(email) }),
		});
	}
	const zoneText = field('timezone') ?? field('timeZone') ?? options.defaultTimezone;
	const timezone = zoneText === undefined ? undefined : canonicalTimeZone(zoneText);
	if (timezone === undefined) {
		issues.push({
			field: `${role}Timezone`,
			problem: zoneText === undefined ? 'is missing' : 'is not a known time zone',
			expected: 'an IANA time zone such as Europe/Amsterdam',
			...(zoneText === undefined ? {} : { received: shorten(zoneText) }),
		});
	}
	const slackId = field('slackId');
	return {
		id: field('id') ?? email ?? '',
		name: field('name') ?? email ?? '',
		email: email ?? '',
		timezone: timezone ?? 'UTC',
		...(slackId ? { slackId } : {}),
	};
}

/** The item's `lastMeetingAt` as epoch ms (undefined when absent); a value that is no date is added to `issues`. */
export function readLastMeetingAt(raw: Raw, issues: FieldIssue[]): number | undefined {
	// Data Tables and sheets deliver dates as ISO text, Date objects or epoch milliseconds.
	const rawMeeting = raw.lastMeetingAt;
	const lastMeeting = rawMeeting instanceof Date ? rawMeeting.toISOString() : typeof rawMeeting === 'number' ? new Date(rawMeeting).toISOString() : text(rawMeeting);
	if (lastMeeting === undefined) return undefined;
	const lastMeetingAt = Date.parse(lastMeeting);
	if (Number.isNaN(lastMeetingAt)) {
		issues.push({ field: 'lastMeetingAt', problem: 'is not a date', expected: 'an ISO date or timestamp', received: shorten(lastMeeting) });
	}
	return lastMeetingAt;
}

/**
 * Reads a match item (from the Mentor Matcher, a Data Table or a sheet) as a pair to
 * schedule. Reads `pairId`, `programId`, `channel`, `lastMeetingAt`, `startedAt` (else `introducedAt`) and, per person,
 * the flat fields `mentorId`, `mentorName`, `mentorEmail`, `mentorTimezone` and
 * `mentorSlackId` (the same for `mentee...`), or the nested form
 * `mentor: { id, name, email, timezone, slackId }`.
 * Throws MalformedInputError listing every problem at once.
 *
 * @example
 * readSchedulingPair({ pairId: 'p1', mentorEmail: 'ann@x.nl', mentorTimezone: 'Europe/Amsterdam',
 *   menteeEmail: 'bo@x.com', menteeTimezone: 'America/New_York' }).mentee.timezone // 'America/New_York'
 */
export function readSchedulingPair(raw: Raw, options: ReadPairOptions = {}): SchedulingPair {
	const issues: FieldIssue[] = [];
	const pairId = text(raw.pairId);
	if (pairId === undefined) {
		issues.push({ field: 'pairId', problem: 'is missing', expected: 'the stable pair id the Mentor Matcher gives every pair' });
	}
	const mentor = readPerson(raw, 'mentor', options, issues);
	const mentee = readPerson(raw, 'mentee', options, issues);
	const lastMeetingAt = readLastMeetingAt(raw, issues);
	// A buddy pair may start on the hire date (startedAt); other pairs start when introduced. Read leniently:
	// only a rolling program uses it, and that one reports an unreadable start (pairProgramSettings).
	const startField = readInstant(raw, 'startedAt', []) !== undefined || text(raw.startedAt) !== undefined ? 'startedAt' : 'introducedAt';
	const startProblems: FieldIssue[] = [];
	const startedAt = readInstant(raw, startField, startProblems) ?? (startProblems.length > 0 ? Number.NaN : undefined);
	if (issues.length > 0) {
		throw new MalformedInputError(issues, 'Give every pair a pairId and, for both people, an email address and an IANA time zone');
	}
	const programId = text(raw.programId);
	const channel = text(raw.channel)?.toLowerCase();
	return {
		pairId: pairId as string,
		mentor,
		mentee,
		...(programId ? { programId } : {}),
		...(channel ? { channel } : {}),
		...(lastMeetingAt !== undefined ? { lastMeetingAt } : {}),
		...(startedAt !== undefined ? { startedAt } : {}),
	};
}

/** Epoch ms of a date field (ISO text, a Date or epoch ms, as Data Tables and sheets deliver them); a problem when unreadable. */
function readInstant(raw: Raw, field: string, issues: FieldIssue[]): number | undefined {
	const value = raw[field];
	const iso = value instanceof Date ? value.toISOString() : typeof value === 'number' ? new Date(value).toISOString() : text(value);
	if (iso === undefined) return undefined;
	const ms = Date.parse(iso);
	if (Number.isNaN(ms)) {
		issues.push({ field, problem: 'is not a date', expected: 'an ISO date or timestamp', received: shorten(iso) });
		return undefined;
	}
	return ms;
}
