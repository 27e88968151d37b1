import './helpers/esmModules';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import type { Edge } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, sampleOrg, SENT_LOG_COLUMNS, slackIdOf, teamsChatOf } from './helpers/templates';

const workflow = loadTemplate('mentorship-reminders.json');
/** Monday 16 March 2026, 15:30 UTC: the day before the second session, when the one-day reminders of European and Asian pairs are due. */
const TICK = '2026-03-16T15:30:00.000+00:00';

describe('the Reminders template', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let graph: Edge;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	const channels = ['slack', 'teams', 'email'];
	// 30 pairs over the sample organisation's eight time zones, ten per channel.
	const pairs = Array.from({ length: 30 }, (_, index) => pairRow(mentors[index], mentees[index], channels[index % 3]));

	const newTables = () => {
		const tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', PAIR_COLUMNS, pairs);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		return tables;
	};
	const run = async (tables: InMemoryDataTables, executionId: string): Promise<RunResult> =>
		await runWorkflow(workflow, {
			start: { node: 'Every Hour', items: [{ timestamp: TICK, Timezone: 'UTC' }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, ...EDGE_CREDENTIALS },
			executionId,
		});
	/** Every message that left, by the reminder's recipient and channel. */
	const deliveries = () => [
		...smtp.messages.map((mail) => `email:${mail.to.join(',')}:${mail.parsed.subject}`),
		...slack.to('/api/chat.postMessage').map((call) => `slack:${String(call.body.channel)}`),
		...graph.to(/^\/v1\.0\/chats\/.+\/messages$/).map((call) => `teams:${call.path}`),
	];

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

	describe('when it runs alone', () => {
		it('sends every due reminder once, on the pair channel, and logs it', async () => {
			const tables = newTables();
			const result = await run(tables, 'exec-1');

			expect(result.error).toBeUndefined();
			expect(result.status).toBe('success');
			const due = result.output('Due Reminders', 0).map((item) => item.json);
			expect(due.length).toBeGreaterThan(0);
			// Each due reminder went out through exactly the channel of its pair.
			const expected = due.map((reminder) => {
				const pair = pairs.find((row) => row.pairId === reminder.pairId)!;
				const role = reminder.recipientRole as 'mentor' | 'mentee';
				if (pair.channel === 'slack') return `slack:${String(pair[`${role}SlackId`])}`;
				if (pair.channel === 'teams') return `teams:/v1.0/chats/${String(pair[`${role}TeamsChatId`])}/messages`;
				return `email:${String(reminder.recipientEmail)}:${String(reminder.subject)}`;
			});
			expect(deliveries().sort()).toEqual(expected.sort());
			expect(new Set(channels.filter((channel) => due.some((reminder) => pairs.find((row) => row.pairId === reminder.pairId)?.channel === channel)))).toEqual(
				new Set(channels),
			);
			const logged = tables.rows('mentorship_sent_log').filter((row) => row.status === 'sent').map((row) => row.dedupeKey);
			expect(logged.sort()).toEqual(due.map((reminder) => reminder.dedupeKey).sort());
		});

		it('sends the Slack text to the member ID and the Teams HTML to the chat', async () => {
			const result = await run(newTables(), 'exec-1');
			const due = result.output('Due Reminders', 0).map((item) => item.json);
			const slackReminder = due.find((reminder) => pairs.find((row) => row.pairId === reminder.pairId)?.channel === 'slack')!;
			const pair = pairs.find((row) => row.pairId === slackReminder.pairId)!;
			const person = sampleOrg().find((entry) => entry.id === pair[`${String(slackReminder.recipientRole)}Id`])!;
			const [call] = slack.to('/api/chat.postMessage').filter((entry) => entry.body.channel === slackIdOf(person));
			expect(call.body.text).toBe(slackReminder.slackText);
			expect(call.headers.authorization).toBe('Bearer xoxb-test-token');

			const teamsReminder = due.find((reminder) => pairs.find((row) => row.pairId === reminder.pairId)?.channel === 'teams')!;
			const teamsPair = pairs.find((row) => row.pairId === teamsReminder.pairId)!;
			const teamsPerson = sampleOrg().find((entry) => entry.id === teamsPair[`${String(teamsReminder.recipientRole)}Id`])!;
			const [post] = graph.to(`/v1.0/chats/${teamsChatOf(teamsPerson)}/messages`);
			expect(post.body).toEqual({ body: { contentType: 'html', content: teamsReminder.teamsMessage } });
		});

		it('sends nothing again in the next run of the same hour', async () => {
			const tables = newTables();
			await run(tables, 'exec-1');
			const before = deliveries().length;
			const again = await run(tables, 'exec-2');

			expect(again.status).toBe('success');
			expect(again.output('Due Reminders', 0)).toEqual([]);
			expect(deliveries()).toHaveLength(before);
		});
	});

	describe('when the schedule fires twice at the same moment', () => {
		it('delivers each reminder exactly once between the two executions', async () => {
			// The reference: what one execution alone sends (on its own tables and edges).
			const alone = await run(newTables(), 'exec-alone');
			const expected = deliveries().sort();
			const dueKeys = alone.output('Due Reminders', 0).map((item) => String(item.json.dedupeKey)).sort();
			smtp.messages.length = 0;
			slack.calls.length = 0;
			graph.calls.length = 0;

			const shared = newTables();
			const [first, second] = await Promise.all([run(shared, 'exec-a'), run(shared, 'exec-b')]);

			expect([first.status, second.status]).toEqual(['success', 'success']);
			// Both saw every reminder as due: they really overlapped.
			expect(first.output('Due Reminders', 0).map((item) => String(item.json.dedupeKey)).sort()).toEqual(dueKeys);
			expect(second.output('Due Reminders', 0).map((item) => String(item.json.dedupeKey)).sort()).toEqual(dueKeys);
			expect(deliveries().sort()).toEqual(expected);
			const won = [...first.output('Keep Claimed', 0), ...second.output('Keep Claimed', 0)].map((item) => String(item.json.dedupeKey));
			expect(won.sort()).toEqual(dueKeys);
			const logged = shared.rows('mentorship_sent_log').map((row) => String(row.dedupeKey));
			expect(logged.sort()).toEqual(dueKeys);
			// Both executions claimed every reminder; the first claim of each decided who sent it.
			const claims = shared.rows('mentorship_claims');
			expect(claims).toHaveLength(2 * dueKeys.length);
			for (const key of dueKeys) {
				const [firstClaim] = claims.filter((claim) => claim.dedupeKey === key);
				const winner = firstClaim.executionId === 'exec-a' ? first : second;
				expect(winner.output('Keep Claimed', 0).map((item) => item.json.dedupeKey)).toContain(key);
			}
		});
	});
});
