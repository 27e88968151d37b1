import type { Role } from '../types';

/** Roster status of a confirmation that has not been given its place yet. */
export const CONFIRMING = 'confirming';

/** One roster row as the seat ledger sees it. */
export interface LedgerRow {
	/** The store's row id: the order rows were inserted in. */
	rowId: number;
	/** `programId|email`: one person in one program. */
	personKey: string;
	role: Role | undefined;
	/**
	 * Lower-cased status: `enrolled`, `waitlisted`, `confirming`, `offered` (a freed place offered to
	 * a waitlisted person, held for them until the offer is accepted or lapses), or another
	 * (ended, withdrawn, lapsed, ...).
	 */
	status: string;
	waitlistPosition?: number;
}

/** Options of {@link decideFromLedger}. */
export interface LedgerOptions {
	rows: LedgerRow[];
	/** The row id of the confirmation being decided (a `confirming` row, or one already decided). */
	rowId: number;
	/** Places per role; absent or 0 means unlimited. */
	seats?: Partial<Record<Role, number>>;
}

/** Where a confirmation lands and which rows the workflow writes. */
export interface LedgerDecision {
	status: 'enrolled' | 'waitlisted';
	waitlistPosition?: number;
	/** The person's roster row: the one to write the decision to (their oldest row). */
	rosterRowId: number;
	/** This confirmation's own row when it is not the person's roster row: to delete. */
	duplicateRowId?: number;
}

const HOLDS_OR_WAITS = new Set(['enrolled', 'waitlisted', CONFIRMING]);
/** An open place offer: it holds its place against new confirmations until it is accepted or lapses. */
export const OFFERED = 'offered';

/**
 * Decides a confirmation's place from the roster as an append-only ledger. Each
 * confirmation is first inserted as a `confirming` row; places then go to those rows
 * in row-id order, after the people already enrolled. Every row before a given row
 * was inserted (and, in a store whose inserts are visible at once, readable) before
 * it, and each row's outcome depends only on the rows before it, so concurrent
 * executions that each read the roster after their own insert compute the same outcome
 * for every row: two people confirming at once can never both take the last place.
 * A person's second row (a double submit, or an update of an enrolled person) never
 * takes a place of its own: it is merged into the person's oldest row.
 * An open place offer (`offered`) holds its place like an enrolled row: a freed place goes
 * to the waitlist in order, so a brand-new confirmation cannot take it while the person
 * offered it may still accept. The offer run lapses an unanswered offer and offers the
 * place to the next person on the waitlist, never to whoever confirms first.
 *
 * @example
 * decideFromLedger({ seats: { mentee: 1 }, rowId: 8, rows: [
 *   { rowId: 7, personKey: 'p|a@x.nl', role: 'mentee', status: 'confirming' },
 *   { rowId: 8, personKey: 'p|b@x.nl', role: 'mentee', status: 'confirming' }] })
 * // { status: 'waitlisted', waitlistPosition: 1, rosterRowId: 8 }
 */
export function decideFromLedger(options: LedgerOptions): LedgerDecision | undefined {
	const rows = [...options.rows].sort((a, b) => a.rowId - b.rowId);
	const own = rows.find((row) => row.rowId === options.rowId);
	// A row already decided (by this confirmation replayed, or merged into by a later one) answers as decided.
	if (!own || !HOLDS_OR_WAITS.has(own.status)) return undefined;

	const firstRowOf = new Map<string, LedgerRow>();
	const placeHolderOf = new Map<string, LedgerRow>();
	for (const row of rows) {
		if (!firstRowOf.has(row.personKey)) firstRowOf.set(row.personKey, row);
		if (HOLDS_OR_WAITS.has(row.status) && !placeHolderOf.has(row.personKey)) placeHolderOf.set(row.personKey, row);
	}

	// Outcomes of every place-holding row up to and including the deciding one, in ledger order.
	type Place = Pick<LedgerDecision, 'status' | 'waitlistPosition'>;
	const outcome = new Map<number, Place>();
	const taken = new Map<string, number>();
	const lastPosition = new Map<string, number>();
	for (const row of rows) {
		if (row.rowId > own.rowId) break;
		// A position once given is never given again, whatever became of its row since (offered,
		// accepted, lapsed, withdrawn): a confirmation deciding just after someone left the
		// waitlist still queues behind everyone who was on it.
		if (row.role && row.waitlistPosition && row.status !== 'waitlisted') lastPosition.set(row.role, Math.max(lastPosition.get(row.role) ?? 0, row.waitlistPosition));
		if (row.status === OFFERED && row.role && row.personKey !== own.personKey) {
			taken.set(row.role, (taken.get(row.role) ?? 0) + 1);
			continue;
		}
		if (placeHolderOf.get(row.personKey) !== row || !row.role) continue;
		if (row.status === 'enrolled') {
			taken.set(row.role, (taken.get(row.role) ?? 0) + 1);
		} else if (row.status === 'waitlisted') {
			// Positions are handed out in row order too, so only rows before this one count.
			lastPosition.set(row.role, Math.max(lastPosition.get(row.role) ?? 0, row.waitlistPosition ?? 0));
			outcome.set(row.rowId, { status: 'waitlisted', ...(row.waitlistPosition ? { waitlistPosition: row.waitlistPosition } : {}) });
		} else if (hasPlace(options.seats, row.role, taken.get(row.role) ?? 0)) {
			taken.set(row.role, (taken.get(row.role) ?? 0) + 1);
			outcome.set(row.rowId, { status: 'enrolled' });
		} else {
			const position = (lastPosition.get(row.role) ?? 0) + 1;
			lastPosition.set(row.role, position);
			outcome.set(row.rowId, { status: 'waitlisted', waitlistPosition: position });
		}
	}

	const holder = placeHolderOf.get(own.personKey) as LedgerRow;
	const rosterRow = firstRowOf.get(own.personKey) as LedgerRow;
	const decided: Place = holder.status === 'enrolled' ? { status: 'enrolled' } : (outcome.get(holder.rowId) as Place);
	return {
		status: decided.status,
		...(decided.waitlistPosition ? { waitlistPosition: decided.waitlistPosition } : {}),
		rosterRowId: rosterRow.rowId,
		...(rosterRow.rowId !== own.rowId ? { duplicateRowId: own.rowId } : {}),
	};
}

function hasPlace(seats: LedgerOptions['seats'], role: Role, taken: number): boolean {
	const limit = seats?.[role];
	return limit === undefined || limit <= 0 || taken < limit;
}
