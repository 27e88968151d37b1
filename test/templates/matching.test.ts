import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { BAMBOO_CREDENTIALS, bambooEmployee, mockBambooReport } from './helpers/bamboo';
import type { Edge, EdgeCall } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import { resumeWorkflow } from '../harness/resumeWorkflow';
import { LINK_CREDENTIALS } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { withHrSystem } from './helpers/personio';
import type { SamplePerson, TableRow } from './helpers/templates';
import { loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, slackIdOf } from './helpers/templates';

const workflow = loadTemplate('mentorship-matching.json');
const org = sampleOrg();
const byId = new Map(org.map((person) => [person.id, person]));

/**
 * Every manager above a person, walked up the sample organisation's tree. With `known`, the
 * walk stops at the first manager whose own manager the org chart does not tell.
 */
function managersOf(person: SamplePerson, known: (id: string) => boolean = () => true): Set<string> {
	const above = new Set<string>();
	for (let boss = person.managerId; boss && !above.has(boss); boss = known(boss) ? (byId.get(boss)?.managerId ?? null) : null) above.add(boss);
	return above;
}

describe('the Matching with review template', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let graph: Edge;
	let tables: InMemoryDataTables;
	// The program: 25 mentors and 50 mentees of the sample organisation, enrolled without HRIS data (ids are emails).
	const mentors = org.filter((person) => person.role === 'mentor').slice(0, 25);
	const mentees = org.filter((person) => person.role === 'mentee').slice(0, 50);
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS, ...BAMBOO_CREDENTIALS, ...LINK_CREDENTIALS });
	/** Every proposal pairs a program mentor with a program mentee who does not report to them (as `managersAbove` sees the org chart). */
	const expectProgramPairs = (proposals: IDataObject[], managersAbove: (person: SamplePerson) => Set<string>) => {
		for (const pair of proposals) {
			const mentor = byId.get(String(pair.mentorId))!;
			const mentee = byId.get(String(pair.menteeId))!;
			expect(mentors).toContain(mentor);
			expect(mentees).toContain(mentee);
			expect(managersAbove(mentee).has(mentor.id)).toBe(false);
		}
	};

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		slack = mockSlack(Object.fromEntries(org.map((person) => [person.email, slackIdOf(person)])));
		graph = mockGraph();
		mockBambooReport('101', org.map(bambooEmployee));
		tables = new InMemoryDataTables();
		tables.create(
			'mentorship_roster',
			ROSTER_COLUMNS,
			[...mentors, ...mentees].map((person) => ({ ...rosterRow(person, 'enrolled'), participantId: person.email, managerId: '', department: '', level: null })),
		);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
		tables.create('mentorship_pairs', PAIR_COLUMNS);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	const run = async (form: IDataObject, executionId: string): Promise<RunResult> =>
		await runWorkflow(workflow, {
			start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', privateChannel: 'no', submittedAt: '2026-03-02T09:00:00.000+01:00', ...form }] },
			dataTables: tables,
			credentials: credentials(),
			executionId,
		});
	const approve = async (waiting: RunResult, executionId: string, approved = true) =>
		await resumeWorkflow(workflow, waiting, [{ data: { approved } }], { dataTables: tables, credentials: credentials(), executionId });

	describe('when the program manager runs matching', () => {
		it('stores proposals that respect the org chart and waits for her review', async () => {
			const waiting = await run({ channel: 'email' }, 'exec-match');

			expect(waiting.error).toBeUndefined();
			expect(waiting.status).toBe('waiting');
			const proposals = tables.rows('mentorship_pairs');
			expect(proposals.length).toBeGreaterThan(0);
			expect(new Set(proposals.map((row) => row.status))).toEqual(new Set(['proposed']));
			// Ids come from BambooHR, so the reporting-line rule sees the whole org chart: checked here by walking the tree.
			expectProgramPairs(proposals, managersOf);
			for (const pair of proposals) {
				const mentor = byId.get(String(pair.mentorId))!;
				const mentee = byId.get(String(pair.menteeId))!;
				expect(managersOf(mentor).has(mentee.id)).toBe(false);
				expect(pair.mentorTimezone).toBe(mentor.timezone);
				expect(pair.menteeTimezone).toBe(mentee.timezone);
			}
			// Every manager above a participant came from BambooHR: the org chart has no gaps.
			const [summary] = waiting.output('Mentor Matcher', 2).map((item) => item.json);
			expect(summary).toEqual(expect.objectContaining({ mentees: mentees.length, mentors: mentors.length, orgIssues: [] }));
			// Each mentor takes at most their capacity.
			for (const mentor of mentors) expect(proposals.filter((row) => row.mentorId === mentor.id).length).toBeLessThanOrEqual(mentor.capacity);

			expect(smtp.messages).toHaveLength(1);
			const [review] = smtp.to('program-manager@example.com');
			expect(review.parsed.subject).toBe(`Review ${proposals.length} proposed mentoring pairs for Mentoring 2026`);
			const html = String(review.parsed.html);
			for (const pair of proposals) expect(html).toContain(`${String(pair.mentorName)} mentors ${String(pair.menteeName)} (score ${String(pair.score)})`);
			const unmatched = waiting.output('Mentor Matcher', 1).map((item) => item.json);
			expect(proposals.length + unmatched.filter((person) => person.role === 'mentee').length).toBe(mentees.length);
			expect(html).toContain(`Not matched (${unmatched.length})`);
			expect(html).toContain('Approve and introduce');
			expect(html).toContain('Reject all');
		});
	});

	describe('when the program has no HR system (HR System says None)', () => {
		it('matches from the roster alone, its managerId column being the org chart', async () => {
			const rosterOnly = withHrSystem(workflow, 'None');
			const inRoster = new Set([...mentors, ...mentees].map((person) => person.id));
			// What the roster alone tells: the chain of managers up to the first one who is not enrolled.
			const managersInRoster = (person: SamplePerson) => managersOf(person, (id) => inRoster.has(id));
			// The roster keeps the sample organisation's managers, so the reporting-line rule still has an org chart.
			tables = new InMemoryDataTables();
			tables.create('mentorship_roster', ROSTER_COLUMNS, [...mentors, ...mentees].map((person) => rosterRow(person, 'enrolled')));
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			const waiting = await runWorkflow(rosterOnly, {
				start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', channel: 'email', privateChannel: 'no', submittedAt: '2026-03-02T09:00:00.000+01:00' }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS },
				executionId: 'exec-roster-only',
			});

			expect(waiting.error).toBeUndefined();
			expect(waiting.status).toBe('waiting');
			expect(waiting.executedNodes).not.toContain('BambooHR Employees');
			const proposals = tables.rows('mentorship_pairs');
			expect(proposals.length).toBeGreaterThan(0);
			expectProgramPairs(proposals, managersInRoster);
			expect(smtp.to('program-manager@example.com')).toHaveLength(1);
		});
	});

	describe('when two programs share the roster and she runs matching for the second', () => {
		// Autumn 2026 forbids same-department pairs and lets managers mentor; its four people are on the roster
		// beside all of Mentoring 2026's. m-sales manages Bob.
		const autumnPerson = (id: string, role: string, department: string, extra: TableRow = {}): TableRow => ({
			participantId: id, email: `${id}@example.com`, name: `Autumn ${id}`, role, department, title: '', timezone: 'Europe/Amsterdam', languages: 'en',
			skillsOffered: '', skillsWanted: '', goals: '', programId: 'autumn-2026', managerId: '', level: 3, capacity: 1, consent: true, status: 'enrolled', ...extra,
		});
		const autumnRoster = [
			autumnPerson('m-it', 'mentor', 'it', { level: 5, capacity: 2 }),
			autumnPerson('m-sales', 'mentor', 'sales', { level: 5, capacity: 2 }),
			autumnPerson('ann', 'mentee', 'it'),
			autumnPerson('bob', 'mentee', 'sales', { managerId: 'm-sales' }),
		];
		const AUTUMN_LEAD = 'autumn-lead@example.com';
		const runFor = async (programId: string, executionId: string) => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_roster', ROSTER_COLUMNS, [...[...mentors, ...mentees].map((person) => rosterRow(person, 'enrolled')), ...autumnRoster]);
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [
				programRow(),
				programRow({ programId: 'autumn-2026', name: 'Autumn 2026', managerEmail: AUTUMN_LEAD, start: '2026-09-01', department: 'forbid', managerMentors: 'allow' }),
			]);
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			return await runWorkflow(withHrSystem(workflow, 'None'), {
				start: { node: 'Run Matching Now', items: [{ programId, channel: 'email', privateChannel: 'no', submittedAt: '2026-09-01T09:00:00.000+02:00' }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS },
				executionId,
			});
		};

		it("proposes pairs of that program only, by its record's rules, and asks that program's manager", async () => {
			const waiting = await runFor('autumn-2026', 'exec-autumn');

			expect(waiting.status).toBe('waiting');
			// By hand: Ann (IT) may not have m-it (same department), so m-sales; Bob may not have his own manager, so m-it.
			expect(tables.rows('mentorship_pairs').map((row) => [row.programId, row.mentorId, row.menteeId, row.status]).sort()).toEqual([
				['autumn-2026', 'm-it', 'bob', 'proposed'],
				['autumn-2026', 'm-sales', 'ann', 'proposed'],
			]);
			expect(smtp.to('program-manager@example.com')).toEqual([]);
			const [review] = smtp.to(AUTUMN_LEAD);
			expect(review.parsed.subject).toBe('Review 2 proposed mentoring pairs for Autumn 2026');
		});

		it('stops with the reason and stores nothing when the program has no record', async () => {
			const result = await runFor('autumn-2027', 'exec-unknown');

			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('There is no program record for "autumn-2027". Create it with the Program Setup form, or check the Program ID.');
			expect(tables.rows('mentorship_pairs')).toEqual([]);
			expect(smtp.messages).toEqual([]);
		});
	});

	describe('when she approves with email introductions', () => {
		it('introduces each pair in one email to both people and marks the pairs active', async () => {
			const waiting = await run({ channel: 'email' }, 'exec-email');
			const proposed = tables.rows('mentorship_pairs');
			// Counts below compare with the proposals: there must be some, or every count would match trivially.
			expect(proposed.length).toBeGreaterThan(0);
			smtp.messages.length = 0;
			const done = await approve(waiting, 'exec-email');

			expect(done.error).toBeUndefined();
			expect(done.status).toBe('success');
			expect(smtp.messages).toHaveLength(proposed.length);
			for (const pair of proposed) {
				const [mail] = smtp.to(String(pair.mentorEmail)).filter((message) => message.to.includes(String(pair.menteeEmail)));
				expect(mail.parsed.subject).toBe(`Meet your mentoring partner: ${String(pair.mentorName)} and ${String(pair.menteeName)}`);
				expect(mail.parsed.text).toContain(String(pair.reasons));
			}
			expect(new Set(tables.rows('mentorship_pairs').map((row) => row.status))).toEqual(new Set(['active']));
		});
	});

	describe('when she approves with Slack introductions', () => {
		it('opens one group DM per pair, posts the introduction there and stores both member IDs', async () => {
			const waiting = await run({ channel: 'slack' }, 'exec-slack');
			const proposed = tables.rows('mentorship_pairs');
			// Counts below compare with the proposals: there must be some, or every count would match trivially.
			expect(proposed.length).toBeGreaterThan(0);
			const done = await approve(waiting, 'exec-slack');

			expect(done.error).toBeUndefined();
			const opened = slack.to('/api/conversations.open');
			expect(opened.map((call) => call.body.users).sort()).toEqual(
				proposed.map((pair) => `${slackIdOf(byId.get(String(pair.mentorId))!)},${slackIdOf(byId.get(String(pair.menteeId))!)}`).sort(),
			);
			const posts = slack.to('/api/chat.postMessage');
			expect(posts).toHaveLength(proposed.length);
			for (const post of posts) expect(String(post.body.channel)).toMatch(/^G\d{8}$/);
			expect(slack.to('/api/users.lookupByEmail')).toHaveLength(2 * proposed.length);
			for (const row of tables.rows('mentorship_pairs')) {
				expect(row.status).toBe('active');
				expect(row.mentorSlackId).toBe(slackIdOf(byId.get(String(row.mentorId))!));
				expect(row.menteeSlackId).toBe(slackIdOf(byId.get(String(row.menteeId))!));
			}
			expect(smtp.messages).toHaveLength(1);
		});

		it('creates a private channel per pair when asked', async () => {
			const waiting = await run({ channel: 'slack', privateChannel: 'yes' }, 'exec-private');
			const proposed = tables.rows('mentorship_pairs');
			// Counts below compare with the proposals: there must be some, or every count would match trivially.
			expect(proposed.length).toBeGreaterThan(0);
			await approve(waiting, 'exec-private');

			const created = slack.to('/api/conversations.create');
			expect(created).toHaveLength(proposed.length);
			for (const call of created) expect(call.body).toEqual(expect.objectContaining({ is_private: true, name: expect.stringMatching(/^mentoring-/) }));
			expect(slack.to('/api/conversations.invite')).toHaveLength(proposed.length);
			expect(slack.to('/api/conversations.open')).toEqual([]);
			expect(slack.to('/api/chat.postMessage')).toHaveLength(proposed.length);
		});
	});

	describe('when she approves with Teams introductions', () => {
		it('creates one group chat per pair and posts the introduction in it', async () => {
			const waiting = await run({ channel: 'teams' }, 'exec-teams');
			const proposed = tables.rows('mentorship_pairs');
			// Counts below compare with the proposals: there must be some, or every count would match trivially.
			expect(proposed.length).toBeGreaterThan(0);
			await approve(waiting, 'exec-teams');

			const chats = graph.to('/v1.0/chats');
			expect(chats).toHaveLength(proposed.length);
			const members = chats.map((call) => (call.body.members as IDataObject[]).map((member) => member['user@odata.bind']));
			for (const pair of proposed) {
				expect(members).toContainEqual([
					"https://graph.microsoft.com/v1.0/users('mentoring@example.com')",
					`https://graph.microsoft.com/v1.0/users('${String(pair.mentorEmail)}')`,
					`https://graph.microsoft.com/v1.0/users('${String(pair.menteeEmail)}')`,
				]);
			}
			expect(graph.to(/^\/v1\.0\/chats\/msg-\d+\/messages$/)).toHaveLength(proposed.length);
		});
	});

	describe('when she rejects the proposals', () => {
		it('introduces nobody and marks the proposals rejected', async () => {
			const waiting = await run({ channel: 'slack' }, 'exec-reject');
			const done = await approve(waiting, 'exec-reject', false);

			expect(done.status).toBe('success');
			expect(slack.calls).toEqual([]);
			expect(new Set(tables.rows('mentorship_pairs').map((row) => row.status))).toEqual(new Set(['rejected']));
		});
	});
	describe('when a second run starts before the first is approved', () => {
		it('replaces the first run\'s proposals, and approving either introduces only the second run\'s pairs, once', async () => {
			const otherProgram = { ...tables.rows('mentorship_pairs')[0], pairId: 'pair-other', programId: 'other-2026', status: 'proposed', runId: 'exec-other', mentorEmail: 'x@example.com', menteeEmail: 'y@example.com' };
			tables = new InMemoryDataTables();
			tables.create('mentorship_roster', ROSTER_COLUMNS, [...mentors, ...mentees].map((person) => ({ ...rosterRow(person, 'enrolled'), participantId: person.email, managerId: '', department: '', level: null })));
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
			tables.create('mentorship_pairs', PAIR_COLUMNS, [otherProgram]);
			const runA = await run({ channel: 'email' }, 'exec-a');
			const proposedA = tables.rows('mentorship_pairs').filter((row) => row.runId === 'exec-a').map((row) => row.pairId);
			expect(proposedA.length).toBeGreaterThan(0);
			const runB = await run({ channel: 'email' }, 'exec-b');
			const rowsAfterB = tables.rows('mentorship_pairs').filter((row) => row.programId === 'mentoring-2026');
			const pairsB = rowsAfterB.filter((row) => row.runId === 'exec-b');
			expect(pairsB.length).toBeGreaterThan(0);
			expect(pairsB.every((row) => row.status === 'proposed')).toBe(true);
			// Whatever B proposed again moved to run B; the rest of A is retired.
			expect(rowsAfterB.filter((row) => row.runId === 'exec-a').every((row) => row.status === 'rejected')).toBe(true);
			smtp.messages.length = 0;

			await approve(runA, 'exec-a');
			expect(smtp.messages).toEqual([]);

			await approve(runB, 'exec-b');
			expect(smtp.messages).toHaveLength(pairsB.length);
			const active = tables.rows('mentorship_pairs').filter((row) => row.status === 'active');
			expect(active.map((row) => row.pairId).sort()).toEqual(pairsB.map((row) => row.pairId).sort());
			// No mentee has two mentors, and the other program's proposal is untouched.
			expect(new Set(active.map((row) => row.menteeId)).size).toBe(active.length);
			expect(tables.rows('mentorship_pairs').find((row) => row.pairId === 'pair-other')).toEqual(expect.objectContaining({ status: 'proposed', runId: 'exec-other' }));
		});
	});

	describe('when she rejects one run while another program waits for review', () => {
		it('rejects only that run\'s proposals', async () => {
			const waiting = await run({ channel: 'email' }, 'exec-mine');
			const other = await runWorkflow(workflow, {
				start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', channel: 'email', privateChannel: 'no', submittedAt: '2026-03-02T09:00:00.000+01:00' }] },
				dataTables: tables,
				credentials: credentials(),
				executionId: 'exec-later',
			});
			// The later run replaced this one; rejecting the older review changes nothing of the later run.
			await approve(waiting, 'exec-mine', false);
			const later = tables.rows('mentorship_pairs').filter((row) => row.runId === 'exec-later');
			expect(later.length).toBeGreaterThan(0);
			expect(later.every((row) => row.status === 'proposed')).toBe(true);
			await approve(other, 'exec-later', false);
			expect(tables.rows('mentorship_pairs').filter((row) => row.runId === 'exec-later').every((row) => row.status === 'rejected')).toBe(true);
		});
	});

	describe('when an introduction fails on the third pair and she retries', () => {
		it('introduces every pair exactly once over the two runs and reports the failure in between', async () => {
			const waiting = await run({ channel: 'slack' }, 'exec-flaky');
			const proposed = tables.rows('mentorship_pairs');
			expect(proposed.length).toBeGreaterThanOrEqual(3);
			const third = proposed[2];
			let slackDown = true;
			const failed: EdgeCall[] = [];
			closeEdges();
			isolateNetwork();
			mockGraph();
			slack = mockSlack(Object.fromEntries(org.map((person) => [person.email, slackIdOf(person)])), {
				failPost: (call) => {
					const fails = slackDown && call.path === '/api/chat.postMessage' && String(call.body.text).includes(String(third.menteeName));
					if (fails) failed.push(call);
					return fails;
				},
			});
			const delivered = () => slack.to('/api/chat.postMessage').filter((call) => !failed.includes(call));

			const done = await approve(waiting, 'exec-flaky');
			expect(done.status).toBe('success');
			// Three tries for the third pair, one post for each other pair.
			expect(slack.to('/api/chat.postMessage')).toHaveLength(proposed.length - 1 + 3);
			expect(delivered()).toHaveLength(proposed.length - 1);
			const afterFirst = tables.rows('mentorship_pairs');
			expect(afterFirst.filter((row) => row.status === 'active')).toHaveLength(proposed.length - 1);
			expect(afterFirst.find((row) => row.pairId === third.pairId)).toEqual(expect.objectContaining({ status: 'proposed', introductionError: expect.any(String) }));
			const [report] = smtp.to('program-manager@example.com').filter((mail) => mail.parsed.subject?.includes('could not be sent'));
			expect(report.parsed.subject).toBe('1 mentoring introductions could not be sent for mentoring-2026');
			expect(report.parsed.text).toContain(String(third.menteeName));

			slackDown = false;
			const before = slack.to('/api/chat.postMessage').length;
			const retry = await runWorkflow(workflow, {
				start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', action: 'Retry failed introductions', channel: 'slack', privateChannel: 'no' }] },
				dataTables: tables,
				credentials: credentials(),
				executionId: 'exec-retry',
			});
			expect(retry.status).toBe('success');
			const retried = slack.to('/api/chat.postMessage').slice(before);
			expect(retried).toHaveLength(1);
			expect(String(retried[0].body.text)).toContain(String(third.menteeName));
			expect(tables.rows('mentorship_pairs').every((row) => row.status === 'active')).toBe(true);
			// Over both runs each pair got exactly one introduction that went through.
			expect(delivered()).toHaveLength(proposed.length);
			for (const pair of proposed) expect(delivered().filter((call) => String(call.body.text).includes(String(pair.menteeName)))).toHaveLength(1);
		});
	});

	describe('when a name would ping someone in Slack', () => {
		it('posts the name escaped, so it pings nobody', async () => {
			tables = new InMemoryDataTables();
			const rows = [...mentors, ...mentees].map((person) => ({
				...rosterRow(person, 'enrolled'),
				name: person.role === 'mentee' ? `${person.name} <@U0BOSS> <#C0ALL>` : person.name,
				participantId: person.email,
				managerId: '',
				department: '',
				level: null,
			}));
			tables.create('mentorship_roster', ROSTER_COLUMNS, rows);
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			const waiting = await run({ channel: 'slack' }, 'exec-ping');
			expect(tables.rows('mentorship_pairs').length).toBeGreaterThan(0);

			await approve(waiting, 'exec-ping');

			const posts = slack.to('/api/chat.postMessage');
			expect(posts.length).toBe(tables.rows('mentorship_pairs').length);
			for (const post of posts) {
				expect(String(post.body.text)).toContain('&lt;@U0BOSS&gt; &lt;#C0ALL&gt;');
				expect(String(post.body.text)).not.toContain('<@U0BOSS>');
			}
		});
	});
	describe('when the HR export holds 5 broken rows among 300', () => {
		it('matches exactly as it does without those rows', async () => {
			// Five employees outside the program who manage nobody: their rows change nobody's org chart.
			const managers = new Set(org.map((person) => person.managerId).filter(Boolean));
			const outsiders = org.filter((person) => !mentors.includes(person) && !mentees.includes(person) && !managers.has(person.id)).slice(0, 5);
			expect(outsiders).toHaveLength(5);
			const broken: Array<Record<string, string | null>> = [
				{ ...bambooEmployee(outsiders[0]), workEmail: null },
				{ ...bambooEmployee(outsiders[1]), displayName: '<b>Bold</b> Name' },
				{ ...bambooEmployee(outsiders[2]), workEmail: 'not an address' },
				{ ...bambooEmployee(outsiders[3]), level: 'senior-ish' },
				{ ...bambooEmployee(outsiders[4]), displayName: `${outsiders[4].name}\u202e` },
			];
			const brokenIds = new Set(outsiders.map((person) => person.id));
			const clean = org.filter((person) => !brokenIds.has(person.id)).map(bambooEmployee);
			const proposalsWith = async (employees: Array<Record<string, unknown>>, executionId: string) => {
				closeEdges();
				isolateNetwork();
				mockBambooReport('101', employees);
				tables = new InMemoryDataTables();
				tables.create('mentorship_roster', ROSTER_COLUMNS, [...mentors, ...mentees].map((person) => ({ ...rosterRow(person, 'enrolled'), participantId: person.email, managerId: '', department: '', level: null })));
				tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
				tables.create('mentorship_pairs', PAIR_COLUMNS);
				const result = await run({ channel: 'email' }, executionId);
				expect(result.error).toBeUndefined();
				expect(result.status).toBe('waiting');
				return { result, pairs: tables.rows('mentorship_pairs').map((row) => [row.mentorId, row.menteeId, row.score]).sort() };
			};

			const reference = await proposalsWith(clean, 'exec-clean');
			const withBroken = await proposalsWith([...clean, ...broken], 'exec-broken');

			expect(reference.pairs.length).toBeGreaterThan(0);
			expect(withBroken.pairs).toEqual(reference.pairs);
		});
	});
	describe('when a roster row cannot be read and another has an internationalised address', () => {
		it('matches the others exactly as when the address is plain and the row absent, and lists the unreadable row in the review', async () => {
			const [broken, international] = mentees;
			const zoe = 'zoë.tanaka@bücher.example';
			const rosterWith = (rows: (row: TableRow) => TableRow | undefined) =>
				[...mentors, ...mentees].map((person) => rows({ ...rosterRow(person, 'enrolled'), participantId: person.email, managerId: '', department: '', level: null })).filter((row): row is TableRow => row !== undefined);
			const proposalsFor = async (roster: TableRow[], executionId: string) => {
				tables = new InMemoryDataTables();
				tables.create('mentorship_roster', ROSTER_COLUMNS, roster);
				tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
				tables.create('mentorship_pairs', PAIR_COLUMNS);
				// No HR system: with BambooHR the changed address would also change what HR data she gets.
				const result = await runWorkflow(withHrSystem(workflow, 'None'), {
					start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', channel: 'email', privateChannel: 'no', submittedAt: '2026-03-02T09:00:00.000+01:00' }] },
					dataTables: tables,
					credentials: credentials(),
					executionId,
				});
				expect(result.status).toBe('waiting');
				const pairs = tables.rows('mentorship_pairs').map((row) => [row.mentorEmail, row.menteeEmail === zoe ? international.email : row.menteeEmail, row.score]);
				return { result, pairs: pairs.sort() };
			};

			// The reference: the broken row left out, Zoë under her plain address.
			const reference = await proposalsFor(rosterWith((row) => (row.email === broken.email ? undefined : row)), 'exec-reference');
			const actual = await proposalsFor(
				rosterWith((row) => (row.email === broken.email ? { ...row, name: 'Bobby <b>Tables</b>' } : row.email === international.email ? { ...row, email: zoe, participantId: zoe } : row)),
				'exec-unreadable',
			);

			expect(reference.pairs.some((pair) => pair[1] === international.email)).toBe(true);
			expect(actual.pairs).toEqual(reference.pairs);
			const intakeRejected = actual.result.output('Mentorship Intake', 2).map((item) => item.json);
			expect(intakeRejected.map((row) => [row.email, (row.reasons as IDataObject[]).map((reason) => reason.field)])).toEqual([[broken.email, ['name']]]);
			const reviews = smtp.to('program-manager@example.com');
			expect(String(reviews[reviews.length - 1].parsed.html)).toContain('Could not be read (1)');
		});
	});
});
