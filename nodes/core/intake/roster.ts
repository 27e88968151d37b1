import { isBlank } from '../text/values';
import type { Participant } from '../types';
import type { MapFieldsOptions } from './mapFields';
import { readPerson } from './readPerson';
import type { LedgerRow } from './seatLedger';
import { CONFIRMING, OFFERED } from './seatLedger';

/** A person already on the roster, as far as their row could be read. */
export interface RosterEntry {
	participant: Partial<Participant>;
	/** `enrolled`, `waitlisted`, or whatever the table says (`withdrawn`, `pending`, ...). */
	status?: string;
	waitlistPosition?: number;
}

export interface RosterIndex {
	find(person: Pick<Participant, 'email' | 'id' | 'programId'>): RosterEntry | undefined;
	/** Enrolled people per `program|role`. */
	enrolledCount: Map<string, number>;
	/** Last waitlist position per `program|role`. */
	waitlistCount: Map<string, number>;
	/** Every row that carries the store's numeric row id, for confirmations decided in row order. */
	ledger: LedgerRow[];
	/** One entry per person and program (their oldest row), confirmations not yet decided left out. */
	entries: RosterEntry[];
}

/** Keys our own Enrolled/Waitlisted items and Data Table rows add, which are not answers. */
const BOOKKEEPING = new Set(['status', 'waitlistPosition', 'isUpdate', 'previousStatus', 'hrisMatched', 'source', 'reasons', 'createdAt', 'updatedAt', 'decidedAt']);

/** The identity of a person within a program. */
export function rosterKey(person: Partial<Pick<Participant, 'email' | 'id' | 'programId'>>): string {
	return `${person.programId ?? ''}|${person.email ?? person.id ?? ''}`;
}

/**
 * Indexes the current roster by email and by id within each program, and counts
 * the places taken per role. A row without a status counts as enrolled: the roster is
 * the list of current participants.
 *
 * @example indexRoster([{ email: 'an@x.nl', role: 'mentor', status: 'enrolled' }], { autoDetect: true })
 */
export function indexRoster(rows: unknown[], mapping: MapFieldsOptions): RosterIndex {
	const rowMapping: MapFieldsOptions = { ...mapping, ignore: BOOKKEEPING };
	const rowMappingWithoutId: MapFieldsOptions = { ...mapping, ignore: new Set([...BOOKKEEPING, 'id']) };
	const byKey = new Map<string, RosterEntry>();
	const enrolledCount = new Map<string, number>();
	const waitlistCount = new Map<string, number>();
	const ledger: LedgerRow[] = [];
	const entries: RosterEntry[] = [];
	for (const row of rows) {
		if (typeof row !== 'object' || row === null || Array.isArray(row)) continue;
		const source = row as Record<string, unknown>;
		const status = isBlank(source.status) ? 'enrolled' : String(source.status).trim().toLowerCase();
		const position = Number(source.waitlistPosition);
		// A Data Table's own numeric row id is not the person's id.
		const dropId = 'participantId' in source && typeof source.id === 'number';
		const { partial } = readPerson(source, dropId ? rowMappingWithoutId : rowMapping, { schemaCheck: false });
		if (isBlank(partial.email) && isBlank(partial.id)) continue;
		if (typeof source.id === 'number') {
			ledger.push({ rowId: source.id, personKey: rosterKey(partial), role: partial.role, status, ...(position > 0 ? { waitlistPosition: position } : {}) });
		}
		// A confirmation not yet given its place is not a participant: it is decided from the ledger.
		if (status === CONFIRMING) continue;
		const entry: RosterEntry = { participant: partial, status, ...(position > 0 ? { waitlistPosition: position } : {}) };
		// The oldest row of a person is their roster row; a later one is a duplicate and takes no place.
		const idKey = `${partial.programId ?? ''}|${partial.id}`;
		if (byKey.has(rosterKey(partial)) || (partial.id && byKey.has(idKey))) continue;
		byKey.set(rosterKey(partial), entry);
		if (partial.id) byKey.set(idKey, entry);
		entries.push(entry);
		if (!partial.role) continue;
		const seatKey = `${partial.programId ?? ''}|${partial.role}`;
		// An open place offer holds its place (see decideFromLedger), and its person keeps their position.
		if (status === 'enrolled' || status === OFFERED) enrolledCount.set(seatKey, (enrolledCount.get(seatKey) ?? 0) + 1);
		if (status === 'waitlisted' || status === OFFERED) {
			waitlistCount.set(seatKey, Math.max(waitlistCount.get(seatKey) ?? 0, position > 0 ? position : (waitlistCount.get(seatKey) ?? 0) + 1));
		}
	}
	return {
		find: (person) => byKey.get(rosterKey(person)) ?? byKey.get(`${person.programId ?? ''}|${person.id}`),
		enrolledCount,
		waitlistCount,
		ledger,
		entries,
	};
}
