import '../helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../../harness/dataTables';
import { resumeWorkflow } from '../../harness/resumeWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';
import { LANGUAGE_CASES } from '../helpers/languages';
import { LINK_CREDENTIALS } from '../helpers/links';
import type { LoopbackSmtp } from '../helpers/smtp';
import { startSmtp } from '../helpers/smtp';
import { APPLICATION_COLUMNS, loadTemplate, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS } from '../helpers/templates';

const workflow = loadTemplate('mentorship-enrolment.json');
const CONSENT = 'I agree that my answers are used to match me with a colleague';

/** Written by hand from the catalogue's sentences. */
const SUBJECTS = {
	nl: { confirm: 'Bevestig je aanmelding voor het mentorprogramma', enrolled: 'Je bent ingeschreven voor het mentorprogramma', about: 'Over je aanmelding voor het mentorprogramma' },
	en: { confirm: 'Please confirm your mentoring application', enrolled: 'You are enrolled in the mentoring program', about: 'About your mentoring application' },
};

function application(languages: string, overrides: IDataObject = {}): IDataObject {
	return {
		'Work email': 'sanne@example.com',
		'Full name': 'Sanne de Vries',
		'I want to be': 'Mentee',
		Department: 'Finance',
		'Time zone': 'Europe/Amsterdam',
		Languages: languages,
		'What do you want to learn': 'budgeting',
		Goals: 'grow',
		Consent: [CONSENT],
		submittedAt: '2026-03-02T10:15:00.000+01:00',
		formMode: 'production',
		...overrides,
	};
}

describe('the Enrolment template emails', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });

	beforeEach(async () => {
		smtp = await startSmtp();
	});

	afterEach(async () => await smtp.close());

	const setUp = (programLanguage: string) => {
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [
			programRow({ language: programLanguage }),
			programRow({ programId: 'mentoring-2025', name: 'Mentoring 2025', start: '2025-03-03', status: 'closed', language: programLanguage }),
		]);
		tables.create('mentorship_applications', APPLICATION_COLUMNS);
		tables.create('mentorship_roster', ROSTER_COLUMNS);
	};
	const submit = async (items: IDataObject[], executionId: string) =>
		await runWorkflow(workflow, { start: { node: 'Application Form', items }, dataTables: tables, credentials: credentials(), executionId });

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		it('asks to confirm, with its button, and tells the place in that language', async () => {
			setUp(programLanguage);
			const waiting = await submit([application(languages)], 'exec-apply');
			expect(waiting.status).toBe('waiting');
			const done = await resumeWorkflow(workflow, waiting, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-apply' });

			expect(done.error).toBeUndefined();
			const mails = smtp.to('sanne@example.com');
			expect(mails.map((mail) => mail.parsed.subject)).toEqual([SUBJECTS[expected].confirm, SUBJECTS[expected].enrolled]);
			expect(String(mails[0].parsed.html)).toContain(expected === 'nl' ? 'Mijn aanmelding bevestigen' : 'Confirm my application');
		});

		it('explains a refused application in that language', async () => {
			setUp(programLanguage);
			await submit([application(languages, { Consent: [] })], 'exec-no-consent');

			expect(smtp.to('sanne@example.com').map((mail) => mail.parsed.subject)).toEqual([SUBJECTS[expected].about]);
		});

		it('explains a closed program in that language', async () => {
			setUp(programLanguage);
			await submit([application(languages, { program: 'mentoring-2025' })], 'exec-closed');

			const [mail] = smtp.to('sanne@example.com');
			expect(mail.parsed.subject).toBe(SUBJECTS[expected].about);
			expect(mail.parsed.text).toContain(expected === 'nl' ? 'Het programma "mentoring-2025" neemt op dit moment geen aanmeldingen aan' : 'The program "mentoring-2025" does not take applications now');
		});
	});
});
