import '../helpers/esmModules';

import { InMemoryDataTables } from '../../harness/dataTables';
import { runWorkflow } from '../../harness/runWorkflow';
import { LANGUAGE_CASES, loopbackMailPerTest } from '../helpers/languages';
import { LINK_CREDENTIALS } from '../helpers/links';
import { loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, RESPONSE_COLUMNS, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from '../helpers/templates';

const workflow = loadTemplate('mentorship-program-close.json');
/** The program (start 2 March 2026, 6 months) ends on Wednesday 2 September 2026. */
const LAST_DAY = '2026-09-02T07:00:00.000Z';
const FORM = { en: 'https://n8n.example.com/form/mentorship-end-of-program?token=', nl: 'https://n8n.example.com/form/mentorship-end-of-program-nl?token=' };

describe('the Program Close template messages', () => {
	const mentor = sampleOrg().find((person) => person.role === 'mentor')!;
	const mentee = sampleOrg().find((person) => person.role === 'mentee')!;

	/** Written by hand from the catalogue's sentences. */
	const expectedSubjects = {
		nl: [`Bedankt voor je inzet als mentor, ${mentor.name}`, `Je mentorkoppel met ${mentee.name} is afgerond`],
		en: [`Thank you for mentoring, ${mentor.name}`, `Your mentoring pair with ${mentee.name} has come to its end`],
	};
	const expectedEnd = { nl: 'op 2 september 2026 afgelopen', en: 'ended on 2026-09-02' };

	const inbox = loopbackMailPerTest();

	/** Closes the one-pair program on its last day, both people reading the given languages. */
	async function closeOnLastDay(languages: string, programLanguage: string) {
		const tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', [...PAIR_COLUMNS, { name: 'completedAt', type: 'string' }], [pairRow(mentor, mentee, 'email')]);
		tables.create('mentorship_roster', ROSTER_COLUMNS, [{ ...rosterRow(mentor, 'enrolled'), languages }, { ...rosterRow(mentee, 'enrolled'), languages }]);
		tables.create('mentorship_responses', RESPONSE_COLUMNS);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ language: programLanguage })]);
		return await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: LAST_DAY }] }, dataTables: tables, credentials: { smtp: inbox().credential, ...LINK_CREDENTIALS } });
	}

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		it('sends the closing message and the mentor thank-you in that language', async () => {
			const result = await closeOnLastDay(languages, programLanguage);

			expect(result.error).toBeUndefined();
			const toMentor = inbox().to(mentor.email).map((mail) => String(mail.parsed.subject)).sort();
			expect(toMentor).toEqual([...expectedSubjects[expected]].sort());
			const [closing] = inbox().to(mentee.email);
			expect(String(closing.parsed.text).replace(/\s+/g, ' ')).toContain(expectedEnd[expected]);
		});

		it('opens the end-of-program survey form in the language of the message', async () => {
			const result = await closeOnLastDay(languages, programLanguage);

			expect(result.error).toBeUndefined();
			const [closing] = inbox().to(mentee.email);
			const text = String(closing.parsed.text);
			expect(text).toContain(FORM[expected]);
			expect(text).not.toContain(FORM[expected === 'en' ? 'nl' : 'en']);
		});
	});
});
