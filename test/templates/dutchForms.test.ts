import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { parseAnswer } from '../../nodes/core/survey/parseAnswer';
import { SCALES } from '../../nodes/core/survey/scales';
import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { amsterdamPairs, closeSurveyTemplate } from './helpers/surveyTemplates';
import { APPLICATION_COLUMNS, loadTemplate, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, surveyTemplateTables } from './helpers/templates';

interface FormField {
	fieldLabel?: string;
	fieldName?: string;
	fieldType?: string;
	placeholder?: string;
	defaultValue?: string;
	fieldOptions?: { values: Array<{ option: string }> };
}
type Template = ReturnType<typeof loadTemplate>;

const formOf = (workflow: Template, name: string) => {
	const node = workflow.nodes.find((candidate) => candidate.name === name);
	if (!node) throw new Error(`no node ${name}`);
	return node.parameters as unknown as { formTitle: string; formFields: { values: FormField[] }; options: { path: string; buttonLabel?: string } };
};
const without = (row: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));

/** The key n8n's Form Trigger (2.5+) gives an answer: the field name when there is one, else the label. */
const keyOf = (field: FormField) => field.fieldName || field.fieldLabel;

const FORMS = [
	{ file: 'mentorship-enrolment.json', english: 'Application Form', dutch: 'Dutch Application Form', title: 'Doe mee aan het mentorprogramma' },
	{ file: 'mentorship-surveys.json', english: 'Check-In Form', dutch: 'Dutch Check-In Form', title: 'Tussentijdse vragenlijst' },
	{ file: 'mentorship-session-feedback.json', english: 'Session Feedback Form', dutch: 'Dutch Session Feedback Form', title: 'Hoe was je mentorgesprek?' },
	{ file: 'mentorship-end-of-program.json', english: 'End-of-Program Form', dutch: 'Dutch End-of-Program Form', title: 'Terugblik op je mentortraject' },
];

describe.each(FORMS)('the Dutch form of $file', ({ file, english, dutch, title }) => {
	const workflow = loadTemplate(file);
	const [en, nl] = [formOf(workflow, english), formOf(workflow, dutch)];

	it('emits the same answer keys, in the same order, as the English form', () => {
		expect(nl.formFields.values.map(keyOf)).toEqual(en.formFields.values.map(keyOf));
		expect(nl.formFields.values.map((field) => field.fieldType)).toEqual(en.formFields.values.map((field) => field.fieldType));
	});

	it('is served at the English address plus -nl, titled and with a button in Dutch', () => {
		expect(nl.options.path).toBe(`${en.options.path}-nl`);
		expect(nl.formTitle).toBe(title);
		expect(nl.options.buttonLabel).toBe('Versturen');
	});

	it('labels every visible question differently from the English form', () => {
		const visible = (form: typeof en) => form.formFields.values.filter((field) => field.fieldType !== 'hiddenField').map((field) => field.fieldLabel);
		const pairs = visible(nl).map((label, index) => [label, visible(en)[index]]);
		expect(pairs.filter(([dutchLabel, englishLabel]) => dutchLabel === englishLabel)).toEqual([]);
	});

	it('offers options that mean what the English options at the same place mean', () => {
		en.formFields.values.forEach((field, index) => {
			const englishOptions = field.fieldOptions?.values.map((entry) => entry.option) ?? [];
			const dutchOptions = nl.formFields.values[index].fieldOptions?.values.map((entry) => entry.option) ?? [];
			expect(dutchOptions).toHaveLength(englishOptions.length);
			// Every scale the Survey node knows reads the Dutch option as the English one.
			for (const scale of Object.values(SCALES)) {
				dutchOptions.forEach((option, position) => expect([option, parseAnswer(option, { scale })]).toEqual([option, parseAnswer(englishOptions[position], { scale })]));
			}
		});
	});
});

describe('the Dutch application form', () => {
	const workflow = loadTemplate('mentorship-enrolment.json');
	const labels = formOf(workflow, 'Dutch Application Form').formFields.values.map((field) => field.fieldLabel);

	it('asks the questions in Dutch, written out by hand', () => {
		expect(labels.slice(0, 6)).toEqual(['Zakelijk e-mailadres', 'Volledige naam', 'Ik doe mee als', 'Afdeling', 'Tijdzone', 'Talen']);
		expect(labels).toContain('Toestemming');
		const languages = formOf(workflow, 'Dutch Application Form').formFields.values.find((field) => field.fieldName === 'Languages');
		expect(languages?.defaultValue).toBe('Nederlands');
	});

	describe('when the same person applies through the English and through the Dutch form', () => {
		let smtp: LoopbackSmtp;
		beforeEach(async () => (smtp = await startSmtp()));
		afterEach(async () => await smtp.close());

		const answers = (consent: string, languages: string): IDataObject => ({
			'Work email': 'noor.dekker@example.com',
			'Full name': 'Noor Dekker',
			'I want to be': 'Mentee',
			Department: 'Sales',
			'Time zone': 'Europe/Amsterdam',
			Languages: languages,
			'Skills I can offer': '',
			'What do you want to learn': 'negotiation',
			Goals: '',
			'How many mentees can you take': '',
			'Preferred mentors': '',
			Consent: [consent],
			submittedAt: '2026-03-02T10:15:00.000+01:00',
			formMode: 'production',
		});
		const apply = async (form: string, item: IDataObject) => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
			tables.create('mentorship_applications', APPLICATION_COLUMNS);
			tables.create('mentorship_roster', ROSTER_COLUMNS);
			const result = await runWorkflow(workflow, { start: { node: form, items: [item] }, dataTables: tables, credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS }, executionId: 'exec-apply' });
			expect(result.error).toBeUndefined();
			return tables.rows('mentorship_applications').map((row) => without(row, ['id', 'createdAt', 'updatedAt']));
		};

		it('saves the same application, only the language the person gave differing', async () => {
			const english = await apply('Application Form', answers('I agree that my answers are used to match me with a colleague', 'English'));
			const dutch = await apply('Dutch Application Form', answers('Ik geef toestemming om mijn antwoorden te gebruiken om mij aan een collega te koppelen', 'Nederlands'));
			expect(dutch).toHaveLength(1);
			expect(dutch[0]).toMatchObject({ programId: 'mentoring-2026', participantId: 'noor.dekker@example.com', role: 'mentee', status: 'pending', decision: 'enrolled' });
			// The time of applying differs between the two runs; the languages are what each person typed.
			const comparable = (rows: typeof english) => rows.map((row) => without(row, ['languages', 'appliedAt']));
			expect(comparable(dutch)).toEqual(comparable(english));
			expect([english[0].languages, dutch[0].languages]).toEqual(['en', 'nl']);
			// Who applies in Dutch is asked to confirm in Dutch.
			expect(smtp.messages.map((mail) => mail.parsed.subject)).toEqual(['Please confirm your mentoring application', 'Bevestig je aanmelding voor het mentorprogramma']);
		});
	});
});

