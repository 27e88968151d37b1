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

describe('the end-of-program survey link in the closing message', () => {
	const mentor = sampleOrg().find((person) => person.role === 'mentor')!;
	const mentee = sampleOrg().find((person) => person.role === 'mentee')!;
	const inbox = loopbackMailPerTest();

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		it('opens the survey form in the language of the message', async () => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_pairs', [...PAIR_COLUMNS, { name: 'completedAt', type: 'string' }], [pairRow(mentor, mentee, 'email')]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [{ ...rosterRow(mentor, 'enrolled'), languages }, { ...rosterRow(mentee, 'enrolled'), languages }]);
			tables.create('mentorship_responses', RESPONSE_COLUMNS);
			tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ language: programLanguage })]);

			const result = await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: LAST_DAY }] }, dataTables: tables, credentials: { smtp: inbox().credential, ...LINK_CREDENTIALS } });

			expect(result.error).toBeUndefined();
			const [closing] = inbox().to(mentee.email);
			const text = String(closing.parsed.text);
			expect(text).toContain(FORM[expected]);
			expect(text).not.toContain(FORM[expected === 'en' ? 'nl' : 'en']);
		});
	});
});
