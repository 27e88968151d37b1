import '../helpers/esmModules';

import { InMemoryDataTables } from '../../harness/dataTables';
import { runWorkflow } from '../../harness/runWorkflow';
import { formPage } from '../helpers/formPages';
import { LANGUAGE_CASES, loopbackMailPerTest, rosterMember } from '../helpers/languages';
import { LINK_CREDENTIALS, signTestLink } from '../helpers/links';
import type { TableRow } from '../helpers/templates';
import { loadTemplate, PAIR_COLUMNS, PICK_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS } from '../helpers/templates';

const PROGRAM = 'mentoring-2026';
const AT = '2026-03-03T10:00:00.000+01:00';
const EXPIRES = Date.UTC(2026, 2, 16, 8) / 1000;

/** Written by hand from the catalogue's sentences. */
const EXPECTED = {
	nl: { suggestions: 'Kies je mentor', pickLine: 'Deze mentor wil ik graag:', leave: 'Uit het programma stappen: https://n8n.example.com/form/mentorship-withdraw?token=', saved: 'Je keuze is opgeslagen', met: 'Dank je wel', metMessage: 'Gesprek 1 is vastgelegd.' },
	en: { suggestions: 'Choose your mentor', pickLine: "I'd like this mentor:", leave: 'To leave the program: https://n8n.example.com/form/mentorship-withdraw?token=', saved: 'Your choice is saved', met: 'Thank you', metMessage: 'Meeting 1 is logged.' },
};

const person = (id: string, role: string, languages: string): TableRow =>
	rosterMember(id, role, PROGRAM, languages, {
		skillsOffered: role === 'mentor' ? 'negotiation' : '',
		skillsWanted: role === 'mentee' ? 'negotiation' : '',
		goals: '',
		level: role === 'mentor' ? 5 : 3,
		nominations: '',
	});

describe('the Mentor choice and Meeting log templates', () => {

	const inbox = loopbackMailPerTest();

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		const tablesWith = (pairs: TableRow[] = []) => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ language: programLanguage })]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [person('m1', 'mentor', languages), person('e1', 'mentee', languages)]);
			tables.create('mentorship_pairs', [...PAIR_COLUMNS, { name: 'meetingCount', type: 'number' }], pairs);
			tables.create('mentorship_picks', PICK_COLUMNS);
			tables.create('mentorship_meetings', [
				...['programId', 'pairId', 'personId', 'role', 'outcome', 'recordedAt'].map((name) => ({ name, type: 'string' as const })),
				{ name: 'session', type: 'number' as const },
			]);
			return tables;
		};

		it('suggests mentors by email and saves the pick in that language', async () => {
			const workflow = loadTemplate('mentorship-mentor-choice.json');
			const tables = tablesWith();
			const sent = await runWorkflow(workflow, {
				start: { node: 'Send Mentor Suggestions', items: [{ programId: PROGRAM, submittedAt: AT, formMode: 'production' }] },
				dataTables: tables,
				credentials: { smtp: inbox().credential, ...LINK_CREDENTIALS },
			});
			expect(sent.error).toBeUndefined();
			const [mail] = inbox().to('e1@example.com');
			expect(mail.parsed.subject).toBe(EXPECTED[expected].suggestions);
			expect(String(mail.parsed.text)).toContain(EXPECTED[expected].pickLine);
			expect(String(mail.parsed.text)).toContain(EXPECTED[expected].leave);

			const token = signTestLink({ programId: PROGRAM, subject: 'm1', person: 'e1@example.com', role: 'mentee', purpose: 'pickMentor', expiresAt: EXPIRES });
			const picked = await runWorkflow(workflow, {
				start: { node: 'Pick Mentor', items: [{ token, submittedAt: AT, formMode: 'production', formQueryParameters: { token } }] },
				dataTables: tables,
				credentials: LINK_CREDENTIALS,
			});
			expect(picked.error).toBeUndefined();
			expect(formPage(workflow, picked).title).toBe(EXPECTED[expected].saved);
		});

		it('thanks the person who logs a meeting in that language', async () => {
			const workflow = loadTemplate('mentorship-meeting-log.json');
			const pair = { pairId: 'pair-1', programId: PROGRAM, status: 'active', channel: 'email', mentorId: 'm1', mentorName: 'Person M1', mentorEmail: 'm1@example.com', menteeId: 'e1', menteeName: 'Person E1', menteeEmail: 'e1@example.com', score: 80 };
			const tables = tablesWith([pair]);
			const token = signTestLink({ programId: PROGRAM, subject: 'pair-1#1', person: 'e1@example.com', role: 'mentee', purpose: 'weMet', expiresAt: EXPIRES });
			const result = await runWorkflow(workflow, {
				start: { node: 'Meeting Form', items: [{ token, action: 'met', submittedAt: AT, formMode: 'production', formQueryParameters: { token, action: 'met' } }] },
				dataTables: tables,
				credentials: LINK_CREDENTIALS,
			});

			expect(result.error).toBeUndefined();
			const page = formPage(workflow, result);
			expect(page.title).toBe(EXPECTED[expected].met);
			expect(page.message).toContain(EXPECTED[expected].metMessage);
		});
	});
});
