import { outputsOf, runIntakeNode } from './intakeWorkflow';

const application = (email: string, rosterRowId: number) => ({
	email,
	name: email.split('@')[0],
	role: 'mentee',
	consent: true,
	programId: 'p1',
	rosterRowId,
});
const row = (id: number, email: string, status: string, programId = 'p1') => ({ id, email, name: email.split('@')[0], role: 'mentee', status, programId, participantId: email });

describe('Mentorship Intake with a Confirmation Row Field', () => {
	const parameters = { programId: 'p1', seats: { mentee: 2 }, options: { confirmationRowField: 'rosterRowId' } };
	// One place left (two seats, one taken); Ann's confirmation reached the roster before Bob's.
	const roster = [row(1, 'old@x.nl', 'enrolled'), row(5, 'ann@x.nl', 'confirming'), row(6, 'bob@x.nl', 'confirming'), row(7, 'ann@x.nl', 'enrolled', 'p2')];

	describe('when two confirmations compete for the last place', () => {
		it('gives it to the earlier row and waitlists the later, naming the rows to write', async () => {
			const result = await runIntakeNode([application('bob@x.nl', 6), application('ann@x.nl', 5)], parameters, { roster });
			const { enrolled, waitlisted, rejected } = outputsOf(result);

			expect(rejected).toEqual([]);
			expect(enrolled.map((item) => [item.json.email, item.json.rosterRowId, item.pairedItem])).toEqual([['ann@x.nl', 5, { item: 1 }]]);
			expect(waitlisted.map((item) => [item.json.email, item.json.rosterRowId, item.json.waitlistPosition, item.pairedItem])).toEqual([['bob@x.nl', 6, 1, { item: 0 }]]);
			// The row id is bookkeeping, not an answer.
			expect(enrolled[0].json.answers).not.toHaveProperty('rosterRowId');
		});
	});

	describe('when the row id names no confirming row of the program', () => {
		it('rejects the confirmation with the field named, and decides the others', async () => {
			const result = await runIntakeNode([application('cas@x.nl', 99), application('ann@x.nl', 5)], parameters, { roster });
			const { enrolled, rejected } = outputsOf(result);

			expect(enrolled.map((item) => item.json.email)).toEqual(['ann@x.nl']);
			expect(rejected).toHaveLength(1);
			expect(rejected[0].pairedItem).toEqual({ item: 0 });
			expect(rejected[0].json).toEqual(
				expect.objectContaining({ email: 'cas@x.nl', rejectionKind: 'invalid', reasons: [expect.objectContaining({ field: 'rosterRowId', received: '99' })] }),
			);
		});
	});
});
