import fc from 'fast-check';

import type { LedgerRow } from '../../../nodes/core/intake/seatLedger';
import { decideFromLedger } from '../../../nodes/core/intake/seatLedger';

const row = (rowId: number, person: string, status: string, extra: Partial<LedgerRow> = {}): LedgerRow => ({
	rowId,
	personKey: `p|${person}`,
	role: 'mentee',
	status,
	...extra,
});

describe('decideFromLedger', () => {
	describe('when one place is left and two people confirm', () => {
		const rows = [row(1, 'old@x.nl', 'enrolled'), row(7, 'ann@x.nl', 'confirming'), row(8, 'bob@x.nl', 'confirming')];

		it('gives the place to the earlier row, whoever decides first', () => {
			expect(decideFromLedger({ rows, rowId: 8, seats: { mentee: 2 } })).toEqual({ status: 'waitlisted', waitlistPosition: 1, rosterRowId: 8 });
			expect(decideFromLedger({ rows, rowId: 7, seats: { mentee: 2 } })).toEqual({ status: 'enrolled', rosterRowId: 7 });
		});
	});

	describe('when the earlier confirmation has already written its decision', () => {
		it('counts it as it was decided', () => {
			const rows = [row(1, 'old@x.nl', 'enrolled'), row(7, 'ann@x.nl', 'enrolled'), row(8, 'bob@x.nl', 'confirming')];
			expect(decideFromLedger({ rows, rowId: 8, seats: { mentee: 2 } })).toEqual({ status: 'waitlisted', waitlistPosition: 1, rosterRowId: 8 });
		});
	});

	describe('when the same person confirms twice', () => {
		it('merges the second row into the first, which keeps its place', () => {
			const rows = [row(7, 'ann@x.nl', 'confirming'), row(8, 'ann@x.nl', 'confirming'), row(9, 'bob@x.nl', 'confirming')];
			expect(decideFromLedger({ rows, rowId: 8, seats: { mentee: 1 } })).toEqual({ status: 'enrolled', rosterRowId: 7, duplicateRowId: 8 });
			// Ann's second row took no place: Bob is first on the waitlist.
			expect(decideFromLedger({ rows, rowId: 9, seats: { mentee: 1 } })).toEqual({ status: 'waitlisted', waitlistPosition: 1, rosterRowId: 9 });
		});
	});

	describe('when an enrolled person confirms a new application', () => {
		it('keeps their place on their own row and deletes the new one', () => {
			const rows = [row(3, 'ann@x.nl', 'enrolled'), row(9, 'ann@x.nl', 'confirming')];
			expect(decideFromLedger({ rows, rowId: 9, seats: { mentee: 1 } })).toEqual({ status: 'enrolled', rosterRowId: 3, duplicateRowId: 9 });
		});
	});

	describe('when someone who left comes back', () => {
		it('writes the decision to their old row and takes a free place', () => {
			const rows = [row(3, 'ann@x.nl', 'ended'), row(4, 'bob@x.nl', 'enrolled'), row(9, 'ann@x.nl', 'confirming')];
			expect(decideFromLedger({ rows, rowId: 9, seats: { mentee: 2 } })).toEqual({ status: 'enrolled', rosterRowId: 3, duplicateRowId: 9 });
		});
	});

	describe('when the row is not a place-holding row', () => {
		it('decides nothing', () => {
			expect(decideFromLedger({ rows: [row(3, 'ann@x.nl', 'ended')], rowId: 3 })).toBeUndefined();
			expect(decideFromLedger({ rows: [row(3, 'ann@x.nl', 'confirming')], rowId: 4 })).toBeUndefined();
		});
	});

	describe('when a confirmation is decided again', () => {
		it('answers with the decision already written', () => {
			const rows = [row(3, 'ann@x.nl', 'waitlisted', { waitlistPosition: 2 })];
			expect(decideFromLedger({ rows, rowId: 3, seats: { mentee: 1 } })).toEqual({ status: 'waitlisted', waitlistPosition: 2, rosterRowId: 3 });
		});
	});

	describe('when a freed place is offered to the first on the waitlist', () => {
		// Limit 2: ann holds one place, the other was freed and offered to wai (waitlist position 1).
		const rows = [row(1, 'ann@x.nl', 'enrolled'), row(2, 'wai@x.nl', 'offered', { waitlistPosition: 1 }), row(3, 'two@x.nl', 'waitlisted', { waitlistPosition: 2 }), row(9, 'new@x.nl', 'confirming')];

		it('holds it for them: a brand-new confirmation is waitlisted behind everyone already waiting', () => {
			// Taken: ann + the open offer = 2 of 2; positions 1 (offered) and 2 are given, so the newcomer is 3.
			expect(decideFromLedger({ rows, rowId: 9, seats: { mentee: 2 } })).toEqual({ status: 'waitlisted', waitlistPosition: 3, rosterRowId: 9 });
		});

		it('gives the newcomer a place only when there is one beyond the offer', () => {
			// Limit 3: ann + the offer = 2, one place left.
			expect(decideFromLedger({ rows, rowId: 9, seats: { mentee: 3 } })).toEqual({ status: 'enrolled', rosterRowId: 9 });
		});

		it('lets the place go to confirmations again once the offer has lapsed and nobody else waits', () => {
			const lapsed = [row(1, 'ann@x.nl', 'enrolled'), row(2, 'wai@x.nl', 'lapsed', { waitlistPosition: 1 }), row(9, 'new@x.nl', 'confirming')];
			expect(decideFromLedger({ rows: lapsed, rowId: 9, seats: { mentee: 2 } })).toEqual({ status: 'enrolled', rosterRowId: 9 });
		});

		it("counts an offer of another role against that role's limit only", () => {
			const mentorOffer = [row(1, 'ann@x.nl', 'enrolled'), row(2, 'men@x.nl', 'offered', { role: 'mentor', waitlistPosition: 1 }), row(9, 'new@x.nl', 'confirming')];
			expect(decideFromLedger({ rows: mentorOffer, rowId: 9, seats: { mentee: 2, mentor: 1 } })).toEqual({ status: 'enrolled', rosterRowId: 9 });
		});
	});

	describe('when confirmations of several executions interleave in any order', () => {
		/**
		 * Each execution inserts its confirming row, later reads the whole ledger and decides,
		 * later writes its decision; the steps of all executions are shuffled. The store hands
		 * out ids at insert and shows every insert at once (n8n's Data Tables on SQLite and the
		 * harness). Expected, worked out without the ledger: places go to the distinct people
		 * in insert order until the seats are full, the rest wait in that order.
		 */
		it('never gives more places than there are and agrees with insert order', () => {
			fc.assert(
				fc.property(
					fc.integer({ min: 0, max: 4 }),
					fc.integer({ min: 1, max: 6 }),
					fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 10 }),
					fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
					(alreadyEnrolled, seats, people, schedule) => {
						const ledger: LedgerRow[] = [];
						let nextId = 1;
						for (let i = 0; i < alreadyEnrolled; i += 1) ledger.push(row(nextId++, `old${i}@x.nl`, 'enrolled'));
						const step = people.map(() => 0);
						const own = people.map(() => 0);
						const decisions = people.map(() => undefined as ReturnType<typeof decideFromLedger>);
						const pending = () => people.map((_, i) => i).filter((i) => step[i] < 3);
						for (let turn = 0; pending().length > 0; turn += 1) {
							const open = pending();
							const exec = open[(schedule[turn % schedule.length] + turn) % open.length];
							if (step[exec] === 0) {
								own[exec] = nextId++;
								ledger.push(row(own[exec], `p${people[exec]}@x.nl`, 'confirming'));
							} else if (step[exec] === 1) {
								decisions[exec] = decideFromLedger({ rows: ledger.map((r) => ({ ...r })), rowId: own[exec], seats: { mentee: seats } });
							} else {
								const decision = decisions[exec]!;
								const target = ledger.find((r) => r.rowId === decision.rosterRowId)!;
								target.status = decision.status;
								target.waitlistPosition = decision.waitlistPosition;
								if (decision.duplicateRowId) ledger.splice(ledger.findIndex((r) => r.rowId === decision.duplicateRowId), 1);
							}
							step[exec] += 1;
						}

						const insertOrder = people.map((person, exec) => ({ person, at: own[exec] })).sort((a, b) => a.at - b.at);
						const distinct = [...new Set(insertOrder.map((entry) => entry.person))];
						const free = Math.max(0, seats - alreadyEnrolled);
						const expectedEnrolled = distinct.slice(0, free).map((person) => `p|p${person}@x.nl`);
						const expectedWaiting = distinct.slice(free).map((person) => `p|p${person}@x.nl`);

						const enrolled = ledger.filter((r) => r.status === 'enrolled' && r.personKey.startsWith('p|p'));
						const waiting = ledger.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
						expect(ledger.filter((r) => r.status === 'enrolled').length).toBeLessThanOrEqual(Math.max(seats, alreadyEnrolled));
						expect(enrolled.map((r) => r.personKey).sort()).toEqual([...expectedEnrolled].sort());
						expect(waiting.map((r) => r.personKey)).toEqual(expectedWaiting);
						expect(waiting.map((r) => r.waitlistPosition)).toEqual(expectedWaiting.map((_, i) => i + 1));
						// One row per person: double submits were merged.
						expect(new Set(ledger.map((r) => r.personKey)).size).toBe(ledger.length);
					},
				),
				{ numRuns: 300 },
			);
		});
	});
});
