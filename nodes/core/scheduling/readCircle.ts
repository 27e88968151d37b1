import { MalformedInputError } from '../errors';
import { pairId } from '../matching/pairId';
import { shorten } from '../text/shorten';
import type { FieldIssue } from '../types';
import type { ReadPairOptions } from './readPair';
import { readLastMeetingAt, readPerson, text } from './readPair';
import type { ScheduledPerson } from './types';

/** A mentee of a circle, with the id of their own pair with the circle's mentor. */
export interface CircleMember extends ScheduledPerson {
	pairId: string;
}

/** A group circle ready to be scheduled: one mentor and the mentees who share every session. */
export interface SchedulingCircle {
	circleId: string;
	programId?: string;
	mentor: ScheduledPerson;
	mentees: CircleMember[];
	channel?: string;
	/** Epoch ms of the last meeting the circle logged, for nudges. */
	lastMeetingAt?: number;
}

/** Most mentees a circle item may list: bounds the work one untrusted item can cause. */
export const MAX_CIRCLE_MENTEES = 50;

/**
 * Whether an item is a circle (a `circleId` and a `mentees` list, as the Mentor Matcher's
 * group Match gives them) rather than a pair.
 *
 * @example isCircleItem({ circleId: 'c1', mentees: [] }) // true
 */
export function isCircleItem(raw: Record<string, unknown>): boolean {
	return raw.circleId !== undefined && (Array.isArray(raw.mentees) || typeof raw.mentees === 'string');
}

/** Longest `mentees` JSON text read (a Data Table row stores the list as text): 50 mentees of about 1 kB each. */
export const MAX_MENTEES_TEXT = 50_000;

// The mentees list, or the issue that keeps it from being read; JSON text is bounded before parsing.
function menteeList(value: unknown, issues: FieldIssue[]): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value !== 'string') return [];
	if (value.length > MAX_MENTEES_TEXT) {
		issues.push({ field: 'mentees', problem: `is ${value.length} characters long, over the limit of ${MAX_MENTEES_TEXT}`, expected: 'a JSON list of mentees' });
		return [];
	}
	try {
		const parsed: unknown = JSON.parse(value);
		if (Array.isArray(parsed)) return parsed;
	} catch {
		// Reported below, with what was received.
	}
	issues.push({ field: 'mentees', problem: 'is not a JSON list', expected: 'a JSON list of mentees', received: shorten(value) });
	return [];
}

/**
 * Reads a circle item: `circleId`, `programId`, `channel`, `lastMeetingAt`, the mentor
 * (flat `mentorEmail`, `mentorTimezone`... or nested `mentor`) and `mentees`, a list (or
 * its JSON text, as a Data Table row holds it) of `{ id, name, email, timezone, slackId, pairId }` (a missing pairId is the Matcher's
 * pair id of mentor and mentee). Throws MalformedInputError listing every problem, with
 * fields named like `mentees[2].timezone`.
 *
 * @example
 * readSchedulingCircle({ circleId: 'c1', mentorEmail: 'ann@x.nl', mentorTimezone: 'Europe/Amsterdam',
 *   mentees: [{ email: 'bo@x.com', timezone: 'America/New_York' }] }).mentees[0].timezone // 'America/New_York'
 */
export function readSchedulingCircle(raw: Record<string, unknown>, options: ReadPairOptions = {}): SchedulingCircle {
	const issues: FieldIssue[] = [];
	const circleId = text(raw.circleId);
	if (circleId === undefined) issues.push({ field: 'circleId', problem: 'is missing', expected: 'the circle id the Mentor Matcher gives every circle' });
	const mentor = readPerson(raw, 'mentor', options, issues);
	const programId = text(raw.programId);
	const unread = issues.length;
	const list = menteeList(raw.mentees, issues);
	if (issues.length === unread && (list.length === 0 || list.length > MAX_CIRCLE_MENTEES)) {
		issues.push({
			field: 'mentees',
			problem: list.length === 0 ? 'is empty' : `lists ${list.length} mentees, over the limit of ${MAX_CIRCLE_MENTEES}`,
			expected: `a list of 1 to ${MAX_CIRCLE_MENTEES} mentees, each with email and timezone`,
		});
	}
	const mentees = list.slice(0, MAX_CIRCLE_MENTEES).map((entry, k): CircleMember => {
		const own: FieldIssue[] = [];
		const nested = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
		const person = readPerson({ mentee: nested }, 'mentee', options, own);
		// menteeEmail → mentees[k].email, so the person fixing the data finds the entry.
		for (const issue of own) issues.push({ ...issue, field: `mentees[${k}].${issue.field.charAt(6).toLowerCase()}${issue.field.slice(7)}` });
		return { ...person, pairId: text(nested.pairId) ?? pairId({ programId, mentorId: mentor.id, menteeId: person.id }) };
	});
	const lastMeetingAt = readLastMeetingAt(raw, issues);
	if (issues.length > 0) {
		throw new MalformedInputError(issues, 'Give every circle a circleId, a mentor and a list of mentees, each person with an email address and an IANA time zone');
	}
	const channel = text(raw.channel)?.toLowerCase();
	return {
		circleId: circleId as string,
		...(programId ? { programId } : {}),
		mentor,
		mentees,
		...(channel ? { channel } : {}),
		...(lastMeetingAt !== undefined ? { lastMeetingAt } : {}),
	};
}
