import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import type { Edge } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import { LINK_CREDENTIALS } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { CIRCLE_COLUMNS, CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-reminders.json'));
const PROGRAM = 'circles-2026';
const PROGRAM_MANAGER = 'program-manager@example.com';
/**
 * Monday 16 March 2026, 15:30 UTC. The group program meets every other Tuesday at 15:00 from Monday 2 March:
 * Tuesday 3 and 17 March. Everyone is in Amsterdam (UTC+1), so session 2 is 17 March 14:00 UTC and its
 * one-day reminder fell due on 16 March 14:00 UTC, 90 minutes ago (within the 12 hours allowed late). The
 * one-hour reminder of session 1 (3 March) is outside the 48-hour look-back, and no nudge is due before
 * 30 March (4 weeks from the start). So each member of each circle has exactly one reminder due: session 2.
 */
const TICK = '2026-03-16T15:30:00.000+00:00';

const AMSTERDAM = 'Europe/Amsterdam';
const member = (id: string) => ({ id, name: `Person ${id.toUpperCase()}`, email: `${id}@example.com`, timezone: AMSTERDAM, pairId: `pair-${id}`, slackId: `U${id.toUpperCase()}` });

/** A circle row as the Group circles template stores it after the introduction. */
function circleRow(prefix: string, channel: string, fields: Record<string, string> = {}): Record<string, string | number> {
	const mentees = [1, 2, 3].map((k) => member(`${prefix}${k}`));
	return {
		programId: PROGRAM,
		circleId: `circle-${prefix}`,
		status: 'active',
		channel,
		mentorId: `${prefix}m`,
		mentorName: `Mentor ${prefix.toUpperCase()}`,
		mentorEmail: `${prefix}m@example.com`,
		mentorTimezone: AMSTERDAM,
		mentorSlackId: `U${prefix.toUpperCase()}M`,
		mentees: JSON.stringify(mentees),
		memberEmails: [`${prefix}m@example.com`, ...mentees.map((m) => m.email)].join(','),
		runId: 'run-1',
		size: 3,
		meanScore: 50,
		slackChannelId: channel === 'slack' ? `C${prefix.toUpperCase()}` : '',
		teamsChatId: channel === 'teams' ? `19:circle-${prefix}@thread.v2` : '',
		introducedAt: '2026-03-02T09:00:00.000Z',
		introductionError: '',
		...fields,
	};
}

describe('the Reminders template with group circles', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let graph: Edge;
	const circles = [circleRow('s', 'slack'), circleRow('t', 'teams'), circleRow('e', 'email'), circleRow('x', 'email', { status: 'ended' })];
	// One pair of the ordinary program, to show pairs and circles go through the same run.
	const pair = pairRow(
		sampleOrg().filter((person) => person.role === 'mentor')[0],
		sampleOrg().filter((person) => person.role === 'mentee')[0],
		'email',
	);

	const newTables = (pairRows: Array<Record<string, string | number>> = [pair]) => {
		const tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [
			programRow(),
			programRow({ programId: PROGRAM, name: 'Circles 2026', kind: 'group' }),
		]);
		tables.create('mentorship_pairs', PAIR_COLUMNS, pairRows);
		tables.create('mentorship_circles', CIRCLE_COLUMNS, circles);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		return tables;
	};
	const run = async (tables: InMemoryDataTables, executionId: string): Promise<RunResult> =>
		await runWorkflow(workflow, {
			start: { node: 'Every Hour', items: [{ timestamp: TICK, Timezone: 'UTC' }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS },
			executionId,
		});
	/** Circle messages the services accepted: Slack DMs by member ID, Teams posts by chat, emails by address. */
	const circleDeliveries = () =>
		[
			...slack.to('/api/chat.postMessage').map((call) => `slack:${String(call.body.channel)}`),
			...graph.to(/^\/v1\.0\/chats\/.+\/messages$/).map((call) => `teams:${call.path}`),
			...smtp.messages.filter((mail) => mail.to.some((to) => /^e[m123]@/.test(to))).map((mail) => `email:${mail.to.join(',')}`),
		].sort();

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		slack = mockSlack();
		graph = mockGraph();
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	describe('when the one-day reminders of session 2 are due', () => {
		it('reminds every member of every active circle once, on the circle\'s channel, and nobody of the ended circle', async () => {
			const tables = newTables();
			const result = await run(tables, 'exec-1');
			expect(result.error).toBeUndefined();
			expect(result.status).toBe('success');

			const TEAMS_CHAT = '/v1.0/chats/19:circle-t@thread.v2/messages';
			expect(circleDeliveries()).toEqual(
				[
					// Slack: a DM to each member's own Slack ID.
					'slack:USM', 'slack:US1', 'slack:US2', 'slack:US3',
					// Teams: the circle's group chat, one message per member.
					...Array.from({ length: 4 }, () => `teams:${TEAMS_CHAT}`),
					// Email: one email to each member.
					'email:em@example.com', 'email:e1@example.com', 'email:e2@example.com', 'email:e3@example.com',
				].sort(),
			);
			// The ordinary pair's reminders went out in the same run.
			expect(smtp.messages.filter((mail) => mail.to.includes(String(pair.mentorEmail)) || mail.to.includes(String(pair.menteeEmail)))).toHaveLength(2);
			expect(smtp.to(PROGRAM_MANAGER)).toEqual([]);
		});

		it('logs each member\'s reminder once, under the member\'s own pair id (the circle id for the mentor), for session 2', async () => {
			const tables = newTables();
			const result = await run(tables, 'exec-1');
			const due = result.output('Due Reminders', 0).map((item) => item.json).filter((item) => item.programId === PROGRAM);
			expect(due.map((item) => [item.circleId, item.pairId, item.recipientEmail, item.kind, item.sessionNumber]).sort()).toEqual(
				['s', 't', 'e']
					.flatMap((prefix) => [
						[`circle-${prefix}`, `circle-${prefix}`, `${prefix}m@example.com`, 'sessionReminder', 2],
						...[1, 2, 3].map((k) => [`circle-${prefix}`, `pair-${prefix}${k}`, `${prefix}${k}@example.com`, 'sessionReminder', 2]),
					])
					.sort(),
			);
			const logged = tables.rows('mentorship_sent_log').filter((row) => row.programId === PROGRAM);
			expect(logged.map((row) => [row.pairId, row.status]).sort()).toEqual(due.map((item) => [item.pairId, 'sent']).sort());
			expect(new Set(logged.map((row) => row.dedupeKey)).size).toBe(12);
		});

		it('names every member of the circle to the mentor, with the shared session time, and carries no meeting-log links', async () => {
			await run(newTables(), 'exec-1');
			const toMentor = smtp.to('em@example.com')[0];
			const text = String(toMentor.parsed.text);
			expect(text).toContain('Person E1, Person E2 and Person E3');
			// 17 March 15:00 in Amsterdam.
			expect(text).toMatch(/15:00/);
			expect(text).not.toContain('PERSONAL_WE_MET_LINK');
			expect(text).not.toContain('mentorship-meeting');
		});

		it('sends nothing again when the next run comes in the same hour', async () => {
			const tables = newTables();
			await run(tables, 'exec-1');
			const before = circleDeliveries();
			const again = await run(tables, 'exec-2');
			expect(again.status).toBe('success');
			expect(again.output('Due Reminders', 0).map((item: { json: IDataObject }) => item.json)).toEqual([]);
			expect(circleDeliveries()).toEqual(before);
		});

		it('reminds the circles when no program has a pair at all', async () => {
			const result = await run(newTables([]), 'exec-1');
			expect(result.status).toBe('success');
			expect(circleDeliveries()).toHaveLength(12);
		});

		it('sends each reminder once when two runs start at the same moment', async () => {
			const tables = newTables();
			await Promise.all([run(tables, 'exec-a'), run(tables, 'exec-b')]);
			expect(circleDeliveries()).toHaveLength(12);
			expect(new Set(tables.rows('mentorship_sent_log').filter((row) => row.programId === PROGRAM && row.status === 'sent').map((row) => row.dedupeKey)).size).toBe(12);
		});
	});
});
