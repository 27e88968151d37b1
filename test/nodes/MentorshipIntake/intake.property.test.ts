import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { outputsOf, runIntakeNode } from './intakeWorkflow';

/** Submissions drawn from a small pool of people so duplicates and roster hits are frequent. */
const submission = fc.record(
	{
		Email: fc.oneof(fc.constantFrom('a@example.com', 'B@example.com', 'c@example.org', 'bad-email', ''), fc.string()),
		Name: fc.oneof(fc.constantFrom('Ann', 'Bo', '<b>x</b>', ''), fc.string({ maxLength: 300 })),
		Role: fc.constantFrom('mentor', 'mentee', 'both', 'beide', 'pilot', ''),
		Consent: fc.constantFrom('yes', 'nee', '', 'maybe'),
		Capacity: fc.oneof(fc.integer({ min: -2, max: 200 }), fc.constantFrom('2', 'lots', '')),
		Tijdzone: fc.constantFrom('Europe/Amsterdam', 'asia/tokyo', 'Nowhere/City', ''),
		Vaardigheden: fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), fc.string({ maxLength: 40 })),
	},
	{ requiredKeys: [] },
) as fc.Arbitrary<IDataObject>;

const rosterRow = fc.record({
	email: fc.constantFrom('a@example.com', 'b@example.com', 'z@example.com'),
	name: fc.constant('Roster Person'),
	role: fc.constantFrom('mentor', 'mentee'),
	status: fc.constantFrom('enrolled', 'waitlisted', 'withdrawn', ''),
}) as fc.Arbitrary<IDataObject>;

describe('Mentorship Intake, for any batch of submissions', () => {
	it('puts every input item in exactly one output, once', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(submission, { maxLength: 12 }),
				fc.array(rosterRow, { maxLength: 4 }),
				fc.record({ mentor: fc.nat(3), mentee: fc.nat(3), both: fc.nat(3) }),
				async (submissions, roster, seats) => {
					const result = await runIntakeNode(submissions, { seats }, { roster, continueOnFail: true });
					expect(result.status).toBe('success');
					const { enrolled, waitlisted, rejected } = outputsOf(result);
					const seen = [...enrolled, ...waitlisted, ...rejected].map((item) => (item.pairedItem as { item: number }).item);
					expect(seen.sort((a, b) => a - b)).toEqual(submissions.map((_, index) => index));
					// No person is enrolled or waitlisted twice.
					const people = [...enrolled, ...waitlisted].map((item) => item.json.email);
					expect(new Set(people).size).toBe(people.length);
					// Seats are never exceeded by new enrolments.
					for (const role of ['mentor', 'mentee', 'both'] as const) {
						const limit = seats[role];
						const fresh = enrolled.filter((item) => item.json.role === role && !item.json.isUpdate).length;
						const onRoster = new Set(roster.filter((row) => row.role === role && (row.status === 'enrolled' || row.status === '')).map((row) => row.email)).size;
						if (limit > 0) expect(fresh).toBeLessThanOrEqual(Math.max(0, limit - onRoster));
					}
				},
			),
			{ numRuns: 60, seed: 20261127 },
		);
	});
});
