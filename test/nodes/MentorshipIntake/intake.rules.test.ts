import type { IDataObject } from 'n8n-workflow';

import { outputsOf, runIntakeNode } from './intakeWorkflow';

const applicant = (n: number, role: string, extra: IDataObject = {}): IDataObject => ({
	Email: `person${n}@example.com`,
	Name: `Person ${n}`,
	Role: role,
	Consent: 'yes',
	...extra,
});

describe('Mentorship Intake rules', () => {
	describe('when more mentees apply than there are seats', () => {
		it('enrols the first applicants and waitlists the rest in submission order', async () => {
			const submissions = [1, 2, 3, 4, 5].map((n) => applicant(n, 'mentee'));
			submissions.splice(2, 0, applicant(9, 'mentor'));
			const result = await runIntakeNode(submissions, { seats: { mentee: 2 } });
			const { enrolled, waitlisted } = outputsOf(result);
			// Seats: 2 mentees. Person 1 and 2 take them; the mentor (no limit) is enrolled too.
			expect(enrolled.map((item) => item.json.email)).toEqual(['person1@example.com', 'person2@example.com', 'person9@example.com']);
			expect(waitlisted.map((item) => [item.json.email, item.json.waitlistPosition])).toEqual([
				['person3@example.com', 1],
				['person4@example.com', 2],
				['person5@example.com', 3],
			]);
			// Input order: 1, 2, 9 (index 2), 3, 4, 5.
			expect(waitlisted.map((item) => item.pairedItem)).toEqual([{ item: 3 }, { item: 4 }, { item: 5 }]);
		});

		it('counts people already enrolled on the roster against the seats', async () => {
			const roster = [
				{ email: 'old1@example.com', name: 'Old 1', role: 'mentee', status: 'enrolled' },
				{ email: 'old2@example.com', name: 'Old 2', role: 'mentee', status: 'waitlisted', waitlistPosition: 1 },
			];
			const result = await runIntakeNode([applicant(1, 'mentee'), applicant(2, 'mentee')], { seats: { mentee: 2 } }, { roster });
			const { enrolled, waitlisted } = outputsOf(result);
			expect(enrolled.map((item) => item.json.email)).toEqual(['person1@example.com']);
			// Position 1 is taken by Old 2 already.
			expect(waitlisted.map((item) => [item.json.email, item.json.waitlistPosition])).toEqual([['person2@example.com', 2]]);
		});
	});

	describe('when enrolment is invite-only', () => {
		it('enrols invited emails or ids and rejects everyone else with the reason', async () => {
			const result = await runIntakeNode(
				[applicant(1, 'mentee'), applicant(2, 'mentee', { 'Employee ID': 'E77' }), applicant(3, 'mentee')],
				{ enrolmentMode: 'inviteOnly', invitees: 'PERSON1@example.com\nE77' },
			);
			const { enrolled, rejected } = outputsOf(result);
			expect(enrolled.map((item) => item.json.id)).toEqual(['person1@example.com', 'E77']);
			expect(rejected).toHaveLength(1);
			expect(rejected[0].json.reasons).toEqual([
				{ field: 'email', problem: 'is not on the invitation list', expected: 'an invited email address or employee id', received: 'person3@example.com' },
			]);
			expect(rejected[0].pairedItem).toEqual({ item: 2 });
		});
	});

	describe('when enrolment is limited to email domains', () => {
		it('accepts the domains and their subdomains only', async () => {
			const result = await runIntakeNode(
				[
					{ ...applicant(1, 'mentor'), Email: 'a@example.com' },
					{ ...applicant(2, 'mentor'), Email: 'b@nl.example.com' },
					{ ...applicant(3, 'mentor'), Email: 'c@notexample.com' },
					{ ...applicant(4, 'mentor'), Email: 'd@gmail.com' },
				],
				{ enrolmentMode: 'domains', allowedDomains: '@example.com' },
			);
			const { enrolled, rejected } = outputsOf(result);
			expect(enrolled.map((item) => item.json.email)).toEqual(['a@example.com', 'b@nl.example.com']);
			expect(rejected.map((item) => item.json.email)).toEqual(['c@notexample.com', 'd@gmail.com']);
		});
	});

	describe('when a person on the roster applies again', () => {
		it('updates them in place, keeps their status and never wipes a field left empty', async () => {
			const roster = [
				{
					participantId: 'E1',
					id: 17,
					email: 'ann@example.com',
					name: 'Ann Old',
					role: 'mentor',
					department: 'Sales',
					skillsOffered: 'negotiation; sales',
					capacity: 2,
					consent: true,
					status: 'enrolled',
					answers: '{"Motivation":"help others"}',
				},
			];
			const result = await runIntakeNode(
				[{ 'Work email': 'ANN@example.com', Name: 'Ann New', Role: 'mentor', Department: '', 'Skills offered': '', Capacity: '3', Consent: '' }],
				{ seats: { mentor: 1 } },
				{ roster },
			);
			const { enrolled, waitlisted } = outputsOf(result);
			expect(waitlisted).toHaveLength(0);
			expect(enrolled).toHaveLength(1);
			expect(enrolled[0].json).toMatchObject({
				id: 'E1',
				email: 'ann@example.com',
				name: 'Ann New',
				department: 'Sales',
				skillsOffered: ['negotiation', 'sales'],
				capacity: 3,
				consent: true,
				status: 'enrolled',
				isUpdate: true,
				previousStatus: 'enrolled',
			});
			expect(enrolled[0].json.answers).toMatchObject({ Motivation: 'help others' });
		});
	});

	describe('when the same person submits twice in one batch', () => {
		it('uses the later submission merged over the earlier, keeps the first place in the queue and rejects the earlier as superseded', async () => {
			const result = await runIntakeNode(
				[
					applicant(1, 'mentee', { Department: 'Legal', Goals: 'leadership' }),
					applicant(2, 'mentee'),
					applicant(1, 'mentee', { Goals: 'public speaking' }),
				],
				{ seats: { mentee: 1 } },
			);
			const { enrolled, waitlisted, rejected } = outputsOf(result);
			// Person 1 applied first (item 0), so keeps the only seat although the item used is item 2.
			expect(enrolled.map((item) => [item.json.email, item.pairedItem])).toEqual([['person1@example.com', { item: 2 }]]);
			expect(waitlisted.map((item) => [item.json.email, item.pairedItem])).toEqual([['person2@example.com', { item: 1 }]]);
			expect(enrolled[0].json).toMatchObject({ department: 'Legal', goals: ['public speaking'] });
			expect(rejected).toHaveLength(1);
			expect(rejected[0].pairedItem).toEqual({ item: 0 });
			expect(rejected[0].json.rejectionKind).toBe('duplicate');
		});
	});

	describe('when HRIS rows are connected', () => {
		it('takes department, manager, level and hire date from the HRIS by email and fills an empty time zone', async () => {
			const hris = [
				{ id: '1042', workEmail: 'Person1@Example.com', displayName: 'P. One', department: 'Engineering', supervisorEId: '7', jobTitle: 'Engineer', hireDate: '2021-09-01', level: 'L4', location: 'Amsterdam', timezone: 'Europe/Amsterdam' },
				{ id: '7', workEmail: 'boss@example.com', displayName: 'Boss', department: 'Engineering' },
			];
			const result = await runIntakeNode(
				[applicant(1, 'mentee', { Department: 'Typo Dept' }), applicant(2, 'mentee', { Timezone: 'Asia/Tokyo' })],
				{},
				{ hris },
			);
			const { enrolled } = outputsOf(result);
			expect(enrolled[0].json).toMatchObject({
				id: '1042',
				name: 'Person 1',
				department: 'Engineering',
				managerId: '7',
				title: 'Engineer',
				level: 4,
				hireDate: '2021-09-01',
				location: 'Amsterdam',
				timezone: 'Europe/Amsterdam',
				hrisMatched: true,
			});
			expect(enrolled[1].json).toMatchObject({ id: 'person2@example.com', timezone: 'Asia/Tokyo', hrisMatched: false });
		});
	});

	describe('when applications arrive after the deadline', () => {
		it('rejects new applicants but accepts updates of enrolled people', async () => {
			const roster = [{ email: 'person2@example.com', name: 'P2', role: 'mentee', status: 'enrolled' }];
			const result = await runIntakeNode(
				[
					applicant(1, 'mentee', { submittedAt: '2026-02-28T23:59:00Z', formMode: 'production' }),
					applicant(2, 'mentee', { submittedAt: '2026-03-01T08:00:00Z', formMode: 'production' }),
					applicant(3, 'mentee', { submittedAt: '2026-03-01T08:00:00Z', formMode: 'production' }),
				],
				{ deadline: '2026-03-01T00:00:00Z' },
				{ roster },
			);
			const { enrolled, rejected } = outputsOf(result);
			expect(enrolled.map((item) => item.json.email)).toEqual(['person1@example.com', 'person2@example.com']);
			expect(rejected.map((item) => item.json.email)).toEqual(['person3@example.com']);
			expect((rejected[0].json.reasons as Array<{ field: string }>)[0].field).toBe('submittedAt');
		});
	});

	describe('when consent is required and missing', () => {
		it('rejects the applicant and names the consent field', async () => {
			const result = await runIntakeNode([{ Email: 'x@example.com', Name: 'X', Role: 'mentee' }]);
			const { rejected } = outputsOf(result);
			expect(rejected[0].json.reasons).toEqual([
				{ field: 'consent', problem: 'was not given', expected: "agreement to the program's privacy terms (yes)" },
			]);
		});
	});
});
