import { emailKey } from '../participant/email';
import { LIMITS } from '../participant/limits';
import { splitList } from '../text/tags';
import { isBlank } from '../text/values';
import { normaliseLabel } from './normaliseLabel';
import type { RosterEntry } from './roster';

/** The mentors of a program an applicant can name as preferred mentors. */
export interface MentorDirectory {
	/** Whether a roster was given at all: without one, emails cannot be checked. */
	hasRoster: boolean;
	/** Mentor email (normal form) by email. */
	byEmail: Map<string, string>;
	/** Mentor email by employee id. */
	byId: Map<string, string>;
	/** Mentor emails by name in normalised form (several when two mentors share a name). */
	byName: Map<string, string[]>;
}

export type UnresolvedProblem = 'unknown' | 'ambiguous' | 'notOnRoster';

/** A preferred mentor the applicant named that could not be turned into a mentor of the program. */
export interface UnresolvedNomination {
	/** The entry as typed, cut to 100 characters. */
	value: string;
	problem: UnresolvedProblem;
	/** A sentence for the applicant. */
	message: string;
}

export interface ResolvedNominations {
	/** Mentor emails (or ids and emails that may enrol later), in the order typed, without repeats. */
	nominations: string[];
	unresolved: UnresolvedNomination[];
}

/** Entries read from one answer: a ranked wish list is short, a longer one is cut. */
const MAX_ENTRIES = 10;
/** Longer answers are not parsed here; normalisation reports them as too long. */
const MAX_ANSWER = 2000;

/**
 * Indexes the program's mentors (roster entries of role mentor or both, any status but
 * `withdrawn`) by email, id and name, so that a form's "preferred mentors" answer can be
 * resolved.
 *
 * @example indexMentors(indexRoster(rows, mapping).entries).byName.get('ann de vries') // ['ann@x.nl']
 */
export function indexMentors(entries: readonly RosterEntry[]): MentorDirectory {
	const directory: MentorDirectory = { hasRoster: entries.length > 0, byEmail: new Map(), byId: new Map(), byName: new Map() };
	for (const { participant, status } of entries) {
		if (status === 'withdrawn') continue;
		if (participant.role !== 'mentor' && participant.role !== 'both') continue;
		if (isBlank(participant.email)) continue;
		const email = participant.email as string;
		directory.byEmail.set(email, email);
		if (!isBlank(participant.id)) directory.byId.set(String(participant.id), email);
		if (!isBlank(participant.name)) {
			const key = normaliseLabel(String(participant.name));
			const known = directory.byName.get(key) ?? [];
			if (!known.includes(email)) directory.byName.set(key, [...known, email]);
		}
	}
	return directory;
}

/**
 * Resolves a "preferred mentors" answer (emails, employee ids or names, separated by
 * commas, semicolons or lines) against the program's mentors. Emails and ids of mentors
 * and names that name exactly one mentor become that mentor's email. An email that is
 * not a mentor's is kept (the mentor may enrol later) and reported; names that match no
 * mentor or several are dropped and reported, so that the applicant can be told.
 *
 * @example
 * resolveNominations('Ann de Vries; bo@x.nl', directory)
 * // { nominations: ['ann@x.nl', 'bo@x.nl'], unresolved: [{ value: 'bo@x.nl', problem: 'notOnRoster', ... }] }
 */
export function resolveNominations(answer: unknown, directory: MentorDirectory): ResolvedNominations {
	const nominations: string[] = [];
	const unresolved: UnresolvedNomination[] = [];
	const add = (email: string) => {
		if (!nominations.includes(email)) nominations.push(email);
	};
	for (const entry of splitList(answer).slice(0, MAX_ENTRIES)) {
		if (typeof entry !== 'string' && typeof entry !== 'number') continue;
		const typed = String(entry).trim();
		const value = typed.slice(0, 100);
		if (typed.includes('@')) {
			const email = emailKey(typed);
			add(directory.byEmail.get(email) ?? email);
			if (directory.hasRoster && !directory.byEmail.has(email)) {
				unresolved.push({ value, problem: 'notOnRoster', message: `${value} is not a mentor in this program (yet); we keep the wish in case they join` });
			}
			continue;
		}
		const byId = directory.byId.get(typed);
		if (byId !== undefined) {
			add(byId);
			continue;
		}
		const matches = typed.length <= LIMITS.shortText ? (directory.byName.get(normaliseLabel(typed)) ?? []) : [];
		if (matches.length === 1) add(matches[0]);
		else if (matches.length > 1) unresolved.push({ value, problem: 'ambiguous', message: `"${value}" names more than one mentor; please give their email address` });
		else unresolved.push({ value, problem: 'unknown', message: `"${value}" is not the name or email of a mentor in this program` });
	}
	return { nominations, unresolved };
}

/** Whether an answer is short enough to be resolved here. */
export function isResolvable(answer: unknown): boolean {
	if (typeof answer === 'string') return answer.length <= MAX_ANSWER;
	return Array.isArray(answer) && answer.length <= MAX_ENTRIES * 5;
}
