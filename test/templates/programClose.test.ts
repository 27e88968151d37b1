import './helpers/esmModules';

import { BUILT_IN_INSTRUMENTS } from '../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../nodes/core/survey/scoreResponse';
import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { closeEdges, isolateNetwork } from './helpers/edges';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { TableRow } from './helpers/templates';
import { EMAIL_RETRY_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, RESPONSE_COLUMNS, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-program-close.json'));
const PM = 'program-manager@example.com';
/** The program (start 2 March 2026, 6 months) ends on Wednesday 2 September 2026; the run is at 7:00 UTC. */
const LAST_DAY = '2026-09-02T07:00:00.000Z';
/** Survey links made on the last day work 30 days. */
const LINKS_EXPIRE = Date.parse('2026-10-02T07:00:00.000Z') / 1000;

describe('the Program Close template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor').slice(0, 10);
	const mentees = sampleOrg().filter((person) => person.role === 'mentee').slice(0, 10);
	// Ten pairs: 0-8 active, 9 ended early in May.
	const pairs: Array<Record<string, string | number>> = mentors.map((mentor, index) => ({ ...pairRow(mentor, mentees[index], 'email'), status: index === 9 ? 'ended' : 'active' }));
	const active = pairs.slice(0, 9);
	const responses: TableRow[] = [0, 1, 2].map((index) => {
		const scored = scoreResponse(
			{ pairId: pairs[index].pairId, email: pairs[index].menteeEmail, role: 'mentee', quality: 4, met: 'Yes', meetings: 3, submittedAt: '2026-06-03T10:00:00Z' },
			{ instrument: BUILT_IN_INSTRUMENTS.checkIn, mapping: {}, label: `Response ${index + 1}`, thresholds: { lowQualityAtOrBelow: 2, noMeetingWeeks: 0, flagDetractors: true } },
		);
		return { programId: 'mentoring-2026', pairId: String(pairs[index].pairId), respondentId: String(pairs[index].menteeEmail), role: 'mentee', round: 'midpoint', status: 'scored', instrument: 'checkIn', quality: 4, scored: JSON.stringify(scored) };
	});

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', [...PAIR_COLUMNS, { name: 'completedAt', type: 'string' }], pairs);
		tables.create('mentorship_roster', ROSTER_COLUMNS, [...mentors, ...mentees].map((person) => rosterRow(person, 'enrolled')));
		tables.create('mentorship_responses', RESPONSE_COLUMNS, responses);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_email_retries', EMAIL_RETRY_COLUMNS);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	const runAt = async (timestamp: string) => {
		const result = await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp }] }, dataTables: tables, credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS } });
		expect(result.error).toBeUndefined();
		return result;
	};
	const statuses = () => tables.rows('mentorship_pairs').map((row) => row.status);

	describe('the day before the program’s last day', () => {
		it('closes nothing and sends nothing', async () => {
			await runAt('2026-09-01T07:00:00.000Z');
			expect(statuses()).toEqual([...Array(9).fill('active'), 'ended']);
			expect(smtp.messages).toEqual([]);
		});
	});

	describe("when the mail server refuses pair 0's mentor on the last day, then accepts", () => {
		const retries = withQuickRetries(loadTemplate('mentorship-email-retries.json'));

		it('keeps their closing message and certificate, and the Email Retries template sends them once, with the survey link', async () => {
			const address = String(pairs[0].mentorEmail);
			smtp.refusedRecipients.add(address.toLowerCase());
			await runAt(LAST_DAY);
			expect(smtp.to(address)).toEqual([]);
			const kept = () => tables.rows('mentorship_email_retries').map((row) => [row.recipient, row.status, row.attempts]);
			expect(kept()).toEqual([[address, 'waiting', 1], [address, 'waiting', 1]]);

			smtp.refusedRecipients.clear();
			for (const timestamp of ['2026-09-02T08:00:00.000Z', '2026-09-02T09:00:00.000Z']) {
				const result = await runWorkflow(retries, { start: { node: 'Every Hour', items: [{ timestamp }] }, dataTables: tables, credentials: { smtp: smtp.credential } });
				expect(result.error).toBeUndefined();
			}

			expect(kept()).toEqual([[address, 'sent', 2], [address, 'sent', 2]]);
			const subjects = smtp.to(address).map((mail) => String(mail.parsed.subject));
			expect(subjects.filter((subject) => subject === `Your mentoring pair with ${String(pairs[0].menteeName)} has come to its end`)).toHaveLength(1);
			expect(subjects.filter((subject) => subject.startsWith('Thank you for mentoring'))).toHaveLength(1);
			const token = signTestLink({ programId: 'mentoring-2026', subject: String(pairs[0].pairId), person: address.toLowerCase(), role: 'mentor', purpose: 'endOfProgram', expiresAt: LINKS_EXPIRE });
			expect(smtp.to(address).some((mail) => String(mail.parsed.text).includes(`https://n8n.example.com/form/mentorship-end-of-program?token=${token}`))).toBe(true);
		});
	});

	describe('on the program’s last day', () => {
		beforeEach(async () => {
			await runAt(LAST_DAY);
		});

		it('completes the nine active pairs, and leaves the ended one as it was', () => {
			expect(tables.rows('mentorship_pairs').map((row) => [row.status, row.completedAt])).toEqual([...Array(9).fill(['completed', LAST_DAY]), ['ended', null]]);
		});

		it('sends each of the 18 people a closing message with their own final survey link, and each mentor a certificate', () => {
			for (const pair of active) {
				for (const role of ['mentor', 'mentee'] as const) {
					const email = String(pair[`${role}Email`]);
					const other = String(pair[role === 'mentor' ? 'menteeName' : 'mentorName']);
					const closing = smtp.to(email).filter((mail) => mail.parsed.subject === `Your mentoring pair with ${other} has come to its end`);
					expect(closing).toHaveLength(1);
					const token = signTestLink({ programId: 'mentoring-2026', subject: String(pair.pairId), person: email.toLowerCase(), role, purpose: 'endOfProgram', expiresAt: LINKS_EXPIRE });
					expect(closing[0].parsed.text).toContain(`https://n8n.example.com/form/mentorship-end-of-program?token=${token}`);
					expect(closing[0].parsed.text).not.toContain('PERSONAL_SURVEY_LINK');
				}
				const [certificate, ...more] = smtp.to(String(pair.mentorEmail)).filter((mail) => String(mail.parsed.subject).startsWith('Thank you for mentoring'));
				expect(more).toEqual([]);
				expect(certificate.parsed.text).toContain(`mentored ${String(pair.menteeName)} in Mentoring 2026, which ended on 2026-09-02.`);
			}
			// Nothing to the pair that ended in May.
			expect(smtp.to(String(pairs[9].mentorEmail))).toEqual([]);
			expect(smtp.to(String(pairs[9].menteeEmail))).toEqual([]);
			expect(tables.rows('mentorship_sent_log').filter((row) => row.status === 'sent')).toHaveLength(27);
		});

		it('sends the program manager one summary: the KPI report over the whole cohort, all ten pairs', () => {
			const [summary, ...more] = smtp.to(PM);
			expect(more).toEqual([]);
			expect(summary.parsed.subject).toBe('Program summary: Mentoring 2026: 2026-03-02 to 2026-09-02');
			const csv = summary.parsed.attachments[0].content.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
			expect(csv).toHaveLength(1 + pairs.length);
			expect(smtp.messages).toHaveLength(27 + 1);
		});

		it("closes the program's record, so no other template runs it any more", () => {
			expect(tables.rows('mentorship_programs').map((row) => [row.programId, row.status])).toEqual([['mentoring-2026', 'closed']]);
		});

		it('closes nothing twice and sends nothing more the next morning', async () => {
			await runAt('2026-09-03T07:00:00.000Z');
			expect(smtp.messages).toHaveLength(28);
			expect(tables.rows('mentorship_pairs').filter((row) => row.completedAt === LAST_DAY)).toHaveLength(9);
		});
	});

	describe('with three open programs, of which two end today', () => {
		const B = 'mentoring-2026-b';
		const C = 'mentoring-2026-c';
		// B started on 1 April and ends on 1 October; C, a program without any pairs, ends today like A.
		const bMentors = sampleOrg().filter((person) => person.role === 'mentor').slice(10, 12);
		const bMentees = sampleOrg().filter((person) => person.role === 'mentee').slice(10, 12);
		const bPairs = bMentors.map((mentor, index) => pairRow(mentor, bMentees[index], 'email', B));

		beforeEach(async () => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_pairs', [...PAIR_COLUMNS, { name: 'completedAt', type: 'string' }], [...pairs, ...bPairs]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [
				...[...mentors, ...mentees].map((person) => rosterRow(person, 'enrolled')),
				...[...bMentors, ...bMentees].map((person) => rosterRow(person, 'enrolled', B)),
			]);
			tables.create('mentorship_responses', RESPONSE_COLUMNS, responses);
			tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [
				programRow({ programId: C, name: 'Mentoring 2026 C', managerEmail: 'c-manager@example.com' }),
				programRow(),
				programRow({ programId: B, name: 'Mentoring 2026 B', managerEmail: 'b-manager@example.com', start: '2026-04-01' }),
			]);
			await runAt(LAST_DAY);
		});

		it("completes only the pairs of the program that ends, and closes only the ended programs' records", () => {
			expect(tables.rows('mentorship_pairs').map((row) => [row.programId, row.status])).toEqual([
				...Array(9).fill(['mentoring-2026', 'completed']),
				['mentoring-2026', 'ended'],
				[B, 'active'],
				[B, 'active'],
			]);
			expect(tables.rows('mentorship_programs').map((row) => [row.programId, row.status])).toEqual([
				[C, 'closed'],
				['mentoring-2026', 'closed'],
				[B, 'open'],
			]);
		});

		it("sends each ended program's summary to its own manager, and nothing to B", () => {
			expect(smtp.to(PM).map((mail) => mail.parsed.subject)).toEqual(['Program summary: Mentoring 2026: 2026-03-02 to 2026-09-02']);
			expect(smtp.to('c-manager@example.com').map((mail) => mail.parsed.subject)).toEqual(['Program summary: Mentoring 2026 C: 2026-03-02 to 2026-09-02']);
			expect(smtp.to('b-manager@example.com')).toEqual([]);
			for (const person of [...bMentors, ...bMentees]) expect(smtp.to(person.email)).toEqual([]);
			expect(smtp.messages).toHaveLength(27 + 2);
		});
	});
});
