import '../helpers/esmModules';

import { InMemoryDataTables } from '../../harness/dataTables';
import { runWorkflow } from '../../harness/runWorkflow';
import type { Edge } from '../helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockSlack } from '../helpers/edges';
import { LANGUAGE_CASES } from '../helpers/languages';
import type { LoopbackSmtp } from '../helpers/smtp';
import { startSmtp } from '../helpers/smtp';
import type { TableRow } from '../helpers/templates';
import { buddyProgramRow, coffeeProgramRow, loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS } from '../helpers/templates';

/** A roster row with what matching needs. */
const member = (id: string, role: string, programId: string, languages: string, fields: Partial<TableRow> = {}): TableRow => ({
	participantId: id,
	email: `${id}@example.com`,
	name: `Person ${id.toUpperCase()}`,
	role,
	department: '',
	timezone: 'Europe/Amsterdam',
	languages,
	programId,
	status: 'enrolled',
	managerId: '',
	level: 3,
	capacity: 1,
	consent: true,
	...fields,
});

/** Written by hand from the catalogue's sentences. */
const EXPECTED = {
	nl: { buddy: 'Welkom Person HIRE: maak kennis met je buddy Person BUDDY', coffee: ':coffee: Tijd voor koffie!', circleEmail: 'Je mentorcirkel met Person A', circleSlack: ':wave: Welkom in je mentorcirkel!' },
	en: { buddy: 'Welcome Person HIRE: meet your buddy Person BUDDY', coffee: ':coffee: Coffee time!', circleEmail: 'Your mentoring circle with Person A', circleSlack: ':wave: Welcome to your mentoring circle!' },
};

const CIRCLE_COLUMNS = [
	...['programId', 'circleId', 'status', 'channel', 'mentorId', 'mentorName', 'mentorEmail', 'mentorTimezone', 'mentees', 'memberEmails', 'runId'].map((name) => ({ name, type: 'string' as const })),
	{ name: 'size', type: 'number' as const },
	{ name: 'meanScore', type: 'number' as const },
	...['slackChannelId', 'teamsChatId', 'introducedAt', 'introductionError'].map((name) => ({ name, type: 'string' as const })),
];

describe('the buddy, peer coffee and group circle templates', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		slack = mockSlack(Object.fromEntries(['buddy', 'hire', 'p1', 'p2', 'a', 'e1', 'e2', 'e3'].map((id) => [`${id}@example.com`, `U0${id.toUpperCase()}`])));
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	describe.each(LANGUAGE_CASES)('$when', ({ languages, programLanguage, expected }) => {
		it('introduces a new hire and their buddy in that language', async () => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [{ ...buddyProgramRow(), language: programLanguage }]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [member('buddy', 'mentor', 'buddy', languages, { level: 4 })]);
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			const body = { id: 'hire', email: 'hire@example.com', name: 'Person HIRE', level: 2, hireDate: '2026-03-02', timezone: 'Europe/Amsterdam', languages };
			const result = await runWorkflow(loadTemplate('mentorship-buddy-program.json'), {
				start: { node: 'New Hire Webhook', items: [{ headers: { 'content-type': 'application/json' }, params: {}, query: {}, body }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential },
			});

			expect(result.error).toBeUndefined();
			expect(smtp.to('hire@example.com').map((mail) => mail.parsed.subject)).toEqual([EXPECTED[expected].buddy]);
		});

		it('pairs peers for coffee in that language', async () => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [{ ...coffeeProgramRow(), language: programLanguage }]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [member('p1', 'both', 'coffee', languages), member('p2', 'both', 'coffee', languages)]);
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			const result = await runWorkflow(loadTemplate('mentorship-peer-coffee.json'), {
				start: { node: 'Every Other Monday', items: [{ timestamp: '2026-03-02T09:00:00.000+01:00' }] },
				dataTables: tables,
				credentials: EDGE_CREDENTIALS,
			});

			expect(result.error).toBeUndefined();
			const posts = slack.to('/api/chat.postMessage').map((post) => String(post.body.text));
			expect(posts).toHaveLength(1);
			expect(posts[0].startsWith(EXPECTED[expected].coffee)).toBe(true);
		});

		it.each(['email', 'slack'])('welcomes a mentoring circle in that language (%s)', async (channel) => {
			const tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [
				programRow({ programId: 'circles', name: 'Circles', kind: 'group', managerMentors: 'allow', circleSizeMin: 3, circleSizeMax: 6, language: programLanguage }),
			]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [member('a', 'mentor', 'circles', languages, { capacity: 6, level: 5 }), ...['e1', 'e2', 'e3'].map((id) => member(id, 'mentee', 'circles', languages))]);
			tables.create('mentorship_circles', CIRCLE_COLUMNS);
			const result = await runWorkflow(loadTemplate('mentorship-group-circles.json'), {
				start: { node: 'Form Circles Now', items: [{ programId: 'circles', channel, submittedAt: '2026-03-02T09:00:00.000+01:00' }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential, ...EDGE_CREDENTIALS },
			});

			expect(result.error).toBeUndefined();
			if (channel === 'email') {
				expect(smtp.to('e1@example.com').map((mail) => mail.parsed.subject)).toEqual([EXPECTED[expected].circleEmail]);
			} else {
				const [post] = slack.to('/api/chat.postMessage');
				expect(String(post.body.text).startsWith(EXPECTED[expected].circleSlack)).toBe(true);
			}
		});
	});
});
