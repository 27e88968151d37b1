import type { LinkClaims } from '../links/types';
import { outcomeOfPurpose, readMeetingLinkSubject } from './meetingLink';
import type { MeetingRow } from './types';

/** Options of {@link meetingFromLink}. */
export interface MeetingFromLinkOptions {
	/** The claims of a link that Mentorship Link verified (signature, expiry, program). */
	claims: Pick<LinkClaims, 'programId' | 'subject' | 'person' | 'role' | 'purpose'>;
	/** Epoch ms of the click. */
	at: number;
}

/**
 * Turns a verified "We met" or "Not yet" click into the meeting row it records. Everything
 * comes from the signed claims, never from what the form says: who, which pair, which
 * session and which outcome.
 *
 * @example meetingFromLink({ claims: { programId: 'p', subject: 'pair-a1#2', person: 'ann@x.org', role: 'mentee', purpose: 'weMet' }, at: Date.UTC(2026, 2, 10, 15) })
 * // { programId: 'p', pairId: 'pair-a1', session: 2, personId: 'ann@x.org', role: 'mentee', outcome: 'met', recordedAt: '2026-03-10T15:00:00.000Z' }
 */
export function meetingFromLink(options: MeetingFromLinkOptions): MeetingRow {
	const { claims } = options;
	const { pairId, session } = readMeetingLinkSubject(claims.subject);
	return {
		programId: claims.programId,
		pairId,
		session,
		personId: claims.person,
		role: claims.role,
		outcome: outcomeOfPurpose(claims.purpose),
		recordedAt: new Date(options.at).toISOString(),
	};
}
