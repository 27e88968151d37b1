import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { CIRCLE_PARTICIPANT_TEXTS } from '../../nodes/core/matching/circles/participantTexts';
import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import type { Edge } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { TableRow } from './helpers/templates';
import { CIRCLE_COLUMNS, loadTemplate, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS } from './helpers/templates';

const workflow = loadTemplate('mentorship-group-circles.json');
const PROGRAM = 'circles-2026';

const person = (id: string, role: string, fields: Partial<TableRow> = {}): TableRow => ({
	participantId: id,
	email: `${id}@example.com`,
	name: `Person ${id.toUpperCase()}`,
	role,
	department: '',
	title: '',
	timezone: 'Europe/Amsterdam',
	languages: 'en',
	skillsOffered: '',
	skillsWanted: '',
	goals: '',
	programId: PROGRAM,
	status: 'enrolled',
	managerId: '',
	level: null,
	capacity: 1,
	consent: true,
	...fields,
});

// Worked out by hand from the reporting lines: head manages both mentors, so every mentee is in head's line and head
// leads no circle. e1..e4 report to mentor b, so they can only join a's circle; e5..e7 report to a, so only b's.
// With circles of 3 to 6 that gives a {e1..e4} and b {e5, e6, e7}. e8 speaks only Japanese (the mentors English).
const roster: TableRow[] = [
	person('head', 'mentor', { skillsOffered: 'sql, design' }),
	person('a', 'mentor', { managerId: 'head', skillsOffered: 'sql' }),
	person('b', 'mentor', { managerId: 'head', skillsOffered: 'design' }),
	...['e1', 'e2', 'e3', 'e4'].map((id) => person(id, 'mentee', { managerId: 'b', skillsWanted: 'sql' })),
	...['e5', 'e6', 'e7'].map((id) => person(id, 'mentee', { managerId: 'a', skillsWanted: 'design' })),
	person('e8', 'mentee', { languages: 'ja', skillsWanted: 'sql' }),
];
const slackIds = Object.fromEntries(roster.map((row) => [String(row.email), `U${String(row.participantId).toUpperCase()}`]));

