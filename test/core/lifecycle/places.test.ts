import fc from 'fast-check';

import type { PlaceRow } from '../../../nodes/core/lifecycle';
import { acceptanceClaimKey, decideAcceptedPlace, planPlaceOffers } from '../../../nodes/core/lifecycle';

const NOW = '2026-05-04T06:00:00.000Z';
const DEADLINE = '2026-05-07T06:00:00.000Z';
const row = (rowId: number, status: string, extra: Partial<PlaceRow> = {}): PlaceRow => ({ rowId, email: `p${rowId}@example.com`, role: 'mentee', status, ...extra });

describe('planPlaceOffers', () => {
	describe('when one mentee place of three frees and three people wait', () => {
		const rows = [
			row(1, 'enrolled'),
			row(2, 'withdrawn'),
			row(3, 'enrolled'),
			row(4, 'waitlisted', { waitlistPosition: 2 }),
			row(5, 'waitlisted', { waitlistPosition: 1 }),
			row(6, 'waitlisted', { waitlistPosition: 3 }),
			row(7, 'waitlisted', { role: 'mentor', waitlistPosition: 1 }),
		];
		const plan = planPlaceOffers({ rows, seats: { mentee: 3, mentor: 1 }, now: NOW, offerDays: 3 });

		it('offers it to the first on the mentee waitlist (position 1, row 5) until three days later, and the free mentor place to the mentor', () => {
			expect(plan.offers.map((offer) => [offer.rowId, offer.role, offer.offerExpiresAt])).toEqual([
				[5, 'mentee', DEADLINE],
				[7, 'mentor', DEADLINE],
			]);
		});

		it('offers no mentee place while both mentee places are taken', () => {
			expect(planPlaceOffers({ rows, seats: { mentee: 2, mentor: 1 }, now: NOW, offerDays: 3 }).offers.map((offer) => offer.rowId)).toEqual([7]);
		});
	});

	describe('when an offer is open', () => {
		const rows = [row(1, 'enrolled'), row(2, 'offered', { waitlistPosition: 1, offerExpiresAt: DEADLINE }), row(3, 'waitlisted', { waitlistPosition: 2 })];

		it('holds the place until the deadline and its hour of grace have passed', () => {
			expect(planPlaceOffers({ rows, seats: { mentee: 2 }, now: '2026-05-07T06:59:59.000Z', offerDays: 3 })).toEqual({ lapsed: [], offers: [] });
		});

		it('lets the offer lapse after that and offers the place to the next person', () => {
			const plan = planPlaceOffers({ rows, seats: { mentee: 2 }, now: '2026-05-07T07:00:00.000Z', offerDays: 3 });
			expect(plan.lapsed.map((lapsed) => lapsed.rowId)).toEqual([2]);
			expect(plan.offers.map((offer) => [offer.rowId, offer.offerExpiresAt])).toEqual([[3, '2026-05-10T07:00:00.000Z']]);
		});
	});

	describe('when the seat limit is raised from 1 to 3', () => {
		it('offers the two new places to the first two waiting', () => {
			const rows = [row(1, 'enrolled'), row(2, 'waitlisted', { waitlistPosition: 1 }), row(3, 'waitlisted', { waitlistPosition: 2 }), row(4, 'waitlisted', { waitlistPosition: 3 })];
			expect(planPlaceOffers({ rows, seats: { mentee: 1 }, now: NOW, offerDays: 3 }).offers).toEqual([]);
			expect(planPlaceOffers({ rows, seats: { mentee: 3 }, now: NOW, offerDays: 3 }).offers.map((offer) => offer.rowId)).toEqual([2, 3]);
		});
	});

	it('never offers more places than are free, for any roster', () => {
		const statuses = ['enrolled', 'confirming', 'waitlisted', 'offered', 'withdrawn', 'left'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 30 }), fc.integer({ min: 1, max: 10 }), (list, limit) => {
				const rows = list.map((status, index) => row(index + 1, status, { waitlistPosition: index + 1, offerExpiresAt: DEADLINE }));
				const plan = planPlaceOffers({ rows, seats: { mentee: limit }, now: NOW, offerDays: 3 });
				const holding = list.filter((status) => ['enrolled', 'confirming', 'offered'].includes(status)).length;
				expect(plan.offers.length).toBe(Math.min(Math.max(limit - holding, 0), list.filter((status) => status === 'waitlisted').length));
			}),
		);
	});
});

