import { INTAKE, outputsOf, runIntakeNode } from './intakeWorkflow';

describe('Mentorship Intake', () => {
	describe('when n8n Form Trigger submissions arrive with Dutch and English labels', () => {
		it('enrols each applicant as a normalised participant with answers kept', async () => {
			const result = await runIntakeNode([
				{
					'E-mailadres': ' Sanne.de.Vries@Example.NL ',
					Naam: 'Sanne de Vries',
					'Ik doe mee als': 'Mentee',
					Afdeling: 'Finance',
					Vaardigheden: 'Excel; Onderhandelen, excel',
					Tijdzone: 'europe/amsterdam',
					Talen: ['Nederlands', 'Engels'],
					Toestemming: 'Ja',
					'Waarom wil je meedoen?': 'Ik wil groeien.',
					submittedAt: '2026-03-01T10:00:00.000+01:00',
					formMode: 'production',
				},
			]);
			expect(result.status).toBe('success');
			const { enrolled, waitlisted, rejected } = outputsOf(result);
			expect(waitlisted).toHaveLength(0);
			expect(rejected).toHaveLength(0);
			expect(enrolled).toHaveLength(1);
			// Worked out by hand from the rules in docs/participant.md.
			expect(enrolled[0].json).toMatchObject({
				id: 'sanne.de.vries@example.nl',
				email: 'sanne.de.vries@example.nl',
				name: 'Sanne de Vries',
				role: 'mentee',
				department: 'Finance',
				skillsWanted: ['excel', 'onderhandelen'],
				skillsOffered: [],
				timezone: 'Europe/Amsterdam',
				languages: ['nl', 'en'],
				consent: true,
				capacity: 1,
				status: 'enrolled',
				isUpdate: false,
				source: 'n8nForm',
				answers: { 'Waarom wil je meedoen?': 'Ik wil groeien.', submittedAt: '2026-03-01T10:00:00.000+01:00', formMode: 'production' },
			});
			expect(enrolled[0].pairedItem).toEqual({ item: 0 });
		});
	});

	describe('when a raw Typeform webhook payload arrives through a Webhook node', () => {
		it('flattens the answers by question title and enrols the applicant', async () => {
			const body = {
				event_type: 'form_response',
				form_response: {
					submitted_at: '2026-03-01T08:00:00Z',
					definition: {
						fields: [
							{ id: 'f1', title: 'What is your work email?', type: 'email' },
							{ id: 'f2', title: 'Full name', type: 'short_text' },
							{ id: 'f3', title: 'Do you want to be a mentor or mentee?', type: 'multiple_choice' },
							{ id: 'f4', title: 'Which skills can you offer?', type: 'multiple_choice' },
							{ id: 'f5', title: 'How many mentees can you take?', type: 'number' },
							{ id: 'f6', title: 'I agree to the privacy notice', type: 'yes_no' },
						],
					},
					answers: [
						{ type: 'email', email: 'Lee.Chen@example.com', field: { id: 'f1', type: 'email' } },
						{ type: 'text', text: 'Lee Chen', field: { id: 'f2', type: 'short_text' } },
						{ type: 'choice', choice: { label: 'Mentor' }, field: { id: 'f3', type: 'multiple_choice' } },
						{ type: 'choices', choices: { labels: ['Public Speaking', 'Roadmapping'] }, field: { id: 'f4', type: 'multiple_choice' } },
						{ type: 'number', number: 2, field: { id: 'f5', type: 'number' } },
						{ type: 'boolean', boolean: true, field: { id: 'f6', type: 'yes_no' } },
					],
				},
			};
			const result = await runIntakeNode([{ headers: {}, params: {}, query: {}, body }]);
			const { enrolled, rejected } = outputsOf(result);
			expect(rejected).toHaveLength(0);
			expect(enrolled[0].json).toMatchObject({
				email: 'lee.chen@example.com',
				name: 'Lee Chen',
				role: 'mentor',
				skillsOffered: ['public speaking', 'roadmapping'],
				capacity: 2,
				consent: true,
				source: 'typeform',
			});
		});
	});

	describe('when the node runs', () => {
		it('names its three outputs Enrolled, Waitlisted and Rejected', async () => {
			const result = await runIntakeNode([{ Email: 'a@example.com', Name: 'A', Role: 'mentor', Consent: 'yes' }]);
			expect(result.executedNodes).toContain(INTAKE);
			expect(result.outputs(INTAKE)).toHaveLength(3);
		});
	});
});
