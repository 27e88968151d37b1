import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import { resumeWorkflow } from '../harness/resumeWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { LINK_CREDENTIALS } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { APPLICATION_COLUMNS, loadTemplate, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, sampleOrg } from './helpers/templates';

const workflow = loadTemplate('mentorship-enrolment.json');

describe('the Enrolment template with personal goals', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const applicant = sampleOrg().filter((person) => person.role === 'mentee')[0];
	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });
	/** The form as n8n sends it: every field, the blank ones as empty text. */
	const application = (goals: [string, string, string]): IDataObject => ({
		'Work email': applicant.email,
		'Full name': applicant.name,
		'I want to be': 'Mentee',
		'What do you want to learn': applicant.skillsWanted.join(', '),
		Goals: 'leadership',
		'Goal 1': goals[0],
		'Goal 2': goals[1],
		'Goal 3': goals[2],
		Consent: ['I agree that my answers are used to match me with a colleague'],
		submittedAt: '2026-03-02T10:15:00.000+01:00',
		formMode: 'production',
	});
	const apply = async (goals: [string, string, string]) =>
		await runWorkflow(workflow, { start: { node: 'Application Form', items: [application(goals)] }, dataTables: tables, credentials: credentials(), executionId: 'exec-apply' });

	beforeEach(async () => {
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
		tables.create('mentorship_applications', APPLICATION_COLUMNS);
		tables.create('mentorship_roster', ROSTER_COLUMNS, []);
	});

	afterEach(async () => await smtp.close());

	it('asks for Goal 1, Goal 2 and Goal 3 right after the Goals topics', () => {
		const labels = workflow.nodes.find((node) => node.name === 'Application Form')!.parameters.formFields as { values: Array<{ fieldLabel?: string }> };
		const names = labels.values.map((field) => field.fieldLabel);
		expect(names.slice(names.indexOf('Goals'), names.indexOf('Goals') + 4)).toEqual(['Goals', 'Goal 1', 'Goal 2', 'Goal 3']);
	});

	describe('when a mentee names two goals and confirms', () => {
		it('stores them as a JSON list on the application and the roster row, apart from the goal tags', async () => {
			const waiting = await apply(['Lead my first project  meeting', '', 'Write a design doc']);
			expect(waiting.error).toBeUndefined();
			const [saved] = tables.rows('mentorship_applications');
			expect([saved.goals, saved.menteeGoals]).toEqual(['leadership', '["Lead my first project meeting","Write a design doc"]']);

			const done = await resumeWorkflow(workflow, waiting, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-apply' });
			expect(done.error).toBeUndefined();
			const [row] = tables.rows('mentorship_roster');
			expect([row.status, row.goals, row.menteeGoals]).toEqual(['enrolled', 'leadership', '["Lead my first project meeting","Write a design doc"]']);
		});
	});

	describe('when a mentee names no goal', () => {
		it('saves nothing and tells them a goal is needed', async () => {
			const done = await apply(['', '  ', '']);
			expect(done.error).toBeUndefined();
			expect(tables.rows('mentorship_applications')).toEqual([]);
			const [mail] = smtp.to(applicant.email);
			expect(String(mail.parsed.text).replace(/\s+/g, ' ')).toContain('Goal 1');
		});
	});
});
