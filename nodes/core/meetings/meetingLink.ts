import { MalformedInputError } from '../errors';
import type { MeetingOutcome } from './types';

/** The link purpose for each outcome, as Mentorship Link signs it (letters and digits only). */
export const MEETING_PURPOSES: Readonly<Record<MeetingOutcome, string>> = { met: 'weMet', notYet: 'notYet' };

/** Highest session number a link may name; a pair of weekly sessions for ten years stays below. */
export const MAX_SESSION = 999;

/** Between pair id and session number in a link's subject; pair ids never contain it at the end. */
const SEPARATOR = '#';

/**
 * The subject a meeting link is signed for: the pair and the session, so the link logs
 * that one session and no other.
 *
 * @example meetingLinkSubject('pair-a1', 3) // 'pair-a1#3'
 */
export function meetingLinkSubject(pairId: string, session: number): string {
	return `${pairId}${SEPARATOR}${session}`;
}

/**
 * Pair and session from a meeting link's subject. Splits at the last `#`, so a pair id
 * that itself contains `#` still reads back whole.
 *
 * @example readMeetingLinkSubject('pair-a1#3') // { pairId: 'pair-a1', session: 3 }
 */
export function readMeetingLinkSubject(subject: string): { pairId: string; session: number } {
	const at = subject.lastIndexOf(SEPARATOR);
	const pairId = at > 0 ? subject.slice(0, at) : '';
	const sessionText = at > 0 ? subject.slice(at + 1) : '';
	// Digits only, at most three: no sign, no exponent, no leading zero.
	const session = /^[1-9][0-9]{0,2}$/.test(sessionText) ? Number(sessionText) : NaN;
	if (pairId === '' || !Number.isInteger(session) || session > MAX_SESSION) {
		throw new MalformedInputError([
			{ field: 'subject', problem: 'is not a meeting link subject', expected: `<pairId>#<session 1 to ${MAX_SESSION}>`, received: subject.slice(0, 80) },
		]);
	}
	return { pairId, session };
}

/**
 * The outcome a link purpose stands for.
 *
 * @example outcomeOfPurpose('weMet') // 'met'
 */
export function outcomeOfPurpose(purpose: string): MeetingOutcome {
	if (purpose === MEETING_PURPOSES.met) return 'met';
	if (purpose === MEETING_PURPOSES.notYet) return 'notYet';
	throw new MalformedInputError([
		{ field: 'purpose', problem: 'is not a meeting link purpose', expected: `${MEETING_PURPOSES.met} or ${MEETING_PURPOSES.notYet}`, received: purpose.slice(0, 40) },
	]);
}
