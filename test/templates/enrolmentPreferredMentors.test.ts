import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import { resumeWorkflow } from '../harness/resumeWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { LINK_CREDENTIALS } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { APPLICATION_COLUMNS, loadTemplate, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg } from './helpers/templates';

const workflow = loadTemplate('mentorship-enrolment.json');

describe('the Enrolment template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const [mentorAnn, mentorBen, mentorCora] = sampleOrg().filter((person) => person.role === 'mentor');
	const applicant = sampleOrg().filter((person) => person.role === 'mentee')[0];
	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });
	/** The form as a mentee fills it in, with the optional "Preferred mentors" field. */
	const application = (preferred: string): IDataObject => ({
		'Work email': applicant.email,
		'Full name': applicant.name,
		'I want to be': 'Mentee',
		'What do you want to learn': applicant.skillsWanted.join(', '),
		'Preferred mentors': preferred,
		Consent: ['I agree that my answers are used to match me with a colleague'],
		submittedAt: '2026-03-02T10:15:00.000+01:00',
		formMode: 'production',
	});

	beforeEach(async () => {
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
		tables.create('mentorship_applications', APPLICATION_COLUMNS);
		// Ann and Ben mentor in this program; Cora is on the roster of another program only.
		tables.create('mentorship_roster', ROSTER_COLUMNS, [rosterRow(mentorAnn, 'enrolled'), rosterRow(mentorBen, 'enrolled'), rosterRow(mentorCora, 'enrolled', 'coffee')]);
	});

	afterEach(async () => await smtp.close());

	describe('when a mentee names preferred mentors by name and by email', () => {
		it('keeps the mentors found as nominations, in order, and tells the applicant which names it could not find', async () => {
			const typed = `${mentorBen.name.toUpperCase()}, Nobody Atall; ${mentorAnn.email}, ${mentorCora.name}`;
			const waiting = await runWorkflow(workflow, { start: { node: 'Application Form', items: [application(typed)] }, dataTables: tables, credentials: credentials(), executionId: 'exec-apply' });

			expect(waiting.error).toBeUndefined();
			const [saved] = tables.rows('mentorship_applications');
			expect(saved.nominations).toBe(`${mentorBen.email.toLowerCase()}, ${mentorAnn.email.toLowerCase()}`);
			const [mail] = smtp.to(applicant.email);
			// The email's text part is wrapped at 80 columns.
			const text = String(mail.parsed.text).replace(/\s+/g, ' ');
			expect(text).toContain('About your preferred mentors: "Nobody Atall" is not the name or email of a mentor in this program;');
			expect(text).toContain(`"${mentorCora.name}" is not the name or email of a mentor in this program.`);
			expect(text).not.toContain(mentorBen.name);

			const done = await resumeWorkflow(workflow, waiting, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-apply' });
			expect(done.error).toBeUndefined();
			const [row] = tables.rows('mentorship_roster').filter((entry) => entry.email === applicant.email);
			expect([row.status, row.nominations]).toEqual(['enrolled', `${mentorBen.email.toLowerCase()}, ${mentorAnn.email.toLowerCase()}`]);
		});
	});

	describe('when every preferred mentor is found, or none is named', () => {
		it.each([['no name', ''], ['the name of a mentor of the program', 'ann']])('says nothing about preferred mentors when the field holds %s', async (_, which) => {
			const typed = which === 'ann' ? mentorAnn.name : '';
			const waiting = await runWorkflow(workflow, { start: { node: 'Application Form', items: [application(typed)] }, dataTables: tables, credentials: credentials(), executionId: 'exec-plain' });
			expect(waiting.error).toBeUndefined();
			expect(String(smtp.to(applicant.email)[0].parsed.text)).not.toContain('preferred mentors');
			expect(tables.rows('mentorship_applications')[0].nominations).toBe(typed === '' ? '' : mentorAnn.email.toLowerCase());
		});
	});
});
