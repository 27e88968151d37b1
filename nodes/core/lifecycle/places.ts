import { CONFIRMING, decideFromLedger } from '../intake/seatLedger';
import type { LedgerRow } from '../intake/seatLedger';
import type { Role } from '../types';

/** A roster row as the place offers see it. */
export interface PlaceRow {
	/** The store's row id: the order rows were inserted in. */
	rowId: number;
	/** Lower-cased address: the person's key in the program. */
	email: string;
	role: Role | undefined;
	/** `enrolled`, `confirming`, `waitlisted`, `offered`, or a status that holds nothing (`withdrawn`, `left`, `lapsed`). */
	status: string;
	waitlistPosition?: number;
	/** ISO instant an open offer ends (status `offered`). */
	offerExpiresAt?: string;
}

/** Places per role; absent or 0 means unlimited. */
export type Seats = Partial<Record<Role, number>>;

/** Statuses that hold one of the role's places: an offer still open holds the place it offers. */
const HOLDS_PLACE = new Set(['enrolled', 'confirming', 'offered']);

function hasPlace(seats: Seats, role: Role, taken: number): boolean {
	const limit = seats[role];
	return limit === undefined || limit <= 0 || taken < limit;
}

/** Options of {@link planPlaceOffers}. */
export interface PlaceOfferOptions {
	rows: PlaceRow[];
	seats: Seats;
	/** The run's moment, ISO 8601. */
	now: string;
	/** How long an offer stays open, in days. */
	offerDays: number;
	/**
	 * How long after its deadline an unanswered offer lapses, in hours. The accept link
	 * refuses at the deadline itself; the grace lets an accept clicked just before it
	 * finish before the place passes on.
	 */
	graceHours?: number;
}

/** What one offer run does: offers that lapse, and the waitlisted people offered a freed place. */
export interface PlaceOfferPlan {
	lapsed: PlaceRow[];
	offers: Array<PlaceRow & { offerExpiresAt: string }>;
}

const HOUR = 3_600_000;

/**
 * Offers free places to the waitlist, first come first served per role. An open offer
 * holds its place until it is accepted or lapses (its deadline plus the grace); a lapsed
 * offer frees the place for the next person on the waitlist, in `waitlistPosition` order
 * (then row order). The places counted as taken are the enrolled, the confirming and the
 * open offers, so offers never promise more places than the limit: a place frees when a
 * person withdraws, leaves, or the limit is raised, and the next run offers it.
 *
 * @example
 * planPlaceOffers({ seats: { mentee: 1 }, now: '2026-05-04T06:00:00Z', offerDays: 3, rows: [
 *   { rowId: 1, email: 'a@x.nl', role: 'mentee', status: 'withdrawn' },
 *   { rowId: 2, email: 'b@x.nl', role: 'mentee', status: 'waitlisted', waitlistPosition: 1 }] }).offers
 * // [{ rowId: 2, email: 'b@x.nl', ..., offerExpiresAt: '2026-05-07T06:00:00.000Z' }]
 */
export function planPlaceOffers(options: PlaceOfferOptions): PlaceOfferPlan {
	const now = Date.parse(options.now);
	if (!Number.isFinite(now)) throw new RangeError('now is not an ISO 8601 moment');
	const grace = (options.graceHours ?? 1) * HOUR;
	const lapses = (row: PlaceRow) => row.status === 'offered' && !(Date.parse(row.offerExpiresAt ?? '') + grace > now);
	const lapsed = options.rows.filter(lapses);
	const taken = new Map<Role, number>();
	for (const row of options.rows) {
		if (row.role && HOLDS_PLACE.has(row.status) && !lapses(row)) taken.set(row.role, (taken.get(row.role) ?? 0) + 1);
	}
	const waiting = options.rows
		.filter((row) => row.status === 'waitlisted' && row.role !== undefined)
		.sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity) || a.rowId - b.rowId);
	const offerExpiresAt = new Date(now + options.offerDays * 24 * HOUR).toISOString();
	const offers: PlaceOfferPlan['offers'] = [];
	for (const row of waiting) {
		const role = row.role as Role;
		if (!hasPlace(options.seats, role, taken.get(role) ?? 0)) continue;
		taken.set(role, (taken.get(role) ?? 0) + 1);
		offers.push({ ...row, offerExpiresAt });
	}
	return { lapsed, offers };
}

