import { emailKey } from '../participant/email';
import { readPairStatus } from '../pairs/status';
import { MalformedInputError } from '../errors';
import type { FieldIssue } from '../types';
import type { PairRole } from './types';

type Json = Record<string, unknown>;

/** One side of a pair row. */
export interface PairMember {
	role: PairRole;
	email: string;
	name: string;
}

/** An active pair row, read for ending it. */
export interface ActivePair {
	programId: string;
	pairId: string;
	mentor: PairMember;
	mentee: PairMember;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

function member(json: Json, role: PairRole, issues: FieldIssue[]): PairMember {
	const email = text(json[`${role}Email`]);
	if (email === '') issues.push({ field: `${role}Email`, problem: 'is missing', expected: `the ${role}'s email address` });
	// A row without a name still gets polite text: the address stands in.
	return { role, email: email === '' ? '' : emailKey(email), name: text(json[`${role}Name`]) || email };
}

/**
 * Reads a row of `mentorship_pairs` that is to end. Only an `active` pair can end:
 * a pair already `ended` or `completed` (a replayed link, a second run) is refused,
 * which is what makes an ending act once.
 *
 * @example readActivePair({ programId: 'p', pairId: 'x', status: 'active', mentorEmail: 'a@x.nl', menteeEmail: 'b@x.nl' }).mentee.email // 'b@x.nl'
 */
export function readActivePair(json: Json): ActivePair {
	const issues: FieldIssue[] = [];
	const programId = text(json.programId);
	const pairId = text(json.pairId);
	if (programId === '') issues.push({ field: 'programId', problem: 'is missing', expected: 'the program the pair belongs to' });
	if (pairId === '') issues.push({ field: 'pairId', problem: 'is missing', expected: 'the pair id' });
	const status = readPairStatus(json.status);
	if (!status.ok) issues.push(status.issue);
	else if (status.state.status !== 'active') {
		issues.push({ field: 'status', problem: `is ${status.state.status}, so the pair cannot end now`, expected: 'active', received: status.state.status });
	}
	const mentor = member(json, 'mentor', issues);
	const mentee = member(json, 'mentee', issues);
	if (issues.length > 0) throw new MalformedInputError(issues, 'Only active pairs end; pass the pair row as the Data Table node reads it');
	return { programId, pairId, mentor, mentee };
}

/** The side of the pair whose address this is, if any. */
export function roleOf(pair: ActivePair, email: string): PairRole | undefined {
	const key = emailKey(email);
	if (key === '') return undefined;
	if (pair.mentor.email === key) return 'mentor';
	if (pair.mentee.email === key) return 'mentee';
	return undefined;
}

/** The other side of the pair. */
export function otherRole(role: PairRole): PairRole {
	return role === 'mentor' ? 'mentee' : 'mentor';
}
