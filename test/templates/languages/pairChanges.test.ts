import '../helpers/esmModules';

import { InMemoryDataTables } from '../../harness/dataTables';
import { runWorkflow } from '../../harness/runWorkflow';
import { formPage } from '../helpers/formPages';
import { LANGUAGE_CASES, loopbackMailPerTest } from '../helpers/languages';
import { LINK_CREDENTIALS, signTestLink } from '../helpers/links';
import { loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from '../helpers/templates';

const workflow = loadTemplate('mentorship-pair-changes.json');
const EXPIRES = Date.UTC(2026, 8, 1) / 1000;

/** Written by hand from the catalogue's sentences. */
const EXPECTED = {
	nl: { ended: 'Jullie koppel is beëindigd', notOpen: 'Dit programma loopt niet' },
	en: { ended: 'Your pair has ended', notOpen: 'This program is not running' },
};

describe('the End a Pair template pages', () => {
	const mentor = sampleOrg().find((person) => person.role === 'mentor')!;
	const mentee = sampleOrg().find((person) => person.role === 'mentee')!;
	const pair = pairRow(mentor, mentee, 'email');

	const inbox = loopbackMailPerTest();

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		const end = async (status: string) => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_pairs', [...PAIR_COLUMNS, ...['endReason', 'endedAt', 'endedBy'].map((name) => ({ name, type: 'string' as const }))], [pair]);
			tables.create('mentorship_roster', [...ROSTER_COLUMNS, { name: 'rematch', type: 'boolean' }], [rosterRow(mentor, 'enrolled'), { ...rosterRow(mentee, 'enrolled'), languages }]);
			tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ language: programLanguage, status })]);
			const token = signTestLink({ programId: 'mentoring-2026', subject: String(pair.pairId), person: mentee.email.toLowerCase(), role: 'mentee', purpose: 'endPair', expiresAt: EXPIRES });
			const item = { token, reason: 'No fault: it did not work out', rematch: 'Yes', submittedAt: '2026-05-04T10:00:00.000+02:00', formMode: 'production', formQueryParameters: { token } };
			const result = await runWorkflow(workflow, { start: { node: 'End Pair Form', items: [item] }, dataTables: tables, credentials: { smtp: inbox().credential, ...LINK_CREDENTIALS } });
			expect(result.error).toBeUndefined();
			return formPage(workflow, result);
		};

		it('answers the person who ends their pair in that language', async () => {
			expect((await end('open')).title).toBe(EXPECTED[expected].ended);
		});

		it('answers a link of a closed program in the program language', async () => {
			// The person is not looked up for a closed program: the page follows the program's default.
			expect((await end('closed')).title).toBe(EXPECTED[programLanguage as 'nl' | 'en'].notOpen);
		});
	});
});