/** The claim key of an acceptance: one person's answer to one offer (its deadline names it). */
export function acceptanceClaimKey(email: string, offerExpiresAt: string): string {
	return `acceptPlace|${email}|${offerExpiresAt}`;
}

/** A claim row: an acceptance inserted before the place is decided. */
export interface AcceptanceClaim {
	rowId: number;
	claimKey: string;
}

/** Options of {@link decideAcceptedPlace}. */
export interface AcceptanceOptions {
	rows: PlaceRow[];
	/** The program's acceptance claims, as read after inserting this one. */
	claims: AcceptanceClaim[];
	seats: Seats;
	/** The person accepting. */
	email: string;
}

export type AcceptanceDecision = { status: 'enrolled' } | { status: 'waitlisted'; waitlistPosition?: number };

/**
 * Decides an accepted offer, as the seat ledger decides confirmations: by the order of
 * inserted rows. An acceptance first inserts its claim, then reads the claims and the
 * roster. The enrolled, and the confirming the seat ledger seats (it counts open offers as
 * held, so only places no offer holds), keep their places; the claims of people whose
 * offer is still open then get the free places in claim-row order, the rest go back to
 * the waitlist at their old position. Every claim before a given claim was inserted
 * (and readable) before it, and a winner's row turns from `offered` to `enrolled` in one
 * update, so executions deciding at the same moment agree on every outcome: two accepts
 * for one place never both get it. Returns `undefined` when the person has no open offer
 * or no claim (nothing to decide).
 *
 * @example
 * decideAcceptedPlace({ seats: { mentee: 1 }, email: 'b@x.nl',
 *   rows: [{ rowId: 1, email: 'a@x.nl', role: 'mentee', status: 'offered', offerExpiresAt: 'T' }, { rowId: 2, email: 'b@x.nl', role: 'mentee', status: 'offered', offerExpiresAt: 'T', waitlistPosition: 2 }],
 *   claims: [{ rowId: 7, claimKey: 'acceptPlace|a@x.nl|T' }, { rowId: 8, claimKey: 'acceptPlace|b@x.nl|T' }] })
 * // { status: 'waitlisted', waitlistPosition: 2 }
 */
export function decideAcceptedPlace(options: AcceptanceOptions): AcceptanceDecision | undefined {
	const own = options.rows.find((row) => row.email === options.email);
	if (!own?.role) return undefined;
	if (own.status === 'enrolled') return { status: 'enrolled' };
	if (own.status !== 'offered' || own.offerExpiresAt === undefined) return undefined;
	const role = own.role;
	const openOffer = new Map<string, PlaceRow>();
	let taken = 0;
	const ledger = options.rows.map(toLedgerRow);
	for (const row of options.rows) {
		if (row.role !== role) continue;
		if (row.status === 'enrolled') taken++;
		// A confirmation still being decided takes a place only if the seat ledger gives it one,
		// and the ledger counts open offers as held: a newcomer cannot take the offered place.
		else if (row.status === CONFIRMING) {
			if (decideFromLedger({ rows: ledger, rowId: row.rowId, seats: options.seats })?.status === 'enrolled') taken++;
		} else if (row.status === 'offered' && row.offerExpiresAt !== undefined) openOffer.set(acceptanceClaimKey(row.email, row.offerExpiresAt), row);
	}
	const decided = new Set<string>();
	for (const claim of [...options.claims].sort((a, b) => a.rowId - b.rowId)) {
		const row = openOffer.get(claim.claimKey);
		// Claims of other roles, of offers already decided or lapsed, and repeated claims take nothing.
		if (row === undefined || decided.has(claim.claimKey)) continue;
		decided.add(claim.claimKey);
		const wins = hasPlace(options.seats, role, taken);
		if (wins) taken++;
		if (row === own) return wins ? { status: 'enrolled' } : { status: 'waitlisted', ...(own.waitlistPosition ? { waitlistPosition: own.waitlistPosition } : {}) };
	}
	return undefined;
}

/** A roster row as the seat ledger reads it (a person is their address in one program). */
function toLedgerRow(row: PlaceRow): LedgerRow {
	return { rowId: row.rowId, personKey: row.email, role: row.role, status: row.status, ...(row.waitlistPosition ? { waitlistPosition: row.waitlistPosition } : {}) };
}
