import fc from 'fast-check';

import { decideFromLedger } from '../../../nodes/core/intake/seatLedger';
import type { AcceptanceClaim, PlaceRow } from '../../../nodes/core/lifecycle';
import { acceptanceClaimKey, decideAcceptedPlace } from '../../../nodes/core/lifecycle';

const DEADLINE = '2026-05-07T09:00:00.000Z';

/**
 * The acceptance race of issue 15, as concurrent executions over one roster: people offered a
 * freed place accept (insert a claim, read, decide, write) while brand-new applicants confirm
 * (insert a `confirming` row, read, decide, write), every step of every execution shuffled.
 * Expected, worked out without the code: every open offer holds its place, so all the people
 * offered a place get it; newcomers get only the places beyond the enrolled and the offers,
 * in insert order; the rest wait behind the waitlist; the limit is never passed.
 */
describe('open place offers racing brand-new confirmations', () => {
	it('seats everyone offered a place, gives newcomers only the places no offer holds, and never passes the limit', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 4 }),
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 0, max: 2 }),
				fc.integer({ min: 1, max: 6 }),
				fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
				(enrolled, offers, spare, newcomers, schedule) => {
					const limit = enrolled + offers + spare;
					const rows: PlaceRow[] = [];
					let nextRow = 1;
					for (let i = 0; i < enrolled; i += 1) rows.push({ rowId: nextRow++, email: `e${i}@x.nl`, role: 'mentee', status: 'enrolled' });
					for (let i = 0; i < offers; i += 1) rows.push({ rowId: nextRow++, email: `o${i}@x.nl`, role: 'mentee', status: 'offered', waitlistPosition: i + 1, offerExpiresAt: DEADLINE });
					const claims: AcceptanceClaim[] = [];
					let nextClaim = 1000;

					type Execution = { kind: 'accept' | 'confirm'; email: string; step: number; rowId?: number; outcome?: { status: string; waitlistPosition?: number } };
					const executions: Execution[] = [
						...Array.from({ length: offers }, (_, i) => ({ kind: 'accept' as const, email: `o${i}@x.nl`, step: 0 })),
						...Array.from({ length: newcomers }, (_, i) => ({ kind: 'confirm' as const, email: `n${i}@x.nl`, step: 0 })),
					];
					const ledger = () => rows.map((row) => ({ rowId: row.rowId, personKey: row.email, role: row.role, status: row.status, ...(row.waitlistPosition ? { waitlistPosition: row.waitlistPosition } : {}) }));
					for (let turn = 0; executions.some((e) => e.step < 3); turn += 1) {
						const open = executions.filter((e) => e.step < 3);
						const exec = open[(schedule[turn % schedule.length] + turn) % open.length];
						if (exec.step === 0) {
							if (exec.kind === 'accept') claims.push({ rowId: nextClaim++, claimKey: acceptanceClaimKey(exec.email, DEADLINE) });
							else {
								exec.rowId = nextRow++;
								rows.push({ rowId: exec.rowId, email: exec.email, role: 'mentee', status: 'confirming' });
							}
						} else if (exec.step === 1) {
							exec.outcome =
								exec.kind === 'accept'
									? decideAcceptedPlace({ rows: rows.map((row) => ({ ...row })), claims: [...claims], seats: { mentee: limit }, email: exec.email })
									: decideFromLedger({ rows: ledger(), rowId: exec.rowId!, seats: { mentee: limit } });
						} else {
							const row = rows.find((candidate) => candidate.email === exec.email)!;
							row.status = exec.outcome!.status;
							// As the templates write it: an accepted place keeps the person's old position (Write Place), a newcomer's place has none.
							if (exec.outcome!.status !== 'enrolled') row.waitlistPosition = exec.outcome!.waitlistPosition;
							else if (exec.kind === 'confirm') row.waitlistPosition = undefined;
						}
						exec.step += 1;
						expect(rows.filter((row) => row.status === 'enrolled').length).toBeLessThanOrEqual(limit);
					}

					const statusOf = (email: string) => rows.find((row) => row.email === email)!.status;
					for (let i = 0; i < offers; i += 1) expect([`o${i}`, statusOf(`o${i}@x.nl`)]).toEqual([`o${i}`, 'enrolled']);
					const byInsert = rows.filter((row) => row.email.startsWith('n')).sort((a, b) => a.rowId - b.rowId);
					const seated = Math.min(spare, newcomers);
					expect(byInsert.map((row) => row.status)).toEqual(byInsert.map((_, i) => (i < seated ? 'enrolled' : 'waitlisted')));
					// Newcomers wait behind the positions the offered people held.
					expect(byInsert.slice(seated).map((row) => row.waitlistPosition)).toEqual(byInsert.slice(seated).map((_, i) => offers + i + 1));
					expect(rows.filter((row) => row.status === 'enrolled')).toHaveLength(enrolled + offers + seated);
				},
			),
			{ numRuns: 300 },
		);
	});
});
