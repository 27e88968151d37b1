import '../helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../../harness/dataTables';
import { runWorkflow } from '../../harness/runWorkflow';
import { formPage } from '../helpers/formPages';
import { LANGUAGE_CASES } from '../helpers/languages';
import { LINK_CREDENTIALS, signTestLink } from '../helpers/links';
import type { LoopbackSmtp } from '../helpers/smtp';
import { startSmtp } from '../helpers/smtp';
import { CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from '../helpers/templates';

const workflow = loadTemplate('mentorship-places.json');
const PROGRAM = 'mentoring-2026';
/** 9:00 UTC on Monday 4 May 2026; offers stay open 3 days. */
const DAY_1 = '2026-05-04T09:00:00.000Z';

/** Written by hand from the catalogue's sentences. */
const EXPECTED = {
	nl: { withdrawn: 'Je bent uit het programma gestapt', offer: 'Er is een plek in het mentorprogramma voor je vrij', deadline: 'vóór 7 mei 2026 om 09:00 UTC', leave: 'Uit het programma stappen: https://n8n.example.com/form/mentorship-withdraw?token=', confirmed: 'Je plek is bevestigd' },
	en: { withdrawn: 'You have left the program', offer: 'A place in the mentoring program is yours if you want it', deadline: 'before 7 May 2026, 09:00 UTC', leave: 'To leave the program: https://n8n.example.com/form/mentorship-withdraw?token=', confirmed: 'Your place is confirmed' },
};

describe('the Waitlist Offers and Withdrawal template pages and offer', () => {
	let smtp: LoopbackSmtp;
	const [leaver, waiting] = sampleOrg().filter((person) => person.role === 'mentee');
	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });

	beforeEach(async () => {
		smtp = await startSmtp();
	});

	afterEach(async () => await smtp.close());

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		it('answers the withdrawal, offers the freed place and confirms it in that language', async () => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_roster', [...ROSTER_COLUMNS, { name: 'rematch', type: 'boolean' }, { name: 'offerExpiresAt', type: 'string' }], [
				{ ...rosterRow(leaver, 'enrolled'), languages },
				{ ...rosterRow(waiting, 'waitlisted'), languages, waitlistPosition: 1 },
			]);
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			tables.create('mentorship_claims', CLAIM_COLUMNS);
			tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ menteeSeats: 1, mentorSeats: 40, offerDays: 3, language: programLanguage })]);
			const submit = async (form: string, token: string, answers: IDataObject) => {
				const item = { token, ...answers, submittedAt: DAY_1, formMode: 'production', formQueryParameters: { token } };
				const result = await runWorkflow(workflow, { start: { node: form, items: [item] }, dataTables: tables, credentials: credentials() });
				expect(result.error).toBeUndefined();
				return formPage(workflow, result);
			};

			const withdrawal = signTestLink({ programId: PROGRAM, subject: PROGRAM, person: leaver.email.toLowerCase(), role: 'mentee', purpose: 'withdraw', expiresAt: Date.UTC(2026, 8, 1) / 1000 });
			expect((await submit('Withdraw Form', withdrawal, { withdraw: 'Yes, I leave the program' })).title).toBe(EXPECTED[expected].withdrawn);

			const morning = await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: DAY_1 }] }, dataTables: tables, credentials: credentials() });
			expect(morning.error).toBeUndefined();
			const [offer] = smtp.to(waiting.email);
			expect(offer.parsed.subject).toBe(EXPECTED[expected].offer);
			expect(String(offer.parsed.text).replace(/\s+/g, ' ')).toContain(EXPECTED[expected].deadline);
			expect(String(offer.parsed.text)).toContain(EXPECTED[expected].leave);

			const token = /token=([A-Za-z0-9_.-]+)/.exec(String(offer.parsed.text))![1];
			expect((await submit('Accept Place Form', token, { accept: 'Yes, I take it' })).title).toBe(EXPECTED[expected].confirmed);
		});
	});
});
