import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { hoursAfter, withQuickRetries } from './helpers/delivery';
import type { Edge, EdgeCall } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import type { TableRow } from './helpers/templates';
import { CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, sampleOrg, SENT_LOG_COLUMNS, slackIdOf, teamsChatOf } from './helpers/templates';

const template = loadTemplate('mentorship-reminders.json');
const workflow = withQuickRetries(template);
/** Monday 16 March 2026, 15:30 UTC: the day before the second session, when the one-day reminders of European and Asian pairs are due. */
const TICK = '2026-03-16T15:30:00.000+00:00';
const PROGRAM_MANAGER = 'program-manager@example.com';
/** Tries per message: the send nodes' Max Tries in the template. */
const TRIES = 3;

describe('the Reminders template', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let graph: Edge;
	/** Calls the mocked services answered with an error: they delivered nothing. */
	let refused: Set<EdgeCall>;
	let slackFails: (call: EdgeCall) => boolean;
	let graphFails: (call: EdgeCall) => boolean;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	const channels = ['slack', 'teams', 'email'];
	// 30 pairs over the sample organisation's eight time zones, ten per channel.
	const pairs = Array.from({ length: 30 }, (_, index) => pairRow(mentors[index], mentees[index], channels[index % 3]));
	const channelOf = (reminder: IDataObject) => pairs.find((row) => row.pairId === reminder.pairId)!.channel;

	const newTables = (pairRows: Array<Record<string, string | number>> = pairs, otherPrograms: TableRow[] = []) => {
		const tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow(), ...otherPrograms]);
		tables.create('mentorship_pairs', PAIR_COLUMNS, pairRows);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		return tables;
	};
	const run = async (tables: InMemoryDataTables, executionId: string, tick = TICK): Promise<RunResult> =>
		await runWorkflow(workflow, {
			start: { node: 'Every Hour', items: [{ timestamp: tick, Timezone: 'UTC' }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS },
			executionId,
		});
	/**
	 * A session reminder's Slack or Teams text with the person's own meeting-log links (session 2, valid 30 days
	 * from TICK) where Due Reminders put the placeholders, & escaped as both channels read it.
	 */
	const withMeetingLinks = (reminder: IDataObject, field = 'slackText') => {
		const claims = (purpose: string) => ({
			programId: 'mentoring-2026',
			subject: `${String(reminder.pairId)}#2`,
			person: String(reminder.recipientEmail).toLowerCase(),
			role: String(reminder.recipientRole),
			purpose,
			expiresAt: Date.parse(TICK) / 1000 + 30 * 24 * 3600,
		});
		const link = (purpose: string, action: string) => `https://n8n.example.com/form/mentorship-meeting?action=${action}&amp;token=${signTestLink(claims(purpose))}`;
		// The private links: ending this pair (valid 180 days) and leaving the program (365 days).
		const days = (count: number) => Date.parse(TICK) / 1000 + count * 24 * 3600;
		const endPair = signTestLink({ ...claims('endPair'), subject: String(reminder.pairId), expiresAt: days(180) });
		const withdraw = signTestLink({ ...claims('withdraw'), subject: 'mentoring-2026', expiresAt: days(365) });
		return String(reminder[field])
			.replace('PERSONAL_WE_MET_LINK', link('weMet', 'met'))
			.replace('PERSONAL_NOT_YET_LINK', link('notYet', 'notYet'))
			.replace('PERSONAL_END_PAIR_LINK', `https://n8n.example.com/form/mentorship-end-pair?token=${endPair}`)
			.replace('PERSONAL_WITHDRAW_LINK', `https://n8n.example.com/form/mentorship-withdraw?token=${withdraw}`);
	};
	/** The message a reminder should arrive as, by channel and recipient. */
	const expectedDelivery = (reminder: IDataObject) => {
		const pair = pairs.find((row) => row.pairId === reminder.pairId)!;
		const role = reminder.recipientRole as 'mentor' | 'mentee';
		if (pair.channel === 'slack') return `slack:${String(pair[`${role}SlackId`])}`;
		if (pair.channel === 'teams') return `teams:/v1.0/chats/${String(pair[`${role}TeamsChatId`])}/messages`;
		return `email:${String(reminder.recipientEmail)}:${String(reminder.subject)}`;
	};
	/** Every message a service accepted (refused attempts delivered nothing), reminders only. */
	const deliveries = () => [
		...smtp.messages.filter((mail) => !mail.to.includes(PROGRAM_MANAGER)).map((mail) => `email:${mail.to.join(',')}:${mail.parsed.subject}`),
		...slack
			.to('/api/chat.postMessage')
			.filter((call) => !refused.has(call))
			.map((call) => `slack:${String(call.body.channel)}`),
		...graph
			.to(/^\/v1\.0\/chats\/.+\/messages$/)
			.filter((call) => !refused.has(call))
			.map((call) => `teams:${call.path}`),
	];
	const digests = () => smtp.to(PROGRAM_MANAGER);
	const sentRows = (tables: InMemoryDataTables, status: string) => tables.rows('mentorship_sent_log').filter((row) => row.status === status);
	const keysOf = (items: Array<{ json: IDataObject }>) => items.map((item) => String(item.json.dedupeKey)).sort();

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		refused = new Set();
		slackFails = () => false;
		graphFails = () => false;
		slack = mockSlack({}, { failPost: (call) => slackFails(call) && refused.add(call).has(call) });
		graph = mockGraph({ failPost: (call) => graphFails(call) && refused.add(call).has(call) });
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	describe('when it runs alone', () => {
		it('sends every due reminder once, on the pair channel, and logs exactly what went out', async () => {
			const tables = newTables();
			const result = await run(tables, 'exec-1');

			expect(result.error).toBeUndefined();
			expect(result.status).toBe('success');
			const due = result.output('Due Reminders', 0).map((item) => item.json);
			expect(due.length).toBeGreaterThan(0);
			expect(deliveries().sort()).toEqual(due.map(expectedDelivery).sort());
			expect(new Set(due.map(channelOf))).toEqual(new Set(channels));
			const logged = sentRows(tables, 'sent');
			expect(logged.map((row) => row.dedupeKey).sort()).toEqual(due.map((reminder) => reminder.dedupeKey).sort());
			// Every row names its program, its first attempt and the claim it was sent under.
			for (const row of logged) {
				expect([row.programId, row.attempt, row.claimKey, row.executionId]).toEqual(['mentoring-2026', 1, `${String(row.dedupeKey)}#1`, 'exec-1']);
			}
			expect(tables.rows('mentorship_claims').every((claim) => claim.programId === 'mentoring-2026')).toBe(true);
			// Nothing went wrong, so the program manager hears nothing.
			expect(digests()).toEqual([]);
		});

		it('sends the Slack text to the member ID and the Teams HTML to the chat', async () => {
			const result = await run(newTables(), 'exec-1');
			const due = result.output('Due Reminders', 0).map((item) => item.json);
			const slackReminder = due.find((reminder) => channelOf(reminder) === 'slack')!;
			const pair = pairs.find((row) => row.pairId === slackReminder.pairId)!;
			const person = sampleOrg().find((entry) => entry.id === pair[`${String(slackReminder.recipientRole)}Id`])!;
			const [call] = slack.to('/api/chat.postMessage').filter((entry) => entry.body.channel === slackIdOf(person));
			expect(call.body.text).toBe(withMeetingLinks(slackReminder));
			expect(call.headers.authorization).toBe('Bearer xoxb-test-token');

			const teamsReminder = due.find((reminder) => channelOf(reminder) === 'teams')!;
			const teamsPair = pairs.find((row) => row.pairId === teamsReminder.pairId)!;
			const teamsPerson = sampleOrg().find((entry) => entry.id === teamsPair[`${String(teamsReminder.recipientRole)}Id`])!;
			const [post] = graph.to(`/v1.0/chats/${teamsChatOf(teamsPerson)}/messages`);
			expect(post.body).toEqual({ body: { contentType: 'html', content: withMeetingLinks(teamsReminder, 'teamsMessage') } });
		});

		it('sends a name that holds Slack mentions as text that pings nobody', async () => {
			const hostile: Record<string, string | number> = { ...pairs[0], mentorName: '<!channel> <@U0BOSS> & <#C0ALL|all>' };
			const result = await run(newTables([hostile, ...pairs.slice(1)]), 'exec-1');

			const toMentee = result.output('Due Reminders', 0).find((item) => item.json.pairId === hostile.pairId && item.json.recipientRole === 'mentee');
			expect(toMentee).toBeDefined();
			const [call] = slack.to('/api/chat.postMessage').filter((entry) => entry.body.channel === hostile.menteeSlackId);
			expect(String(call.body.text)).toContain('&lt;!channel&gt; &lt;@U0BOSS&gt; &amp; &lt;#C0ALL|all&gt;');
			expect(String(call.body.text)).not.toMatch(/<[!@#]/);
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

	describe('when two programs run side by side and a third is closed', () => {
		// Autumn 2026 meets every Tuesday at 16:00 from 9 March; its pairs are all in Amsterdam. Closed 2025's pairs
		// are still marked active, but its program is closed.
		const AUTUMN_LEAD = 'autumn-lead@example.com';
		const autumnPairs = [30, 31, 32].map((index): Record<string, string | number> => ({
			...pairRow(mentors[index], mentees[index], 'email', 'autumn-2026'),
			mentorTimezone: 'Europe/Amsterdam',
			menteeTimezone: 'Europe/Amsterdam',
		}));
		const brokenAutumnPair: Record<string, string | number> = { ...pairRow(mentors[33], mentees[33], 'email', 'autumn-2026'), mentorTimezone: 'Mars/Olympus_Mons' };
		const closedPairs = [34, 35].map((index) => pairRow(mentors[index], mentees[index], 'email', 'closed-2025'));
		const programTables = () => {
			return newTables(
				[...pairs, ...autumnPairs, brokenAutumnPair, ...closedPairs],
				[
					programRow({ programId: 'autumn-2026', name: 'Autumn 2026', managerEmail: AUTUMN_LEAD, start: '2026-03-09', cadence: 'weekly', weekday: 2, meetingTime: '16:00' }),
					programRow({ programId: 'closed-2025', name: 'Mentoring 2025', start: '2025-03-03', status: 'closed' }),
				],
			);
		};

		it("sends each program's reminders on its own calendar, none for the closed program, and tells only the program manager concerned", async () => {
			const tables = programTables();
			const result = await run(tables, 'exec-1');

			expect(result.status).toBe('success');
			const due = result.output('Due Reminders', 0).map((item) => item.json);
			const autumnDue = due.filter((reminder) => reminder.programId === 'autumn-2026');
			// By hand: Autumn's next session is Tuesday 17 March 16:00 in Amsterdam (15:00 UTC); its one-day reminder was
			// due at 15:00 UTC on the 16th, half an hour before this run, so each person of each readable pair gets one.
			expect(autumnDue.map((reminder) => [reminder.pairId, reminder.recipientRole, reminder.kind, Date.parse(String(reminder.sessionStart))]).sort()).toEqual(
				autumnPairs.flatMap((pair) => ['mentee', 'mentor'].map((role) => [pair.pairId, role, 'sessionReminder', Date.parse('2026-03-17T15:00:00Z')])).sort(),
			);
			// Weekly from Tuesday 10 March to the last Tuesday before 9 September (the 8th): 27 meetings, of 45 minutes.
			for (const reminder of autumnDue) expect(String(reminder.text)).toMatch(/Your meeting 2 of 27 with .* \(Europe\/Amsterdam, 45 minutes\)/);
			// Mentoring 2026 keeps its own calendar: every other Tuesday from 3 March to 1 September, 14 meetings.
			const springDue = due.filter((reminder) => reminder.programId === 'mentoring-2026');
			expect(springDue.length).toBeGreaterThan(0);
			for (const reminder of springDue) expect(String(reminder.text)).toMatch(/Your meeting 2 of 14 with .* 45 minutes\)/);
			expect(due.filter((reminder) => reminder.programId === 'closed-2025')).toEqual([]);
			// Every claim and log row names the program its reminder belongs to.
			const programOfPair = new Map([...pairs, ...autumnPairs].map((pair) => [pair.pairId, pair.programId]));
			for (const row of tables.rows('mentorship_sent_log')) expect(row.programId).toBe(programOfPair.get(String(row.pairId)));
			// The unreadable Autumn pair is reported to Autumn's manager alone.
			expect(digests()).toEqual([]);
			const [digest] = smtp.to(AUTUMN_LEAD);
			expect(smtp.to(AUTUMN_LEAD)).toHaveLength(1);
			expect(digest.parsed.subject).toBe('1 mentoring messages need your attention (autumn-2026)');
			expect(digest.parsed.text).toContain(String(brokenAutumnPair.pairId));
		});
	});

	describe('when Slack answers 500 to the first try of every message', () => {
		it('delivers each reminder in the same run on the second try, once, and logs no failure', async () => {
			const tried = new Set<string>();
			slackFails = (call) => {
				const first = !tried.has(String(call.body.channel));
				tried.add(String(call.body.channel));
				return first;
			};
			const tables = newTables();
			const result = await run(tables, 'exec-1');

			const due = result.output('Due Reminders', 0).map((item) => item.json);
			const bySlack = due.filter((reminder) => channelOf(reminder) === 'slack');
			expect(bySlack.length).toBeGreaterThan(0);
			// Two calls per Slack message: the refused one and the accepted retry.
			expect(slack.to('/api/chat.postMessage')).toHaveLength(2 * bySlack.length);
			expect(deliveries().sort()).toEqual(due.map(expectedDelivery).sort());
			expect(sentRows(tables, 'sent')).toHaveLength(due.length);
			expect(sentRows(tables, 'failed')).toEqual([]);
			// The next hour sends none of them again.
			const next = await run(tables, 'exec-2', hoursAfter(TICK, 1));
			const dueKeys = due.map((reminder) => String(reminder.dedupeKey));
			expect(keysOf(next.output('Due Reminders', 0)).filter((key) => dueKeys.includes(key))).toEqual([]);
		});
	});

	describe('when Slack answers 500 for a whole run and 200 an hour later', () => {
		it('delivers each reminder exactly once across the two runs, and the sent log matches what went out', async () => {
			const tables = newTables();
			slackFails = () => true;
			const first = await run(tables, 'exec-1');

			expect(first.status).toBe('success');
			const due = first.output('Due Reminders', 0).map((item) => item.json);
			const slackKeys = due.filter((reminder) => channelOf(reminder) === 'slack').map((reminder) => String(reminder.dedupeKey)).sort();
			const otherReminders = due.filter((reminder) => channelOf(reminder) !== 'slack');
			expect(slackKeys.length).toBeGreaterThan(0);
			// Slack failing stopped neither Teams nor email: each of their reminders went out.
			expect(deliveries().sort()).toEqual(otherReminders.map(expectedDelivery).sort());
			expect(slack.to('/api/chat.postMessage')).toHaveLength(TRIES * slackKeys.length);
			// The log holds what went out as sent, and each Slack reminder as failed, with the reason.
			expect(sentRows(tables, 'sent').map((row) => row.dedupeKey).sort()).toEqual(otherReminders.map((reminder) => reminder.dedupeKey).sort());
			const failed = sentRows(tables, 'failed');
			expect(failed.map((row) => row.dedupeKey).sort()).toEqual(slackKeys);
			for (const row of failed) {
				expect([row.attempt, row.claimKey, row.channel, row.programId]).toEqual([1, `${String(row.dedupeKey)}#1`, 'slack', 'mentoring-2026']);
				expect(String(row.reason).length).toBeGreaterThan(0);
			}

			slackFails = () => false;
			const second = await run(tables, 'exec-2', hoursAfter(TICK, 1));

			expect(second.status).toBe('success');
			// The failed reminders are due again, as their second attempt, with the first failure's reason.
			const retried = second.output('Due Reminders', 0).filter((item) => slackKeys.includes(String(item.json.dedupeKey)));
			expect(keysOf(retried)).toEqual(slackKeys);
			for (const item of retried) expect([item.json.attempt, item.json.claimKey]).toEqual([2, `${String(item.json.dedupeKey)}#2`]);
			// Each reminder of the first hour arrived exactly once over the two runs.
			const delivered = deliveries();
			for (const reminder of due) expect([reminder.dedupeKey, delivered.filter((entry) => entry === expectedDelivery(reminder))]).toEqual([reminder.dedupeKey, [expectedDelivery(reminder)]]);
			// One sent row per accepted message, never two for one reminder.
			const sent = sentRows(tables, 'sent');
			expect(sent).toHaveLength(delivered.length);
			expect(new Set(sent.map((row) => row.dedupeKey)).size).toBe(sent.length);
			expect(sent.filter((row) => slackKeys.includes(String(row.dedupeKey))).map((row) => row.attempt)).toEqual(slackKeys.map(() => 2));
			expect(digests()).toEqual([]);
		});
	});

	describe('when the mail server is down for one run and up the next', () => {
		it('delivers each email exactly once, and Slack and Teams go out in the first run regardless', async () => {
			const tables = newTables();
			smtp.refusing = true;
			const first = await run(tables, 'exec-1');

			const due = first.output('Due Reminders', 0).map((item) => item.json);
			const emailed = due.filter((reminder) => channelOf(reminder) === 'email');
			const others = due.filter((reminder) => channelOf(reminder) !== 'email');
			expect(emailed.length).toBeGreaterThan(0);
			expect(smtp.messages).toEqual([]);
			expect(deliveries().sort()).toEqual(others.map(expectedDelivery).sort());
			expect(sentRows(tables, 'failed').map((row) => row.dedupeKey).sort()).toEqual(emailed.map((reminder) => reminder.dedupeKey).sort());

			smtp.refusing = false;
			const second = await run(tables, 'exec-2', hoursAfter(TICK, 1));

			expect(second.status).toBe('success');
			for (const reminder of emailed) {
				const received = smtp.to(String(reminder.recipientEmail)).filter((mail) => mail.parsed.subject === reminder.subject);
				expect([reminder.dedupeKey, received.length]).toEqual([reminder.dedupeKey, 1]);
			}
			const sent = sentRows(tables, 'sent');
			expect(sent).toHaveLength(deliveries().length);
			expect(new Set(sent.map((row) => row.dedupeKey)).size).toBe(sent.length);
		});
	});

	describe('when Teams refuses every message', () => {
		it('still sends every Slack and email reminder of the batch', async () => {
			graphFails = () => true;
			const tables = newTables();
			const result = await run(tables, 'exec-1');

			const due = result.output('Due Reminders', 0).map((item) => item.json);
			const byTeams = due.filter((reminder) => channelOf(reminder) === 'teams');
			expect(byTeams.length).toBeGreaterThan(0);
			expect(deliveries().sort()).toEqual(due.filter((reminder) => channelOf(reminder) !== 'teams').map(expectedDelivery).sort());
			expect(sentRows(tables, 'failed').map((row) => row.dedupeKey).sort()).toEqual(byTeams.map((reminder) => reminder.dedupeKey).sort());
		});
	});

	describe('when a reminder keeps failing until its lateness window has passed', () => {
		it('tells the program manager, in one email for the run, instead of sending it late', async () => {
			const tables = newTables();
			slackFails = () => true;
			const first = await run(tables, 'exec-1');
			const slackKeys = first
				.output('Due Reminders', 0)
				.filter((item) => channelOf(item.json) === 'slack')
				.map((item) => String(item.json.dedupeKey))
				.sort();
			expect(slackKeys.length).toBeGreaterThan(0);

			// 13 hours later (Max Lateness is 12): Tuesday 04:30 UTC, before any Tuesday session starts.
			const late = await run(tables, 'exec-2', hoursAfter(TICK, 13));

			expect(late.status).toBe('success');
			const skipped = late.output('Due Reminders', 1).map((item) => item.json);
			const ranOut = skipped.filter((item) => slackKeys.includes(String(item.dedupeKey)));
			expect(ranOut.map((item) => String(item.dedupeKey)).sort()).toEqual(slackKeys);
			for (const item of ranOut) expect([item.reason, item.attempts]).toEqual(['tooLateAfterFailures', 1]);
			expect(keysOf(late.output('Due Reminders', 0)).filter((key) => slackKeys.includes(key))).toEqual([]);
			// Logged as skipped (so never again), and reported once.
			expect(sentRows(tables, 'skipped').map((row) => row.dedupeKey).sort()).toEqual(skipped.map((item) => item.dedupeKey).sort());
			const [digest, ...more] = digests();
			expect(more).toEqual([]);
			expect(digest.parsed.subject).toBe(`${skipped.length} mentoring messages need your attention (mentoring-2026)`);
			for (const item of ranOut) expect(digest.parsed.text).toContain(`pair ${String(item.pairId)}: ${String(item.skipReason)}`);
		});
	});

	describe('when the claims cannot be read back', () => {
		it('sends nothing, tells the program manager once, and sends each reminder an hour later, after the lease', async () => {
			const tables = newTables();
			// Read Claims answers with a stranger's claim only, as a store that lost this run's inserts would.
			const blind = await runWorkflow(workflow, {
				start: { node: 'Every Hour', items: [{ timestamp: TICK, Timezone: 'UTC' }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS },
				executionId: 'exec-1',
				pinData: { 'Read Claims': [{ dedupeKey: 'elsewhere', claimKey: 'elsewhere#1', executionId: 'exec-0', id: 1 }] },
			});

			const due = blind.output('Due Reminders', 0).map((item) => item.json);
			expect(due.length).toBeGreaterThan(0);
			expect(blind.output('Keep Claimed', 1).map((item) => item.json.reason)).toEqual(due.map(() => 'noClaimRead'));
			expect(deliveries()).toEqual([]);
			const [digest, ...more] = digests();
			expect(more).toEqual([]);
			expect(digest.parsed.subject).toBe(`${due.length} mentoring messages need your attention (mentoring-2026)`);

			// The claims were written but nothing was sent or failed: after the 45-minute lease they are due again.
			const next = await run(tables, 'exec-2', hoursAfter(TICK, 1));
			const retried = next.output('Due Reminders', 0).filter((item) => due.some((reminder) => reminder.dedupeKey === item.json.dedupeKey));
			expect(keysOf(retried)).toEqual(due.map((reminder) => String(reminder.dedupeKey)).sort());
			for (const item of retried) expect(item.json.attempt).toBe(2);
			for (const reminder of due) expect(deliveries().filter((entry) => entry === expectedDelivery(reminder))).toEqual([expectedDelivery(reminder)]);
		});
	});

	describe('when one pair of the program cannot be read', () => {
		it('sends everyone else their reminders and names the broken pair to the program manager', async () => {
			const broken = { ...pairRow(mentors[40], mentees[40], 'email'), pairId: 'pair-broken', mentorTimezone: 'Mars/Olympus_Mons' };
			const reference = await run(newTables(), 'exec-reference');
			const expected = deliveries().sort();
			smtp.messages.length = 0;
			slack.calls.length = 0;
			graph.calls.length = 0;

			const result = await run(newTables([...pairs, broken]), 'exec-1');

			expect(result.status).toBe('success');
			expect(keysOf(result.output('Due Reminders', 0))).toEqual(keysOf(reference.output('Due Reminders', 0)));
			expect(deliveries().sort()).toEqual(expected);
			expect(result.output('Due Reminders', 2).map((item) => item.json.pairId)).toEqual(['pair-broken']);
			const [digest, ...more] = digests();
			expect(more).toEqual([]);
			expect(digest.parsed.text).toContain('Pair pair-broken cannot be read, so it gets no reminders');
		});
	});

	describe('when the schedule fires twice at the same moment', () => {
		it('delivers each reminder exactly once between the two executions', async () => {
			// The reference: what one execution alone sends (on its own tables and edges).
			const alone = await run(newTables(), 'exec-alone');
			const expected = deliveries().sort();
			const dueKeys = keysOf(alone.output('Due Reminders', 0));
			smtp.messages.length = 0;
			slack.calls.length = 0;
			graph.calls.length = 0;

			const shared = newTables();
			const [first, second] = await Promise.all([run(shared, 'exec-a'), run(shared, 'exec-b')]);

			expect([first.status, second.status]).toEqual(['success', 'success']);
			// Both saw every reminder as due: they really overlapped.
			expect(keysOf(first.output('Due Reminders', 0))).toEqual(dueKeys);
			expect(keysOf(second.output('Due Reminders', 0))).toEqual(dueKeys);
			expect(deliveries().sort()).toEqual(expected);
			const won = [...first.output('Keep Claimed', 0), ...second.output('Keep Claimed', 0)];
			expect(keysOf(won)).toEqual(dueKeys);
			expect(sentRows(shared, 'sent').map((row) => String(row.dedupeKey)).sort()).toEqual(dueKeys);
			// Both executions claimed every reminder; the claim row with the lower id decided who sent it.
			const claims = shared.rows('mentorship_claims');
			expect(claims).toHaveLength(2 * dueKeys.length);
			for (const key of dueKeys) {
				const [firstClaim] = claims.filter((claim) => claim.dedupeKey === key).sort((a, b) => Number(a.id) - Number(b.id));
				const winner = firstClaim.executionId === 'exec-a' ? first : second;
				expect(keysOf(winner.output('Keep Claimed', 0))).toContain(key);
			}
			// Losing to the other execution is routine: nobody is told.
			expect(digests()).toEqual([]);
		});
	});
});
