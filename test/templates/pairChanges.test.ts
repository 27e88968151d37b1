import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { PERSONIO_CREDENTIALS } from '../nodes/HrisDirectory/hrisWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { closeEdges, isolateNetwork } from './helpers/edges';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, readTestLink, signTestLink } from './helpers/links';
import { mockPersonioDirectory, withHrSystem } from './helpers/personio';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { TableRow } from './helpers/templates';
import { LINK_PAGES, tokenAfter, withdrawWith, WITHDRAW_ROSTER_COLUMNS } from './helpers/withdrawLinks';
import { EMAIL_RETRY_COLUMNS, loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, pairRow, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-pair-changes.json'));
const PM = 'program-manager@example.com';
/** The moment a person submits the End Pair form. */
const SUBMITTED_AT = '2026-05-04T10:00:00.000+02:00';
/** Links made for ending a pair work 180 days from the introduction; this one until 1 September 2026. */
const EXPIRES = Date.UTC(2026, 8, 1) / 1000;
/** The leavers' run: 6:00 UTC on 5 May 2026. */
const MORNING = '2026-05-05T06:00:00.000Z';
const PAGES = { ended: 'Your pair has ended', badLink: 'This link does not work', notActive: 'This pair has already ended', notOpen: 'This program is not running' };
const ENDING_COLUMNS = [...PAIR_COLUMNS, ...['endReason', 'endedAt', 'endedBy'].map((name) => ({ name, type: 'string' as const }))];

describe('the End a Pair template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	// Ten mentors in pairs and six more with a free place; every mentor takes one mentee.
	const allMentors = sampleOrg()
		.filter((person) => person.role === 'mentor')
		.slice(0, 16)
		.map((person) => ({ ...person, capacity: 1 }));
	const mentors = allMentors.slice(0, 10);
	const mentees = sampleOrg().filter((person) => person.role === 'mentee').slice(0, 10);
	const pairs = mentors.map((mentor, index) => pairRow(mentor, mentees[index], 'email'));
	const credentials = () => ({ smtp: smtp.credential, personioApi: PERSONIO_CREDENTIALS, ...LINK_CREDENTIALS });
	const pairRows = () => tables.rows('mentorship_pairs');
	const rosterOf = (email: string) => tables.rows('mentorship_roster').find((row) => row.email === email)!;
	const mailsTo = (address: string) => smtp.to(address).map((mail) => mail.parsed.subject);

	/** The program's tables: the ten active pairs, everyone `enrolled` in the roster, an empty sent log. */
	const programTables = (rosterMentors: typeof allMentors, others: { programs: TableRow[]; pairs: TableRow[]; roster: TableRow[] } = { programs: [], pairs: [], roster: [] }) => {
		const fresh = new InMemoryDataTables();
		fresh.create('mentorship_pairs', ENDING_COLUMNS, [...pairs, ...others.pairs]);
		fresh.create('mentorship_roster', [...ROSTER_COLUMNS, ...WITHDRAW_ROSTER_COLUMNS], [...[...rosterMentors, ...mentees].map((person) => rosterRow(person, 'enrolled')), ...others.roster]);
		fresh.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		fresh.create('mentorship_email_retries', EMAIL_RETRY_COLUMNS);
		// The program's record (which gives the manager, and which the Matching template reads), and any other programs'.
		fresh.create('mentorship_programs', PROGRAM_COLUMNS, [programRow(), ...others.programs]);
		return fresh;
	};

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		tables = programTables(allMentors);
	});
	const sentLog = () => tables.rows('mentorship_sent_log').map((row) => [row.pairId, row.dedupeKey, row.kind, row.status]);

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	/** A token for a member of pair `index`, as the package signs it, with claims changed by the test. */
	const tokenFor = (index: number, role: 'mentor' | 'mentee', changes: Partial<TestLinkClaims> = {}, secret?: string) =>
		signTestLink(
			{
				programId: 'mentoring-2026',
				subject: String(pairs[index].pairId),
				person: String(pairs[index][`${role}Email`]).toLowerCase(),
				role,
				purpose: 'endPair',
				expiresAt: EXPIRES,
				...changes,
			},
			secret,
		);
	const submit = async (token: string, reason: string, rematch: 'Yes' | 'No') => {
		const item: IDataObject = { token, reason, rematch, submittedAt: SUBMITTED_AT, formMode: 'production', formQueryParameters: { token } };
		const result = await runWorkflow(workflow, { start: { node: 'End Pair Form', items: [item] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		return formPage(workflow, result);
	};

	describe('when the mentee of pair 3 ends it for no fault and asks for a new mentor', () => {
		beforeEach(async () => {
			expect((await submit(tokenFor(3, 'mentee'), 'No fault: it did not work out', 'Yes')).title).toBe(PAGES.ended);
		});

		it('ends pair 3 only, with the reason, the moment and who ended it', () => {
			const rows = pairRows();
			expect(rows.filter((row) => row.status === 'ended').map((row) => [row.pairId, row.endReason, row.endedAt, row.endedBy])).toEqual([
				[pairs[3].pairId, 'noFault', SUBMITTED_AT, 'mentee'],
			]);
			expect(rows.filter((row) => row.status === 'active')).toHaveLength(9);
		});

		it('keeps the mentee enrolled for rematching and the mentor enrolled with a free place', () => {
			expect([rosterOf(mentees[3].email).status, rosterOf(mentees[3].email).rematch]).toEqual(['enrolled', true]);
			expect([rosterOf(mentors[3].email).status, rosterOf(mentors[3].email).rematch]).toEqual(['enrolled', null]);
		});

		it('tells the mentor and the program manager once each, without blame, and nobody else', () => {
			expect(smtp.messages).toHaveLength(2);
			expect(mailsTo(mentors[3].email)).toEqual([`Your mentoring pair with ${mentees[3].name} has ended`]);
			expect(mailsTo(PM)).toEqual([`Mentoring pair ended: ${mentors[3].name} and ${mentees[3].name}`]);
			const [mentorMail] = smtp.to(mentors[3].email);
			expect(mentorMail.parsed.text).toContain('this says nothing about you');
			expect(smtp.to(PM)[0].parsed.text).toContain('Reason: No fault: it did not work out');
			expect(sentLog()).toEqual([
				[pairs[3].pairId, `${pairs[3].pairId}|pairEnded|mentor`, 'pairEnded', 'sent'],
				[pairs[3].pairId, `${pairs[3].pairId}|pairEnded|programManager`, 'pairEnded', 'sent'],
			]);
		});

		it("ends the mentor's notice with the mentor's own withdrawal link (a year long), which withdraws the mentor only; the program manager's notice has none", async () => {
			const text = String(smtp.to(mentors[3].email)[0].parsed.text);
			expect(text).toMatch(/\nThe mentoring program team\n\nTo leave the program: https:\/\/n8n\.example\.com\/form\/mentorship-withdraw\?token=\S+\n?$/);
			expect(String(smtp.to(PM)[0].parsed.text)).not.toContain('mentorship-withdraw');
			const token = tokenAfter(text, 'mentorship-withdraw');
			// Made when the form was sent, 4 May 2026 08:00 UTC, for 365 days.
			expect(readTestLink(token)).toEqual({ programId: 'mentoring-2026', subject: 'mentoring-2026', person: mentors[3].email.toLowerCase(), role: 'mentor', purpose: 'withdraw', expiresAt: Date.UTC(2027, 4, 4, 8) / 1000 });

			const before = tables.rows('mentorship_roster').map((row) => [row.email, row.status]);
			expect((await withdrawWith(token, tables, credentials(), '2026-05-06T09:00:00.000Z')).title).toBe(LINK_PAGES.withdrawn);
			expect(tables.rows('mentorship_roster').map((row) => [row.email, row.status])).toEqual(before.map(([email, status]) => [email, email === mentors[3].email ? 'withdrawn' : status]));
		});

		it('changes nothing and sends nothing when the same link is used again', async () => {
			const before = { pairs: pairRows(), roster: tables.rows('mentorship_roster') };
			const page = await submit(tokenFor(3, 'mentee'), 'Other', 'No');

			expect(page.title).toBe(PAGES.notActive);
			expect({ pairs: pairRows(), roster: tables.rows('mentorship_roster') }).toEqual(before);
			expect(smtp.messages).toHaveLength(2);
		});
	});

	describe('when the mail server refuses every message during an ending', () => {
		it('still ends the pair and updates the roster, and logs both messages as failed with the reason', async () => {
			smtp.refusing = true;
			expect((await submit(tokenFor(2, 'mentee'), 'Other', 'Yes')).title).toBe(PAGES.ended);

			expect(pairRows()[2]).toMatchObject({ status: 'ended', endedBy: 'mentee' });
			expect([rosterOf(mentees[2].email).status, rosterOf(mentees[2].email).rematch]).toEqual(['enrolled', true]);
			expect(smtp.messages).toEqual([]);
			expect(sentLog()).toEqual([
				[pairs[2].pairId, `${pairs[2].pairId}|pairEnded|mentor`, 'pairEnded', 'failed'],
				[pairs[2].pairId, `${pairs[2].pairId}|pairEnded|programManager`, 'pairEnded', 'failed'],
			]);
			expect(tables.rows('mentorship_sent_log').every((row) => String(row.reason).length > 0)).toBe(true);
			// Both are kept for the Email Retries template to send again.
			expect(tables.rows('mentorship_email_retries').map((row) => [row.kind, row.recipient, row.status])).toEqual([
				['pairEnded', mentors[2].email, 'waiting'],
				['pairEnded', PM, 'waiting'],
			]);
		});
	});

	describe('when the mentor of pair 0 ends it because they changed role', () => {
		it('keeps the mentee for a new mentor even without asking, and tells the mentee', async () => {
			expect((await submit(tokenFor(0, 'mentor'), 'Changed role', 'No')).title).toBe(PAGES.ended);

			expect(pairRows()[0]).toMatchObject({ status: 'ended', endReason: 'changedRole', endedBy: 'mentor' });
			expect([rosterOf(mentees[0].email).status, rosterOf(mentees[0].email).rematch]).toEqual(['enrolled', true]);
			expect(mailsTo(mentees[0].email)).toEqual([`Your mentoring pair with ${mentors[0].name} has ended`]);
			expect(smtp.to(mentees[0].email)[0].parsed.text).toContain('the next matching run proposes a new mentor for you');
		});
	});

	describe('with a link that is not genuine', () => {
		const MEGABYTE = 'x'.repeat(1_000_000);
		const refusals: Array<[string, () => string, string]> = [
			['signed with another secret (forged)', () => tokenFor(1, 'mentee', {}, 'a-forger-guessing-the-secret-0123456789'), 'This link is not valid.'],
			['for another pair than it was signed for (forged)', () => `${tokenFor(2, 'mentee').split('.')[0]}.${tokenFor(1, 'mentee').split('.')[1]}`, 'This link is not valid.'],
			['that expired', () => tokenFor(1, 'mentee', { expiresAt: Date.parse(SUBMITTED_AT) / 1000 - 1 }), 'This link has expired.'],
			['made for a check-in, not for ending a pair', () => tokenFor(1, 'mentee', { purpose: 'checkInMidpoint' }), 'This link is meant for a different page.'],
			['of a megabyte', () => MEGABYTE, 'This link is incomplete or damaged.'],
		];

		it.each(refusals)('refuses a link %s and changes nothing', async (_case, token, message) => {
			const page = await submit(token(), 'Other', 'Yes');

			expect(page.title).toBe(PAGES.badLink);
			expect(page.message.startsWith(message)).toBe(true);
			expect(pairRows().every((row) => row.status === 'active')).toBe(true);
			expect(smtp.messages).toEqual([]);
		});

		it('changes nothing for a genuine link of a program that is unknown', async () => {
			const page = await submit(tokenFor(1, 'mentee', { programId: 'coffee-2026' }), 'Other', 'Yes');
			expect(page.title).toBe(PAGES.notOpen);
			expect(pairRows().every((row) => row.status === 'active')).toBe(true);
			expect(smtp.messages).toEqual([]);
		});

		it('refuses a genuinely signed link whose person is not (or no longer) in the pair', async () => {
			const page = await submit(tokenFor(4, 'mentor', { person: 'someone.else@example.com' }), 'Other', 'No');
			expect(page.title).toBe(PAGES.notActive);
			expect(smtp.messages).toEqual([]);
		});
	});

	describe('when the HR system says people left', () => {
		it('ends the pairs of the people whose last day has come, once, and tells the partner and the program manager', async () => {
			// Mentor 5 left on 30 April, mentee 7 leaves on 5 May (today), mentor 8 leaves on 31 May (not yet).
			const leaving = new Map([
				[mentors[5].email, '2026-04-30'],
				[mentees[7].email, '2026-05-05'],
				[mentors[8].email, '2026-05-31'],
			]);
			const directory = [...mentors, ...mentees].map((person) => ({ ...person, terminationDate: leaving.get(person.email) ?? null }));
			mockPersonioDirectory(directory);
			const morning = () => runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: MORNING }] }, dataTables: tables, credentials: credentials() });

			const result = await morning();
			expect(result.error).toBeUndefined();

			expect(pairRows().filter((row) => row.status === 'ended').map((row) => [row.pairId, row.endReason, row.endedBy, row.endedAt])).toEqual([
				[pairs[5].pairId, 'leftCompany', 'hris', MORNING],
				[pairs[7].pairId, 'leftCompany', 'hris', MORNING],
			]);
			expect([rosterOf(mentors[5].email).status, rosterOf(mentees[5].email).status, rosterOf(mentees[5].email).rematch]).toEqual(['left', 'enrolled', true]);
			expect([rosterOf(mentees[7].email).status, rosterOf(mentors[7].email).status]).toEqual(['left', 'enrolled']);
			expect(mailsTo(mentees[5].email)).toEqual([`Your mentoring pair with ${mentors[5].name} has ended`]);
			expect(mailsTo(mentors[7].email)).toEqual([`Your mentoring pair with ${mentees[7].name} has ended`]);
			expect(mailsTo(PM)).toEqual([`Mentoring pair ended: ${mentors[5].name} and ${mentees[5].name}`, `Mentoring pair ended: ${mentors[7].name} and ${mentees[7].name}`]);
			expect(smtp.messages).toHaveLength(4);

			// The next morning finds the same leavers and changes nothing more.
			mockPersonioDirectory(directory);
			expect((await morning()).error).toBeUndefined();
			expect(pairRows().filter((row) => row.status === 'ended')).toHaveLength(2);
			expect(smtp.messages).toHaveLength(4);
		});
	});

	describe('with a second open program, B, and a closed one, C, each with its own manager', () => {
		const B = 'mentoring-2026-b';
		const C = 'mentoring-2025';
		const B_PM = 'b-manager@example.com';
		const C_PM = 'c-manager@example.com';
		const [bMentor0, bMentor1, cMentor] = sampleOrg().filter((person) => person.role === 'mentor').slice(16, 19);
		const [bMentee0, bMentee1, cMentee] = sampleOrg().filter((person) => person.role === 'mentee').slice(10, 13);
		const bPairs = [pairRow(bMentor0, bMentee0, 'email', B), pairRow(bMentor1, bMentee1, 'email', B)];
		const cPair = pairRow(cMentor, cMentee, 'email', C);
		const pairOf = (pairId: unknown) => pairRows().find((row) => row.pairId === pairId)!;

		beforeEach(() => {
			tables = programTables(allMentors, {
				programs: [programRow({ programId: B, name: 'Mentoring 2026 B', managerEmail: B_PM }), programRow({ programId: C, name: 'Mentoring 2025', managerEmail: C_PM, status: 'closed' })],
				pairs: [...bPairs, cPair],
				roster: [...[bMentor0, bMentor1, bMentee0, bMentee1].map((person) => rosterRow(person, 'enrolled', B)), ...[cMentor, cMentee].map((person) => rosterRow(person, 'enrolled', C))],
			});
		});
		const linkOf = (pair: TableRow, programId: string) =>
			signTestLink({ programId, subject: String(pair.pairId), person: String(pair.menteeEmail).toLowerCase(), role: 'mentee', purpose: 'endPair', expiresAt: EXPIRES });

		it("ends B's pair from B's link and tells B's manager, not A's", async () => {
			expect((await submit(linkOf(bPairs[0], B), 'Other', 'Yes')).title).toBe(PAGES.ended);

			expect(pairRows().filter((row) => row.status === 'ended').map((row) => row.pairId)).toEqual([bPairs[0].pairId]);
			expect(mailsTo(B_PM)).toEqual([`Mentoring pair ended: ${bMentor0.name} and ${bMentee0.name}`]);
			expect(mailsTo(bMentor0.email)).toEqual([`Your mentoring pair with ${bMentee0.name} has ended`]);
			expect(smtp.messages).toHaveLength(2);
		});

		it('changes nothing for a genuine link of the closed program', async () => {
			expect((await submit(linkOf(cPair, C), 'Other', 'Yes')).title).toBe(PAGES.notOpen);
			expect(pairOf(cPair.pairId).status).toBe('active');
			expect(smtp.messages).toEqual([]);
		});

		it("ends the leavers' pairs of every open program, each told to its own manager, and leaves the closed program alone", async () => {
			// Mentor 5 of A left on 30 April, mentee 1 of B on 1 May, C's mentor on 30 April.
			const leaving = new Map([
				[mentors[5].email, '2026-04-30'],
				[bMentee1.email, '2026-05-01'],
				[cMentor.email, '2026-04-30'],
			]);
			const everyone = [...mentors, ...mentees, bMentor0, bMentor1, bMentee0, bMentee1, cMentor, cMentee];
			mockPersonioDirectory(everyone.map((person) => ({ ...person, terminationDate: leaving.get(person.email) ?? null })));
			const result = await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: MORNING }] }, dataTables: tables, credentials: credentials() });
			expect(result.error).toBeUndefined();

			expect(pairRows().filter((row) => row.status === 'ended').map((row) => [row.programId, row.pairId])).toEqual([
				['mentoring-2026', pairs[5].pairId],
				[B, bPairs[1].pairId],
			]);
			expect(pairOf(cPair.pairId).status).toBe('active');
			expect(mailsTo(PM)).toEqual([`Mentoring pair ended: ${mentors[5].name} and ${mentees[5].name}`]);
			expect(mailsTo(B_PM)).toEqual([`Mentoring pair ended: ${bMentor1.name} and ${bMentee1.name}`]);
			expect(mailsTo(bMentor1.email)).toEqual([`Your mentoring pair with ${bMentee1.name} has ended`]);
			expect(mailsTo(C_PM)).toEqual([]);
			expect(smtp.messages).toHaveLength(4);
		});
	});

	describe('when matching runs after two mentees ended their pairs, one asking for a new mentor', () => {
		/** The Matching template's run a week later, from the roster alone (no HR system). */
		const runMatching = async (executionId: string) => {
			const result = await runWorkflow(withHrSystem(loadTemplate('mentorship-matching.json'), 'None'), {
				start: { node: 'Run Matching Now', items: [{ programId: 'mentoring-2026', channel: 'email', privateChannel: 'no', submittedAt: '2026-05-11T09:00:00.000+02:00' }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential },
				executionId,
			});
			expect(result.error).toBeUndefined();
			return result;
		};

		it('proposes a new mentor to that mentee only, never the one they had', async () => {
			expect((await submit(tokenFor(3, 'mentee'), 'Other', 'Yes')).title).toBe(PAGES.ended);
			expect((await submit(tokenFor(6, 'mentee'), 'Changed role', 'No')).title).toBe(PAGES.ended);

			await runMatching('exec-rematch');
			const proposals = pairRows().filter((row) => row.status === 'proposed');
			// Mentee 3 is the only mentee without an active pair who is still enrolled; mentee 6 withdrew.
			expect(proposals.map((row) => row.menteeId)).toEqual([mentees[3].id]);
			// Free places: mentor 3 and mentor 6 (their pairs ended) and mentors 10 to 15; mentor 3 was mentee 3's mentor.
			const allowed = [mentors[6], ...allMentors.slice(10)].map((person) => person.id);
			expect(allowed).toContain(proposals[0].mentorId);
			expect(proposals[0].mentorId).not.toBe(mentors[3].id);
			// The eight pairs that did not end are kept as they were.
			expect(pairRows().filter((row) => row.status === 'active')).toHaveLength(8);
		});

		it('leaves the mentee unmatched when the only free place is the mentor they had', async () => {
			// A program of the ten pairs alone: when pair 3 ends, mentor 3's is the only free place.
			tables = programTables(mentors);
			expect((await submit(tokenFor(3, 'mentee'), 'Other', 'Yes')).title).toBe(PAGES.ended);

			const matching = await runMatching('exec-rematch-alone');
			expect(pairRows().filter((row) => row.status === 'proposed')).toEqual([]);
			const unmatched = matching.output('Mentor Matcher', 1).map((item) => item.json);
			// Mentee 3 and mentor 3 are the only people left over, and the one mentor ruled out for mentee 3 is ruled out by history.
			// (Other rules of the program record may rule out other, full mentors too; history rules out exactly one.)
			expect(unmatched.map((person) => [person.id, person.role, (person.excludedBy as IDataObject | undefined)?.history ?? null])).toEqual([
				[mentees[3].id, 'mentee', 1],
				[mentors[3].id, 'mentor', null],
			]);
		});
	});
});
