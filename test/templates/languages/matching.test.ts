import '../helpers/esmModules';

import { InMemoryDataTables } from '../../harness/dataTables';
import { runWorkflow } from '../../harness/runWorkflow';
import type { Edge } from '../helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockSlack } from '../helpers/edges';
import { LANGUAGE_CASES } from '../helpers/languages';
import type { LoopbackSmtp } from '../helpers/smtp';
import { startSmtp } from '../helpers/smtp';
import { loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS } from '../helpers/templates';

const workflow = loadTemplate('mentorship-matching.json');

const pair = {
	pairId: 'pair-1',
	programId: 'mentoring-2026',
	status: 'proposed',
	runId: 'exec-old',
	approvedAt: '2026-03-02T09:00:00.000Z',
	score: 80,
	reasons: 'r1',
	mentorId: 'joost@example.com',
	mentorName: 'Joost',
	mentorEmail: 'joost@example.com',
	menteeId: 'sanne@example.com',
	menteeName: 'Sanne',
	menteeEmail: 'sanne@example.com',
};

/** Written by hand from the catalogue's sentences. */
const SUBJECTS = { nl: 'Maak kennis met je mentorpartner: Joost en Sanne', en: 'Meet your mentoring partner: Joost and Sanne' };
const SLACK_OPENINGS = { nl: ':wave: <@U0JOOST>, maak kennis met <@U0SANNE>! Joost wordt de mentor van Sanne.', en: ':wave: <@U0JOOST> meet <@U0SANNE>! Joost will mentor Sanne.' };

describe('the Matching template introductions', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let tables: InMemoryDataTables;

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		slack = mockSlack({ 'joost@example.com': 'U0JOOST', 'sanne@example.com': 'U0SANNE' });
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	/** The approved pair whose introduction failed, introduced again by "Retry failed introductions". */
	const introduce = async (channel: string, programLanguage: string, mentorLanguages: string, menteeLanguages: string) => {
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ language: programLanguage })]);
		tables.create('mentorship_pairs', PAIR_COLUMNS, [{ ...pair, channel }]);
		tables.create('mentorship_roster', ROSTER_COLUMNS, [
			{ programId: 'mentoring-2026', email: 'joost@example.com', name: 'Joost', role: 'mentor', languages: mentorLanguages, status: 'enrolled' },
			{ programId: 'mentoring-2026', email: 'sanne@example.com', name: 'Sanne', role: 'mentee', languages: menteeLanguages, status: 'enrolled' },
		]);
		const result = await runWorkflow(workflow, {
			start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', action: 'Retry failed introductions', channel, privateChannel: 'no' }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, ...EDGE_CREDENTIALS },
			executionId: 'exec-retry',
		});
		expect(result.error).toBeUndefined();
		expect(tables.rows('mentorship_pairs')[0].status).toBe('active');
	};

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		it('introduces the pair by email in that language', async () => {
			await introduce('email', programLanguage, languages, languages);

			const [mail] = smtp.to('sanne@example.com');
			expect(mail.parsed.subject).toBe(SUBJECTS[expected]);
		});

		it('introduces the pair on Slack in that language', async () => {
			await introduce('slack', programLanguage, languages, languages);

			const [post] = slack.to('/api/chat.postMessage');
			expect(String(post.body.text).startsWith(SLACK_OPENINGS[expected])).toBe(true);
		});
	});

	describe('when the mentor reads only English and the mentee only Dutch', () => {
		it('introduces them in the program default language, which both were told to expect', async () => {
			await introduce('email', 'nl', 'English', 'Nederlands');

			expect(smtp.to('sanne@example.com')[0].parsed.subject).toBe(SUBJECTS.nl);
		});
	});

	describe('when the mentor speaks Dutch then English and the mentee English then Dutch', () => {
		it('introduces them in the first of the mentor languages that the mentee reads too', async () => {
			await introduce('email', 'en', 'nl, en', 'en, nl');

			expect(smtp.to('sanne@example.com')[0].parsed.subject).toBe(SUBJECTS.nl);
		});
	});
});