describe('the Session feedback template in a Dutch program', () => {
	const workflow = withQuickRetries(loadTemplate('mentorship-session-feedback.json'));
	const pairs = amsterdamPairs(2, (index) => (index === 1 ? 'ended' : 'active'));
	const emailOf = (pairIndex: number, role: 'mentor' | 'mentee') => String(pairs[pairIndex][`${role}Email`]).toLowerCase();
	const claimsFor = (pairIndex: number, role: 'mentor' | 'mentee', changes: Partial<TestLinkClaims> = {}): TestLinkClaims => ({
		programId: 'mentoring-2026',
		subject: `${String(pairs[pairIndex].pairId)}:1`,
		person: emailOf(pairIndex, role),
		role,
		purpose: 'sessionFeedback',
		expiresAt: Date.UTC(2026, 2, 17, 15) / 1000,
		...changes,
	});
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS });

	beforeEach(async () => {
		isolateNetwork();
		mockSlack();
		mockGraph();
		smtp = await startSmtp();
		tables = surveyTemplateTables(pairs, [programRow({ language: 'nl' })]);
	});
	afterEach(async () => await closeSurveyTemplate(smtp));

	it('sends each person the Dutch question with a link to the Dutch form', async () => {
		// Session 1 runs Tuesday 3 March 2026, 14:00 to 14:45 UTC; the pulse goes out after it.
		const result = await runWorkflow(workflow, { start: { node: 'Every Hour', items: [{ timestamp: '2026-03-03T15:00:00.000Z' }] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		const [mail, ...more] = smtp.to(emailOf(0, 'mentee'));
		expect(more).toEqual([]);
		expect(mail.parsed.subject).toBe(`Mentoring 2026: hoe nuttig was je sessie met ${String(pairs[0].mentorName)}?`);
		expect(mail.parsed.text).toContain(`https://n8n.example.com/form/mentorship-session-feedback-nl?token=${signTestLink(claimsFor(0, 'mentee'))}`);
	});

	describe('when a Dutch speaker answers on the Dutch form', () => {
		const submit = async (token: string, useful: string) => {
			const item = { token, useful, comment: 'Goed gesprek', submittedAt: '2026-03-04T09:00:00.000+01:00', formMode: 'production', formQueryParameters: { token } };
			const result = await runWorkflow(workflow, { start: { node: 'Dutch Session Feedback Form', items: [item] }, dataTables: tables, credentials: credentials() });
			expect(result.error).toBeUndefined();
			return formPage(workflow, result);
		};

		it('stores the answer as from the English form and thanks them in Dutch', async () => {
			const page = await submit(signTestLink(claimsFor(0, 'mentee')), '4');
			expect(page.title).toBe('Dank je wel');
			expect(page.message).toBe('Je reactie is opgeslagen. Zolang je link geldig is, kun je hem opnieuw openen om hem te wijzigen; het nieuwe antwoord vervangt dit.');
			expect(tables.rows('mentorship_responses').map((row) => [row.respondentId, row.round, row.status, row.quality, row.comment])).toEqual([
				[emailOf(0, 'mentee'), 'session-1', 'scored', 4, 'Goed gesprek'],
			]);
		});

		it('answers a forged link, a closed pair and an unreadable answer in Dutch', async () => {
			expect((await submit(signTestLink(claimsFor(0, 'mentee'), 'a-forger-guessing-the-secret-0123456789'), '4')).title).toBe('Deze link werkt niet');
			expect((await submit(signTestLink(claimsFor(1, 'mentee')), '4')).title).toBe('Deze vragen zijn gesloten');
			const unreadable = await submit(signTestLink(claimsFor(0, 'mentee')), 'heel erg');
			expect([unreadable.title, unreadable.message]).toEqual([
				'Controleer je antwoorden',
				'Je reactie is niet opgeslagen: het antwoord kon niet worden gelezen. Open je link opnieuw om hem nog een keer te versturen.',
			]);
			expect(tables.rows('mentorship_responses').filter((row) => row.status === 'scored')).toEqual([]);
		});
	});
});
