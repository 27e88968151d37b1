import './helpers/esmModules';

import { InMemoryDataTables } from '../harness/dataTables';
import { resumeWorkflow } from '../harness/resumeWorkflow';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { formPage } from './helpers/formPages';
import { LINK_CREDENTIALS, readTestLink, signTestLink } from './helpers/links';
import { withHrSystem } from './helpers/personio';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg } from './helpers/templates';

const matching = withHrSystem(loadTemplate('mentorship-matching.json'), 'None');
const goalsTemplate = loadTemplate('mentorship-goals.json');

describe('the Matching template with the mentee\'s goals', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	// One mentor and one mentee who want the same skill; the mentee named two goals at enrolment.
	const mentor = sampleOrg().filter((person) => person.role === 'mentor')[0];
	const mentee = { ...sampleOrg().filter((person) => person.role === 'mentee')[0], skillsWanted: mentor.skillsOffered.slice(0, 1) };
	const GOALS = ['Lead my first project meeting', 'Write a design doc & get it reviewed'];
	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });

	beforeEach(async () => {
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_roster', ROSTER_COLUMNS, [
			{ ...rosterRow(mentor, 'enrolled'), participantId: mentor.email, managerId: '', menteeGoals: '[]' },
			{ ...rosterRow(mentee, 'enrolled'), participantId: mentee.email, managerId: '', menteeGoals: JSON.stringify(GOALS) },
		]);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
		tables.create('mentorship_pairs', PAIR_COLUMNS);
	});

	afterEach(async () => await smtp.close());

	const introduce = async (): Promise<RunResult> => {
		const waiting = await runWorkflow(matching, {
			start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', channel: 'email', privateChannel: 'no', submittedAt: '2026-03-02T09:00:00.000+01:00' }] },
			dataTables: tables,
			credentials: credentials(),
			executionId: 'exec-goals',
		});
		expect(waiting.error).toBeUndefined();
		const done = await resumeWorkflow(matching, waiting, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-goals' });
		expect(done.error).toBeUndefined();
		return done;
	};

	it('stores the mentee\'s goals on the proposal and the goals link on the introduced pair', async () => {
		await introduce();
		const [pair] = tables.rows('mentorship_pairs');
		expect([pair.status, pair.menteeGoals]).toEqual(['active', JSON.stringify(GOALS)]);
		expect(String(pair.goalsLink)).toMatch(/^https:\/\/n8n\.example\.com\/form\/mentorship-goals\?goal1=/);
	});

	it('introduces the pair with the mentee\'s goals listed and one goals link, signed for the program, the pair and the mentee', async () => {
		await introduce();
		const [pair] = tables.rows('mentorship_pairs');
		const [mail] = smtp.to(mentor.email);
		const text = String(mail.parsed.text);
		expect(text.replace(/\s+/g, ' ')).toContain(`The goals ${mentee.name} named: 1. Lead my first project meeting; 2. Write a design doc & get it reviewed`);
		expect(text.replace(/\s+/g, ' ')).toContain('At your first meeting, agree on one to three goals and confirm them here (either of you):');
		// The link fills the form's fields with the goals (percent-encoded) and carries the token last.
		const url = new URL(/https:\/\/n8n\.example\.com\/form\/mentorship-goals\?\S+/.exec(text)![0]);
		expect([url.searchParams.get('goal1'), url.searchParams.get('goal2'), url.searchParams.get('goal3')]).toEqual([...GOALS, null]);
		const token = url.searchParams.get('token')!;
		const claims = readTestLink(token);
		expect(claims).toEqual({ programId: 'mentoring-2026', subject: pair.pairId, person: mentee.email.toLowerCase(), role: 'mentee', purpose: 'confirmGoals', expiresAt: expect.any(Number) });
		// 120 days from the run (2 March 2026, 08:00 UTC).
		expect(claims.expiresAt).toBe(Date.UTC(2026, 2, 2, 8) / 1000 + 120 * 86_400);
		expect(signTestLink(claims)).toBe(token);
		expect(smtp.to(mentee.email)).toHaveLength(1);
	});

	it('lets the pair confirm those goals through the link, on the Goals template', async () => {
		await introduce();
		const token = new URL(String(tables.rows('mentorship_pairs')[0].goalsLink)).searchParams.get('token')!;
		const result = await runWorkflow(goalsTemplate, {
			start: { node: 'Goals Form', items: [{ token, goal1: GOALS[0], goal2: GOALS[1], goal3: '', submittedAt: '2026-03-09T10:00:00.000Z', formMode: 'production' }] },
			dataTables: tables,
			credentials: LINK_CREDENTIALS,
		});
		expect(formPage(goalsTemplate, result).title).toBe('Goals confirmed');
		const [pair] = tables.rows('mentorship_pairs');
		expect([pair.goals, pair.goalsConfirmedAt]).toEqual([JSON.stringify(GOALS), '2026-03-09T10:00:00.000Z']);
	});
});