describe('decideAcceptedPlace', () => {
	const offered = (rowId: number, position: number) => row(rowId, 'offered', { waitlistPosition: position, offerExpiresAt: DEADLINE });
	const claim = (rowId: number, person: number) => ({ rowId, claimKey: acceptanceClaimKey(`p${person}@example.com`, DEADLINE) });

	describe('when two people accept at once for the one free place', () => {
		const rows = [row(1, 'enrolled'), offered(2, 1), offered(3, 2)];

		it('gives it to the first claim inserted, whoever reads first', () => {
			// Person 3 claimed first (claim row 10), person 2 second (row 11).
			const claims = [claim(10, 3), claim(11, 2)];
			expect(decideAcceptedPlace({ rows, claims, seats: { mentee: 2 }, email: 'p3@example.com' })).toEqual({ status: 'enrolled' });
			expect(decideAcceptedPlace({ rows, claims, seats: { mentee: 2 }, email: 'p2@example.com' })).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
			// Person 3's execution may have read before person 2's claim was inserted: the same answer.
			expect(decideAcceptedPlace({ rows, claims: [claim(10, 3)], seats: { mentee: 2 }, email: 'p3@example.com' })).toEqual({ status: 'enrolled' });
			// Person 2's execution may read after person 3's row was written enrolled: the same answer.
			const written = [row(1, 'enrolled'), offered(2, 1), row(3, 'enrolled', { waitlistPosition: 2 })];
			expect(decideAcceptedPlace({ rows: written, claims, seats: { mentee: 2 }, email: 'p2@example.com' })).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
		});
	});

	describe('when the offer is no longer open', () => {
		it('returns nothing to decide for a lapsed or withdrawn person, and enrolled for a replay', () => {
			expect(decideAcceptedPlace({ rows: [row(1, 'lapsed')], claims: [claim(5, 1)], seats: { mentee: 1 }, email: 'p1@example.com' })).toBeUndefined();
			expect(decideAcceptedPlace({ rows: [row(1, 'enrolled')], claims: [claim(5, 1)], seats: { mentee: 1 }, email: 'p1@example.com' })).toEqual({ status: 'enrolled' });
		});

		it('does not count a claim made for an earlier offer of the same person', () => {
			const rows = [offered(1, 1)];
			const earlier = { rowId: 3, claimKey: acceptanceClaimKey('p1@example.com', '2026-04-01T06:00:00.000Z') };
			expect(decideAcceptedPlace({ rows, claims: [earlier], seats: { mentee: 1 }, email: 'p1@example.com' })).toBeUndefined();
		});
	});

	describe('when a brand-new confirmation arrives while the place is offered', () => {
		// Limit 2: row 1 enrolled, row 2 offered the freed place; row 9 confirms before row 2 accepts.
		const rows = (newcomer: string) => [row(1, 'enrolled'), offered(2, 1), row(9, newcomer)];

		it('gives the place to the person offered it, whether the newcomer is still being decided or already waitlisted', () => {
			for (const newcomer of ['confirming', 'waitlisted']) {
				expect(decideAcceptedPlace({ rows: rows(newcomer), claims: [claim(20, 2)], seats: { mentee: 2 }, email: 'p2@example.com' })).toEqual({ status: 'enrolled' });
			}
		});

		it('still refuses the offer when the newcomer was seated before the offer was written (the limit holds)', () => {
			const seatedFirst = [row(1, 'enrolled'), offered(2, 1), row(9, 'enrolled')];
			expect(decideAcceptedPlace({ rows: seatedFirst, claims: [claim(20, 2)], seats: { mentee: 2 }, email: 'p2@example.com' })).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
		});
	});

	it('never enrols more than the limit, and every execution agrees, for any order of claims and reads', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 6 }), fc.infiniteStream(fc.nat()), (enrolled, offers, limit, random) => {
				fc.pre(enrolled <= limit);
				const rows = [...Array.from({ length: enrolled }, (_, i) => row(i + 1, 'enrolled')), ...Array.from({ length: offers }, (_, i) => offered(enrolled + i + 1, i + 1))];
				const claimants = rows.filter((r) => r.status === 'offered').map((r) => r.rowId);
				// Claims are inserted in a random order.
				const order = [...claimants].sort(() => (random.next().value % 2 === 0 ? -1 : 1));
				const claims = order.map((person, index) => claim(100 + index, person));
				// Each execution reads the claims up to its own (at least), possibly more.
				const outcomes = order.map((person, index) => {
					const seen = claims.slice(0, index + 1 + (random.next().value % (claims.length - index)));
					return decideAcceptedPlace({ rows, claims: seen, seats: { mentee: limit }, email: `p${person}@example.com` })!.status;
				});
				const winners = outcomes.filter((status) => status === 'enrolled').length;
				expect(winners).toBe(Math.min(limit - enrolled, offers));
				// The winners are the first claims.
				expect(outcomes.slice(0, winners).every((status) => status === 'enrolled')).toBe(true);
			}),
		);
	});
});
