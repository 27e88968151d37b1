import { emailKey } from '../participant/email';
import { MalformedInputError } from '../errors';
import type { EndReason } from './endReasons';
import { readEndReason } from './endReasons';
import { endingNotices } from './endingNotices';
import type { ActivePair } from './pairMembers';
import { readActivePair, roleOf } from './pairMembers';
import type { EndedBy, PairEnding, PairRole, RosterChange } from './types';

type Json = Record<string, unknown>;

/** Options of {@link endPair}. */
export interface EndPairOptions {
	/** The pair's row in `mentorship_pairs`; it must be `active`. */
	pair: Json;
	/** The address of the person ending the pair (from their verified link). */
	endedBy: string;
	/** One of the end reasons, as code or form label. */
	reason: unknown;
	/** Whether the mentee, ending the pair, asks for a new mentor. Ignored when the mentor ends it. */
	rematch: boolean;
	/** The moment of the ending, ISO 8601. */
	now: string;
	/** Who hears about every ending; empty for nobody. */
	programManager: string;
}

const dayOf = (now: string) => now.slice(0, 10);

function checkNow(now: string): void {
	if (!Number.isFinite(Date.parse(now))) throw new MalformedInputError([{ field: 'now', problem: 'is not a moment', expected: 'an ISO 8601 date and time' }]);
}

/**
 * Roster rows an ending changes. The person who left the company is `left`. A mentee who
 * ends the pair stays `enrolled` with `rematch` when they ask for a new mentor, else is
 * `withdrawn`. A mentee whose pair ended through no choice of theirs (the mentor ended it,
 * or left) stays `enrolled` with `rematch`. A mentor who stays keeps their row as it is:
 * the pair no longer being `active` is what frees their place.
 */
function rosterChanges(pair: ActivePair, endedBy: EndedBy, leavers: PairRole[], menteeAsksRematch: boolean): RosterChange[] {
	const changes: RosterChange[] = leavers.map((role) => ({ email: pair[role].email, role, status: 'left', rematch: false }));
	if (!leavers.includes('mentee')) {
		const chose = endedBy === 'mentee';
		const stays = !chose || menteeAsksRematch;
		changes.push({ email: pair.mentee.email, role: 'mentee', status: stays ? 'enrolled' : 'withdrawn', rematch: stays });
	}
	return changes;
}

function ending(pair: ActivePair, endedBy: EndedBy, leavers: PairRole[], reason: EndReason, rematch: boolean, now: string, programManager: string): PairEnding {
	const roster = rosterChanges(pair, endedBy, leavers, rematch);
	return {
		programId: pair.programId,
		pairId: pair.pairId,
		pair: { status: 'ended', endReason: reason, endedAt: now, endedBy },
		roster,
		notices: endingNotices({ pair, endedBy, leavers, reason, day: dayOf(now), roster, programManager }),
	};
}

/**
 * Ends an active pair at one member's request: the pair row's new columns, the roster
 * rows that change (the mentee matched again if they ask, or if the ending was not
 * theirs), and blame-free messages to the other member and the program manager.
 * Throws {@link MalformedInputError} when the pair is not active, the person is not in
 * it, or the reason is not one of the end reasons.
 *
 * @example
 * endPair({ pair: row, endedBy: 'mentee@x.nl', reason: 'noFault', rematch: true, now: '2026-05-04T10:00:00Z', programManager: 'pm@x.nl' }).pair
 * // { status: 'ended', endReason: 'noFault', endedAt: '2026-05-04T10:00:00Z', endedBy: 'mentee' }
 */
export function endPair(options: EndPairOptions): PairEnding {
	checkNow(options.now);
	const pair = readActivePair(options.pair);
	const role = roleOf(pair, options.endedBy);
	if (role === undefined) throw new MalformedInputError([{ field: 'endedBy', problem: 'is not a member of this pair', expected: "the mentor's or the mentee's address" }]);
	const reason = readEndReason(options.reason);
	if (!reason.ok) throw new MalformedInputError([reason.issue]);
	const leavers: PairRole[] = reason.reason === 'leftCompany' ? [role] : [];
	return ending(pair, role, leavers, reason.reason, role === 'mentee' && options.rematch, options.now, options.programManager);
}

/** A person as the HR system knows them: an address and, once they leave, the last day. */
export interface HrisPerson {
	email: string;
	/** `YYYY-MM-DD`, the last day of employment; absent while they stay. */
	terminationDate?: string;
}

/** Options of {@link endLeaversPairs}. */
export interface EndLeaversOptions {
	/** Rows of `mentorship_pairs`; rows that are not `active` are passed over. */
	pairs: Json[];
	people: HrisPerson[];
	now: string;
	programManager: string;
}

/**
 * Ends every active pair with a member whose termination date has come (on or before
 * the day of `now`), as the HR system's doing: reason `leftCompany`, the leaver's roster
 * row `left`, the other member told without blame and, if a mentee, matched again.
 * A date still ahead ends nothing yet, so HR can enter it early.
 *
 * @example endLeaversPairs({ pairs: [row], people: [{ email: row.mentorEmail, terminationDate: '2026-04-30' }], now: '2026-05-01T06:00:00Z', programManager: '' })[0].pair.endedBy // 'hris'
 */
export function endLeaversPairs(options: EndLeaversOptions): PairEnding[] {
	checkNow(options.now);
	const today = dayOf(options.now);
	const left = new Set<string>();
	for (const person of options.people) {
		if (person.terminationDate !== undefined && person.terminationDate !== '' && person.terminationDate <= today) left.add(emailKey(person.email));
	}
	const endings: PairEnding[] = [];
	for (const row of options.pairs) {
		if (String(row.status ?? '').trim().toLowerCase() !== 'active') continue;
		const pair = readActivePair(row);
		const leavers = (['mentor', 'mentee'] as const).filter((role) => pair[role].email !== '' && left.has(pair[role].email));
		if (leavers.length === 0) continue;
		endings.push(ending(pair, 'hris', leavers, 'leftCompany', true, options.now, options.programManager));
	}
	return endings;
}
