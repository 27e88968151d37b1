import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import type { Edge } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, readTestLink, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { TableRow } from './helpers/templates';
import { CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, RESPONSE_COLUMNS, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-surveys.json'));
/**
 * The program runs from 2 March 2026 for six months (184 days), so its middle is
 * 2 March + 92 days = Tuesday 2 June 2026: the mid-point survey day. 12:00 UTC is
 * past the start of that day everywhere from Tokyo to London.
 */
const TICK = '2026-06-02T12:00:00.000+00:00';
/** Links made at TICK work 30 days: until 2 July 2026, 12:00 UTC. */
const LINKS_EXPIRE = Date.UTC(2026, 6, 2, 12) / 1000;
const FORM_URL = 'https://n8n.example.com/form/mentorship-check-in';
const PROGRAM_MANAGER = 'program-manager@example.com';
/** When the answers below are given: the day after the invitations. */
const ANSWERED_AT = '2026-06-03T10:00:00.000+02:00';
const MEGABYTE = 'x'.repeat(1_000_000);
const PAGES = {
	thanks: 'Thank you',
	badLink: 'This link does not work',
	notInPair: 'This check-in is closed',
	notSaved: 'Please check your answers',
};

describe('the Surveys template', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let graph: Edge;
	let tables: InMemoryDataTables;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	const channels = ['email', 'slack', 'teams'];
	const pairs = Array.from({ length: 24 }, (_, index) => pairRow(mentors[index], mentees[index], channels[index % 3]));
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS });
	const channelOf = (reminder: IDataObject) => pairs.find((pair) => pair.pairId === reminder.pairId)!.channel;
	/** The program's record, its pairs, and an empty sent log, claims and answers. */
	const surveyTables = (otherPrograms: TableRow[] = [], otherPairs: Array<Record<string, string | number>> = []) => {
		const fresh = new InMemoryDataTables();
		fresh.create('mentorship_programs', PROGRAM_COLUMNS, [programRow(), ...otherPrograms]);
		fresh.create('mentorship_pairs', PAIR_COLUMNS, [...pairs, ...otherPairs]);
		fresh.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		fresh.create('mentorship_claims', CLAIM_COLUMNS);
		fresh.create('mentorship_responses', RESPONSE_COLUMNS);
		return fresh;
	};

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		slack = mockSlack();
		graph = mockGraph();
		tables = surveyTables();
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	describe('when the mid-point survey day comes', () => {
		let result: RunResult;
		let due: IDataObject[];
		/** The link and token a reminder's recipient should get, worked out from the pair. */
		const expectedClaims = (reminder: IDataObject): TestLinkClaims => ({
			programId: 'mentoring-2026',
			subject: String(reminder.pairId),
			person: String(reminder.recipientEmail).toLowerCase(),
			role: String(reminder.recipientRole),
			purpose: 'checkInMidpoint',
			expiresAt: LINKS_EXPIRE,
		});
		const expectedLink = (reminder: IDataObject) => `${FORM_URL}?round=midpoint&token=${signTestLink(expectedClaims(reminder))}`;

		beforeEach(async () => {
			result = await runWorkflow(workflow, {
				start: { node: 'Every Morning', items: [{ timestamp: TICK }] },
				dataTables: tables,
				credentials: credentials(),
				executionId: 'exec-survey',
			});
			due = result.output('Due Reminders', 0).map((item) => item.json);
		});

		it('emails each due person one invitation with their own signed link', async () => {
			expect(result.error).toBeUndefined();
			expect(due.length).toBeGreaterThan(0);
			expect(new Set(due.map((reminder) => reminder.kind))).toEqual(new Set(['midpointSurvey']));
			const emailed = due.filter((reminder) => channelOf(reminder) === 'email');
			expect(smtp.messages.filter((mail) => !mail.to.includes(PROGRAM_MANAGER))).toHaveLength(emailed.length);
			for (const reminder of emailed) {
				const [mail, ...more] = smtp.to(String(reminder.recipientEmail));
				expect(more).toEqual([]);
				expect(mail.parsed.text).toContain(expectedLink(reminder));
				expect(mail.parsed.html).toContain(expectedLink(reminder).replace('&', '&amp;'));
				expect(`${String(mail.parsed.text)}${String(mail.parsed.html)}`).not.toContain('PERSONAL_CHECK_IN_LINK');
				expect(mail.parsed.text).not.toContain(`pairId=`);
			}
		});

		it('sends the Slack and Teams invitations with the link escaped for the channel', async () => {
			const bySlack = due.filter((reminder) => channelOf(reminder) === 'slack');
			const posts = slack.to('/api/chat.postMessage');
			expect(posts).toHaveLength(bySlack.length);
			for (const reminder of bySlack) {
				const pair = pairs.find((row) => row.pairId === reminder.pairId)!;
				const [post] = posts.filter((call) => call.body.channel === pair[`${String(reminder.recipientRole)}SlackId`]);
				// Slack reads &amp; in a message as &, as its formatting rules ask.
				expect(String(post.body.text)).toContain(expectedLink(reminder).replace('&', '&amp;'));
			}
			const byTeams = due.filter((reminder) => channelOf(reminder) === 'teams');
			const chats = graph.to(/\/messages$/);
			expect(chats).toHaveLength(byTeams.length);
			for (const reminder of byTeams) {
				const pair = pairs.find((row) => row.pairId === reminder.pairId)!;
				const [chat] = graph.to(`/v1.0/chats/${String(pair[`${String(reminder.recipientRole)}TeamsChatId`])}/messages`);
				expect(JSON.stringify(chat.body)).toContain(expectedLink(reminder).replace('&', '&amp;'));
			}
		});

		it('binds each link to the program, the pair, the person, the role and the round, for 30 days', async () => {
			const made = result.output('Make Check-In Links').map((item) => item.json);
			expect(made).toHaveLength(due.length);
			for (const reminder of made) expect(readTestLink(String(reminder.linkToken))).toEqual(expectedClaims(reminder));
		});

		it('logs every invitation it sent or deliberately skipped, with the program', async () => {
			const skipped = result.output('Due Reminders', 1);
			const rows = tables.rows('mentorship_sent_log');
			expect(rows).toHaveLength(due.length + skipped.length);
			expect(rows.filter((row) => row.status === 'sent')).toHaveLength(due.length);
			expect(rows.every((row) => row.programId === 'mentoring-2026')).toBe(true);
		});
	});

	describe('when a second program with its own calendar runs beside it', () => {
		// Autumn 2026 runs two months from Monday 6 April: its middle is 6 May (30 of 61 days in) and its last day
		// Friday 5 June, the final survey's day. Its three pairs are in Amsterdam.
		const AUTUMN_LEAD = 'autumn-lead@example.com';
		const autumnPairs = [24, 25, 26].map((index): Record<string, string | number> => ({
			...pairRow(mentors[index], mentees[index], 'email', 'autumn-2026'),
			mentorTimezone: 'Europe/Amsterdam',
			menteeTimezone: 'Europe/Amsterdam',
		}));
		const twoPrograms = () =>
			surveyTables([programRow({ programId: 'autumn-2026', name: 'Autumn 2026', managerEmail: AUTUMN_LEAD, start: '2026-04-06', lengthMonths: 2 })], autumnPairs);
		const morning = async (tick: string, tablesNow: InMemoryDataTables) =>
			await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: tick }] }, dataTables: tablesNow, credentials: credentials() });

		it("invites each program's pairs on its own survey days only", async () => {
			// 2 June, Mentoring 2026's mid-point: nothing is due for Autumn (its mid-point was 6 May).
			const onSpringDay = await morning(TICK, twoPrograms());
			const springDue = onSpringDay.output('Due Reminders', 0).map((item) => item.json);
			expect(springDue.length).toBeGreaterThan(0);
			expect(new Set(springDue.map((reminder) => [reminder.programId, reminder.kind].join(' ')))).toEqual(new Set(['mentoring-2026 midpointSurvey']));

			// 6 May, 12:00 UTC (14:00 in Amsterdam): Autumn's mid-point, for each person of its three pairs; nothing for Mentoring 2026.
			// (The final survey is the End-of-program template's.)
			const mailedBefore = smtp.messages.length;
			const onAutumnDay = await morning('2026-05-06T12:00:00.000+00:00', twoPrograms());
			const autumnDue = onAutumnDay.output('Due Reminders', 0).map((item) => item.json);
			expect(autumnDue.map((reminder) => [reminder.programId, reminder.pairId, reminder.recipientRole, reminder.kind]).sort()).toEqual(
				autumnPairs.flatMap((pair) => ['mentee', 'mentor'].map((role) => ['autumn-2026', pair.pairId, role, 'midpointSurvey'])).sort(),
			);
			const links = onAutumnDay.output('Make Check-In Links').map((item) => readTestLink(String(item.json.linkToken)));
			expect(new Set(links.map((claims) => [claims.programId, claims.purpose].join(' ')))).toEqual(new Set(['autumn-2026 checkInMidpoint']));
			const autumnMails = smtp.messages.slice(mailedBefore);
			expect(autumnMails).toHaveLength(6);
			for (const mail of autumnMails) expect(mail.parsed.subject).toMatch(/^Autumn 2026: how is it going with /);
		});

		it("alerts the second program's manager, not the first's, about its pair at risk", async () => {
			tables = twoPrograms();
			const pair = autumnPairs[0];
			const token = signTestLink({ programId: 'autumn-2026', subject: String(pair.pairId), person: String(pair.menteeEmail).toLowerCase(), role: 'mentee', purpose: 'checkInMidpoint', expiresAt: LINKS_EXPIRE });
			const result = await runWorkflow(workflow, {
				start: { node: 'Check-In Form', items: [{ token, round: 'midpoint', quality: '1', met: 'No', meetings: 0, lastMeeting: '', comment: '', submittedAt: ANSWERED_AT, formMode: 'production' }] },
				dataTables: tables,
				credentials: credentials(),
			});

			expect(result.error).toBeUndefined();
			expect(tables.rows('mentorship_responses').map((row) => [row.programId, row.pairId, row.atRisk])).toEqual([['autumn-2026', pair.pairId, true]]);
			expect(smtp.to(AUTUMN_LEAD)).toHaveLength(1);
			expect(smtp.to(PROGRAM_MANAGER)).toEqual([]);
		});
	});

	describe('when people answer the check-in form', () => {
		/** A link as the template makes it for a pair member, with claims changed by the test. */
		const tokenFor = (pairIndex: number, role: 'mentor' | 'mentee', changes: Partial<TestLinkClaims> = {}, secret?: string) => {
			const pair = pairs[pairIndex];
			const claims: TestLinkClaims = {
				programId: 'mentoring-2026',
				subject: String(pair.pairId),
				person: String(role === 'mentor' ? pair.mentorEmail : pair.menteeEmail).toLowerCase(),
				role,
				purpose: 'checkInMidpoint',
				expiresAt: LINKS_EXPIRE,
				...changes,
			};
			return signTestLink(claims, secret);
		};
		/** What the n8n form delivers: the hidden fields from the link, then the answers. */
		const answer = (token: string, quality: number, met: 'Yes' | 'No', overrides: IDataObject = {}): IDataObject => ({
			token,
			round: 'midpoint',
			quality: String(quality),
			met,
			meetings: met === 'Yes' ? 2 : 0,
			lastMeeting: met === 'Yes' ? '2026-05-26' : '',
			comment: '',
			submittedAt: ANSWERED_AT,
			formMode: 'production',
			formQueryParameters: { round: 'midpoint', token },
			...overrides,
		});
		const submit = async (item: IDataObject) => {
			const result = await runWorkflow(workflow, { start: { node: 'Check-In Form', items: [item] }, dataTables: tables, credentials: credentials() });
			expect(result.error).toBeUndefined();
			return { result, page: formPage(workflow, result) };
		};
		const stored = () => tables.rows('mentorship_responses');
		const alerts = () => smtp.to(PROGRAM_MANAGER);
		const emailOf = (pairIndex: number, role: 'mentor' | 'mentee') => String(pairs[pairIndex][`${role}Email`]).toLowerCase();

		it('stores each genuine answer once, with its comment, and alerts the program manager once per pair at risk', async () => {
			// Ten answers; a relationship quality of 2 or less (the node's default threshold) marks the pair at risk: pairs 2 and 5.
			const given: Array<[number, 'mentor' | 'mentee', number]> = [
				[0, 'mentor', 4],
				[0, 'mentee', 5],
				[1, 'mentor', 4],
				[1, 'mentee', 3],
				[2, 'mentee', 2],
				[3, 'mentor', 5],
				[4, 'mentee', 4],
				[5, 'mentor', 1],
				[6, 'mentee', 3],
				[7, 'mentor', 4],
			];
			for (const [pairIndex, role, quality] of given) {
				const { page } = await submit(answer(tokenFor(pairIndex, role), quality, 'Yes', { comment: `Note from ${role} ${pairIndex}` }));
				expect(page.title).toBe(PAGES.thanks);
			}

			expect(stored().map((row) => [row.programId, row.pairId, row.respondentId, row.role, row.round, row.status, row.quality, row.comment])).toEqual(
				given.map(([pairIndex, role, quality]) => [
					'mentoring-2026',
					pairs[pairIndex].pairId,
					emailOf(pairIndex, role),
					role,
					'midpoint',
					'scored',
					quality,
					`Note from ${role} ${pairIndex}`,
				]),
			);
			expect(stored().filter((row) => row.atRisk === true).map((row) => row.pairId)).toEqual([pairs[2].pairId, pairs[5].pairId]);
			expect(JSON.parse(String(stored()[0].scored))).toEqual(expect.objectContaining({ instrument: 'checkIn', pairId: pairs[0].pairId }));
			expect(alerts().map((mail) => mail.parsed.subject)).toEqual([
				`Mentoring pair at risk: ${pairs[2].mentorName} and ${pairs[2].menteeName}`,
				`Mentoring pair at risk: ${pairs[5].mentorName} and ${pairs[5].menteeName}`,
			]);
			expect(alerts()[0].parsed.text).toContain('Relationship quality: 2 of 5');
			expect(alerts()[0].parsed.text).toContain('Comment: Note from mentee 2');
		});

		describe('with a link that is not genuine', () => {
			const refusals: Array<[string, () => IDataObject, string]> = [
				['signed with another secret (forged)', () => answer(tokenFor(0, 'mentee', {}, 'a-forger-guessing-the-secret-0123456789'), 1, 'No'), 'This link is not valid.'],
				[
					'whose pair was changed after signing (forged)',
					() => {
						const [, signature] = tokenFor(0, 'mentee').split('.');
						const [payload] = tokenFor(1, 'mentee').split('.');
						return answer(`${payload}.${signature}`, 1, 'No');
					},
					'This link is not valid.',
				],
				['made of the pair id alone, as links used to be', () => answer(String(pairs[0].pairId), 1, 'No'), 'This link is incomplete or damaged.'],
				['that expired before the answer was sent', () => answer(tokenFor(0, 'mentee', { expiresAt: Date.parse(ANSWERED_AT) / 1000 - 1 }), 1, 'No'), 'This link has expired.'],
				['of the mid-point round, sent as a final answer', () => answer(tokenFor(0, 'mentee'), 1, 'No', { round: 'final' }), 'This link is meant for a different page.'],
				['missing', () => answer('', 1, 'No'), 'This link is incomplete or damaged.'],
			];

			it('refuses a genuine link of another program whose pair this is not, and stores nothing', async () => {
				// One form serves every program, so the link's own program decides; the pair it names is not in
				// that program, so the answer is refused as not being about a current pair.
				const { page } = await submit(answer(tokenFor(0, 'mentee', { programId: 'coffee-2026' }), 1, 'No'));

				expect(page.title).toBe(PAGES.notInPair);
				expect(stored()).toEqual([]);
				expect(smtp.messages).toEqual([]);
			});

			it.each(refusals)('refuses a link %s on the form page and stores nothing', async (_case, item, message) => {
				const { page } = await submit(item());

				expect(page.title).toBe(PAGES.badLink);
				expect(page.message.startsWith(message)).toBe(true);
				expect(stored()).toEqual([]);
				expect(smtp.messages).toEqual([]);
			});
		});

		describe('with a mentee link used to answer as the mentor', () => {
			it('stores the answer as the mentee’s, whatever the form says, and leaves the mentor’s alone', async () => {
				await submit(answer(tokenFor(3, 'mentor'), 5, 'Yes'));
				const { page } = await submit(answer(tokenFor(3, 'mentee'), 1, 'No', { role: 'mentor', email: pairs[3].mentorEmail, respondentId: emailOf(3, 'mentor') }));

				expect(page.title).toBe(PAGES.thanks);
				expect(stored().map((row) => [row.respondentId, row.role, row.quality])).toEqual([
					[emailOf(3, 'mentor'), 'mentor', 5],
					[emailOf(3, 'mentee'), 'mentee', 1],
				]);
			});

			it('refuses a link whose role is not the person’s role in the pair', async () => {
				// Signed for the role mentor but naming the mentee: the pair says otherwise.
				const { page } = await submit(answer(tokenFor(3, 'mentor', { person: emailOf(3, 'mentee') }), 1, 'No'));

				expect(page.title).toBe(PAGES.notInPair);
				expect(stored()).toEqual([]);
				expect(smtp.messages).toEqual([]);
			});
		});

		it('replaces an answer sent again with the same link instead of adding one', async () => {
			const token = tokenFor(4, 'mentee');
			await submit(answer(token, 4, 'Yes', { comment: 'first' }));
			const { page } = await submit(answer(token, 3, 'Yes', { comment: 'second thoughts' }));

			expect(page.title).toBe(PAGES.thanks);
			expect(stored().map((row) => [row.respondentId, row.round, row.quality, row.comment])).toEqual([[emailOf(4, 'mentee'), 'midpoint', 3, 'second thoughts']]);
		});

		it('keeps the mid-point and the final answer of a person apart', async () => {
			await submit(answer(tokenFor(4, 'mentee'), 4, 'Yes'));
			await submit(answer(tokenFor(4, 'mentee', { purpose: 'checkInFinal' }), 5, 'Yes', { round: 'final' }));

			expect(stored().map((row) => [row.respondentId, row.round, row.quality])).toEqual([
				[emailOf(4, 'mentee'), 'midpoint', 4],
				[emailOf(4, 'mentee'), 'final', 5],
			]);
		});

		it('stores an answer it cannot score as rejected, with the reason, and tells the person', async () => {
			const { page } = await submit(answer(tokenFor(6, 'mentor'), 4, 'Yes', { meetings: 1.5 }));

			expect(page.title).toBe(PAGES.notSaved);
			expect(page.message).toMatch(/^Your answers were not saved: .+ Open your link again to send them once more\.$/);
			const [row, ...more] = stored();
			expect(more).toEqual([]);
			expect([row.pairId, row.respondentId, row.round, row.status, row.quality, row.atRisk]).toEqual([pairs[6].pairId, emailOf(6, 'mentor'), 'midpoint', 'rejected', null, false]);
			expect(String(row.rejectReason)).toContain('meetings');
			expect(JSON.parse(String(row.answer))).toEqual(expect.objectContaining({ meetings: '1.5' }));
			expect(alerts()).toEqual([]);
		});

		describe('with 1 MB in a field', () => {
			it.each(['token', 'round'])('refuses a 1 MB %s as a link that does not work', async (field) => {
				const { page } = await submit(answer(tokenFor(7, 'mentee'), 4, 'Yes', { [field]: MEGABYTE }));

				expect(page.title).toBe(PAGES.badLink);
				expect(stored()).toEqual([]);
			});

			it.each(['quality', 'met', 'meetings', 'lastMeeting', 'comment'])('stores a 1 MB %s as rejected, naming the limit, and tells the person', async (field) => {
				const { page } = await submit(answer(tokenFor(7, 'mentee'), 4, 'Yes', { [field]: MEGABYTE }));

				expect(page.title).toBe(PAGES.notSaved);
				const [row, ...more] = stored();
				expect(more).toEqual([]);
				expect([row.status, row.respondentId]).toEqual(['rejected', emailOf(7, 'mentee')]);
				expect(String(row.rejectReason)).toContain(`${field}`);
				expect(String(row.rejectReason)).toContain('2000');
				// What is kept of the answer is cut to the limit.
				expect(String(row.answer).length).toBeLessThan(3000);
			});
		});

		describe('when a pair is at risk', () => {
			it('alerts once for two at-risk answers of the same round', async () => {
				await submit(answer(tokenFor(8, 'mentor'), 1, 'Yes'));
				await submit(answer(tokenFor(8, 'mentee'), 2, 'Yes'));

				expect(stored().filter((row) => row.atRisk === true)).toHaveLength(2);
				expect(alerts().map((mail) => mail.parsed.subject)).toEqual([`Mentoring pair at risk: ${pairs[8].mentorName} and ${pairs[8].menteeName}`]);
			});

			it('alerts once when both at-risk answers arrive at the same moment', async () => {
				await Promise.all([submit(answer(tokenFor(9, 'mentor'), 1, 'Yes')), submit(answer(tokenFor(9, 'mentee'), 1, 'Yes'))]);

				expect(stored()).toHaveLength(2);
				expect(alerts()).toHaveLength(1);
			});

			it('keeps the answer and thanks the person when the alert cannot be sent, and records the failure', async () => {
				smtp.refusing = true;
				const { page } = await submit(answer(tokenFor(10, 'mentee'), 1, 'No'));

				expect(page.title).toBe(PAGES.thanks);
				expect(stored().map((row) => [row.respondentId, row.atRisk])).toEqual([[emailOf(10, 'mentee'), true]]);
				const [failure] = tables.rows('mentorship_sent_log');
				expect([failure.kind, failure.status, failure.pairId, failure.programId]).toEqual(['atRiskAlert', 'failed', pairs[10].pairId, 'mentoring-2026']);
				expect(String(failure.reason).length).toBeGreaterThan(0);
			});

			it('leaves the next morning’s invitations as they would have been without the alert’s rows', async () => {
				await submit(answer(tokenFor(11, 'mentee'), 1, 'No'));
				smtp.refusing = true;
				await submit(answer(tokenFor(12, 'mentee'), 1, 'No'));
				smtp.refusing = false;
				const withAlerts = await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: TICK }] }, dataTables: tables, credentials: credentials() });

				const reference = await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: TICK }] }, dataTables: surveyTables(), credentials: credentials() });

				const keys = (result: RunResult, output: number) => result.output('Due Reminders', output).map((item) => item.json.dedupeKey).sort();
				expect(withAlerts.status).toBe('success');
				expect([keys(withAlerts, 0), keys(withAlerts, 1)]).toEqual([keys(reference, 0), keys(reference, 1)]);
				expect(withAlerts.output('Keep Claimed', 1)).toEqual([]);
			});
		});
	});
});
