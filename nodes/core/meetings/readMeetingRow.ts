import type { FieldIssue } from '../types';
import { MAX_SESSION } from './meetingLink';
import type { TalliedRow } from './tallyMeetings';
import { MEETING_OUTCOMES } from './types';
import type { MeetingOutcome } from './types';

/** A stored meeting row read back, or every problem with it. */
export type ReadMeetingRow = { ok: true; row: TalliedRow } | { ok: false; issues: FieldIssue[] };

/** Longest id or instant read from a row; longer values are not ours. */
const MAX_TEXT = 256;

function text(raw: Record<string, unknown>, field: string, issues: FieldIssue[]): string {
	const value = raw[field];
	if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT) return value.trim();
	issues.push({ field, problem: typeof value === 'string' && value.length > MAX_TEXT ? 'is too long' : 'is missing', expected: `text of 1 to ${MAX_TEXT} characters` });
	return '';
}

/**
 * Reads a `mentorship_meetings` row as a Data Table returns it (session as a number or
 * numeric text, `recordedAt` as ISO text or a Date).
 *
 * @example readMeetingRow({ programId: 'p', pairId: 'a', session: 2, outcome: 'met', recordedAt: '2026-03-10T15:00:00Z' }).ok // true
 */
export function readMeetingRow(raw: Record<string, unknown>): ReadMeetingRow {
	const issues: FieldIssue[] = [];
	const programId = text(raw, 'programId', issues);
	const pairId = text(raw, 'pairId', issues);
	const sessionValue = typeof raw.session === 'string' && raw.session.length <= 3 ? Number(raw.session) : raw.session;
	if (typeof sessionValue !== 'number' || !Number.isInteger(sessionValue) || sessionValue < 1 || sessionValue > MAX_SESSION) {
		issues.push({ field: 'session', problem: 'is not a session number', expected: `a whole number from 1 to ${MAX_SESSION}` });
	}
	const outcome = raw.outcome;
	if (!MEETING_OUTCOMES.includes(outcome as MeetingOutcome)) {
		issues.push({ field: 'outcome', problem: 'is not a meeting outcome', expected: MEETING_OUTCOMES.join(' or '), received: String(outcome).slice(0, 40) });
	}
	const recorded = raw.recordedAt instanceof Date ? raw.recordedAt.toISOString() : raw.recordedAt;
	if (typeof recorded !== 'string' || recorded.length > 64 || Number.isNaN(Date.parse(recorded))) {
		issues.push({ field: 'recordedAt', problem: 'is not a date', expected: 'an ISO instant' });
	}
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, row: { programId, pairId, session: sessionValue as number, outcome: outcome as MeetingOutcome, recordedAt: recorded as string } };
}