describe('the Group circles template', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let graph: Edge;
	let tables: InMemoryDataTables;

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		slack = mockSlack(slackIds);
		graph = mockGraph();
		tables = new InMemoryDataTables();
		// Circles of 3 to 6; managers may mentor (the recommended design forbids it, and a and b manage mentees here).
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [
			programRow({ programId: PROGRAM, name: 'Circles 2026', kind: 'group', managerMentors: 'allow', circleSizeMin: 3, circleSizeMax: 6 }),
			programRow({ programId: 'pairs-2026', name: 'Pairs 2026' }),
		]);
		tables.create('mentorship_roster', ROSTER_COLUMNS, roster);
		tables.create('mentorship_circles', CIRCLE_COLUMNS);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	const run = async (channel: string, executionId: string, programId = PROGRAM): Promise<RunResult> =>
		await runWorkflow(workflow, {
			start: { node: 'Form Circles Now', items: [{ programId, channel, submittedAt: '2026-03-02T09:00:00.000+01:00' }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, ...EDGE_CREDENTIALS },
			executionId,
		});
	const members = () =>
		Object.fromEntries(tables.rows('mentorship_circles').map((row) => [row.mentorId, (JSON.parse(String(row.mentees)) as IDataObject[]).map((m) => m.id)]));

	describe('when the program manager forms circles introduced on Slack', () => {
		it('stores the circles worked out by hand and gives each one private channel with its members invited', async () => {
			const result = await run('slack', 'exec-slack');
			expect(result.error).toBeUndefined();
			expect(result.status).toBe('success');
			expect(members()).toEqual({ a: ['e1', 'e2', 'e3', 'e4'], b: ['e5', 'e6', 'e7'] });

			const created = slack.to('/api/conversations.create');
			expect(created).toHaveLength(2);
			for (const call of created) expect(call.body).toEqual(expect.objectContaining({ is_private: true, name: expect.stringMatching(/^circle-[0-9a-f]{16}$/) }));
			const invited = slack.to('/api/conversations.invite').map((call) => String(call.body.users).split(',').sort());
			expect(invited.sort()).toEqual([
				['UA', 'UE1', 'UE2', 'UE3', 'UE4'],
				['UB', 'UE5', 'UE6', 'UE7'],
			]);
			const posts = slack.to('/api/chat.postMessage');
			expect(posts).toHaveLength(2);
			expect(posts.map((post) => String(post.body.text)).join('\n')).toContain('Person A leads it, with Person E1, Person E2, Person E3, Person E4');

			for (const row of tables.rows('mentorship_circles')) {
				expect(row).toMatchObject({ programId: PROGRAM, status: 'active', channel: 'slack', slackChannelId: expect.stringMatching(/^C\d{8}$/), introductionError: '' });
				expect(String(row.introducedAt)).not.toBe('');
			}
		});

		it('stores every member\'s Slack ID on the circle, so that circle reminders can reach each member', async () => {
			await run('slack', 'exec-slack-ids');
			const stored = Object.fromEntries(
				tables.rows('mentorship_circles').map((row) => [row.mentorSlackId, (JSON.parse(String(row.mentees)) as IDataObject[]).map((m) => [m.id, m.slackId])]),
			);
			expect(stored).toEqual({
				UA: [['e1', 'UE1'], ['e2', 'UE2'], ['e3', 'UE3'], ['e4', 'UE4']],
				UB: [['e5', 'UE5'], ['e6', 'UE6'], ['e7', 'UE7']],
			});
		});

		it('reports every circle and everyone not placed, with the reason, to the program manager', async () => {
			await run('slack', 'exec-report');
			const [report] = smtp.to('program-manager@example.com');
			expect(report.parsed.subject).toBe(`2 mentoring circles formed for ${PROGRAM}`);
			const text = String(report.parsed.text);
			expect(text).toContain('7 of 8 mentees placed in 2 circles of 3 to 6 mentees. Proven optimal');
			expect(text).toContain('- Person B: Person E5, Person E6, Person E7');
			expect(text).toContain('- Person E8 (mentee): No mentor is allowed by the rules; "sharedLanguage" excluded the most');
			expect(text).toContain('- Person HEAD (mentor): Only 0 mentees are allowed');
		});
	});

	describe('when the program ID names no group program', () => {
		it('stops with the reason and forms nothing', async () => {
			for (const programId of ['pairs-2026', 'nowhere']) {
				const result = await run('email', `exec-${programId}`, programId);
				expect(result.status).toBe('error');
				expect(result.error?.message).toContain(`There is no group program record for "${programId}"`);
				expect(result.executedNodes).not.toContain('Mentor Matcher');
			}
			expect(tables.rows('mentorship_circles')).toEqual([]);
		});
	});

	describe('when a second run starts after the circles exist', () => {
		it('forms no circle again for people already in one', async () => {
			await run('email', 'exec-first');
			const again = await run('email', 'exec-second');
			expect(again.status).toBe('success');
			expect(tables.rows('mentorship_circles')).toHaveLength(2);
			expect(again.output('Mentor Matcher', 0)).toEqual([]);
		});
	});

	describe('when two new mentees enrol after the circles exist', () => {
		// By hand: n1 and n2 want sql and report to b, so b's circle and head's (head manages everyone) are ruled out;
		// only a's circle can take them, and it has 6 - 4 = 2 free seats. So both join a's circle, nobody moves,
		// and no circle is stored twice.
		const newcomers = ['n1', 'n2'].map((id) => person(id, 'mentee', { managerId: 'b', skillsWanted: 'sql' }));

		/** After a first run introduced by `channel`: the same program with n1 and n2 enrolled too. */
		const afterFirstRun = async (channel: string) => {
			await run(channel, 'exec-first');
			const first = tables.rows('mentorship_circles');
			const withNewcomers = new InMemoryDataTables();
			withNewcomers.create('mentorship_programs', PROGRAM_COLUMNS, [
				programRow({ programId: PROGRAM, name: 'Circles 2026', kind: 'group', managerMentors: 'allow', circleSizeMin: 3, circleSizeMax: 6 }),
			]);
			withNewcomers.create('mentorship_roster', ROSTER_COLUMNS, [...roster, ...newcomers]);
			withNewcomers.create(
				'mentorship_circles',
				CIRCLE_COLUMNS,
				// The rows as stored, without the system columns the new table gives them again.
				first.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !['id', 'createdAt', 'updatedAt'].includes(column)))) as TableRow[],
			);
			tables = withNewcomers;
			smtp.messages.length = 0;
		};

		it('tops up the existing circle in place, keeps its members, and emails the whole circle who joins', async () => {
			await afterFirstRun('email');
			const again = await run('email', 'exec-top-up');
			expect(again.error).toBeUndefined();
			expect(again.status).toBe('success');
			expect(tables.rows('mentorship_circles')).toHaveLength(2);
			expect(members()).toEqual({ a: ['e1', 'e2', 'e3', 'e4', 'n1', 'n2'], b: ['e5', 'e6', 'e7'] });
			const a = tables.rows('mentorship_circles').find((row) => row.mentorId === 'a')!;
			expect(a).toMatchObject({ size: 6, memberEmails: ['a', 'e1', 'e2', 'e3', 'e4', 'n1', 'n2'].map((id) => `${id}@example.com`).join(',') });

			const welcomes = smtp.messages.filter((mail) => mail.parsed.subject === 'New members in your mentoring circle with Person A');
			expect(welcomes.map((mail) => [...mail.to].sort())).toEqual([['a', 'e1', 'e2', 'e3', 'e4', 'n1', 'n2'].map((id) => `${id}@example.com`)]);
			// The text kept in one place for the catalogue, filled in.
			const body = CIRCLE_PARTICIPANT_TEXTS.newcomerBodyMany.replace('{{newcomers}}', 'Person N1, Person N2').replace('{{mentorName}}', 'Person A');
			expect(String(welcomes[0].parsed.text).trim()).toBe(body);
			expect(welcomes[0].parsed.subject).toBe(CIRCLE_PARTICIPANT_TEXTS.newcomersSubject.replace('{{mentorName}}', 'Person A'));
			// No new circle, so no introduction email.
			expect(smtp.messages.filter((mail) => mail.parsed.subject?.startsWith('Your mentoring circle'))).toEqual([]);
			const [report] = smtp.to('program-manager@example.com');
			expect(String(report.parsed.text)).toContain('- Person A (existing circle, joined by): Person N1, Person N2');
			expect(String(report.parsed.text)).toContain('2 of 3 mentees placed');
			expect(slack.calls).toEqual([]);
		});

		it("invites the newcomers to the circle's Slack channel and stores their Slack IDs for the reminders", async () => {
			closeEdges();
			isolateNetwork();
			slack = mockSlack({ ...slackIds, 'n1@example.com': 'UN1', 'n2@example.com': 'UN2' });
			await afterFirstRun('slack');
			const channelOfA = String(tables.rows('mentorship_circles').find((row) => row.mentorId === 'a')!.slackChannelId);
			const invitesBefore = slack.to('/api/conversations.invite').length;

			const again = await run('slack', 'exec-top-up-slack');
			expect(again.status).toBe('success');
			const invites = slack.to('/api/conversations.invite').slice(invitesBefore);
			expect(invites.map((call) => [call.body.channel, String(call.body.users).split(',').sort()])).toEqual([[channelOfA, ['UN1', 'UN2']]]);
			// No second channel for the circle.
			expect(slack.to('/api/conversations.create')).toHaveLength(2);
			const a = tables.rows('mentorship_circles').find((row) => row.mentorId === 'a')!;
			expect((JSON.parse(String(a.mentees)) as IDataObject[]).map((m) => [m.id, m.slackId])).toEqual([
				['e1', 'UE1'], ['e2', 'UE2'], ['e3', 'UE3'], ['e4', 'UE4'], ['n1', 'UN1'], ['n2', 'UN2'],
			]);
			expect(smtp.messages.filter((mail) => mail.parsed.subject === 'New members in your mentoring circle with Person A')).toHaveLength(1);
		});
	});

	describe('when circles are introduced by email', () => {
		it('sends each circle one email to all its members', async () => {
			await run('email', 'exec-email');
			const introductions = smtp.messages.filter((mail) => mail.parsed.subject?.startsWith('Your mentoring circle'));
			expect(introductions.map((mail) => [...mail.to].sort())).toEqual(
				expect.arrayContaining([
					['a@example.com', 'e1@example.com', 'e2@example.com', 'e3@example.com', 'e4@example.com'],
					['b@example.com', 'e5@example.com', 'e6@example.com', 'e7@example.com'],
				]),
			);
			expect(introductions).toHaveLength(2);
			expect(slack.calls).toEqual([]);
		});
	});

	describe('when circles are introduced on Teams', () => {
		it('creates one group chat per circle with every member and posts the welcome in it', async () => {
			await run('teams', 'exec-teams');
			const chats = graph.to('/v1.0/chats');
			expect(chats).toHaveLength(2);
			const bound = chats.map((call) => (call.body.members as IDataObject[]).map((member) => String(member['user@odata.bind'])));
			expect(bound).toContainEqual(['mentoring@example.com', 'b@example.com', 'e5@example.com', 'e6@example.com', 'e7@example.com'].map((email) => `https://graph.microsoft.com/v1.0/users('${email}')`));
			expect(graph.to(/^\/v1\.0\/chats\/msg-\d+\/messages$/)).toHaveLength(2);
			for (const row of tables.rows('mentorship_circles')) expect(row.teamsChatId).toMatch(/^msg-\d+$/);
		});
	});

	describe('when Slack fails to create a channel', () => {
		it('records the failure on that circle and still introduces the other', async () => {
			let creates = 0;
			closeEdges();
			isolateNetwork();
			// The first circle's channel fails every try (3), the second circle's succeeds.
			slack = mockSlack(slackIds, { failPost: (call) => call.path === '/api/conversations.create' && ++creates <= 3 });
			const result = await run('slack', 'exec-fail');
			expect(result.status).toBe('success');
			const rows = tables.rows('mentorship_circles');
			expect(rows.filter((row) => row.introductionError !== '')).toHaveLength(1);
			expect(rows.filter((row) => row.introducedAt !== '')).toHaveLength(1);
			expect(slack.to('/api/chat.postMessage')).toHaveLength(1);
		});
	});
});
