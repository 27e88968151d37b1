import './helpers/esmModules';

import type { IDataObject, INode, Workflow } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { closeEdges, isolateNetwork } from './helpers/edges';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, readTestLink, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { TableRow } from './helpers/templates';
import { tokenAfter, withdrawWith } from './helpers/withdrawLinks';
import { CLAIM_COLUMNS, EMAIL_RETRY_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-places.json'));
const PROGRAM = 'mentoring-2026';
/** The first offer run: 9:00 UTC on Monday 4 May 2026; offers stay open 3 days. */
const DAY_1 = '2026-05-04T09:00:00.000Z';
const DEADLINE_1 = '2026-05-07T09:00:00.000Z';
/** The run after the first deadline and its hour of grace. */
const DAY_4 = '2026-05-07T10:00:00.000Z';
const DEADLINE_2 = '2026-05-10T10:00:00.000Z';
const PAGES = {
	confirmed: 'Your place is confirmed',
	taken: 'This place has just gone',
	closed: 'This offer is no longer open',
	badLink: 'This link does not work',
	withdrawn: 'You have left the program',
	cannotWithdraw: 'Nothing was changed',
	notOpen: 'This program is not running',
};

describe('the Waitlist Offers and Withdrawal template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const mentees = sampleOrg().filter((person) => person.role === 'mentee').slice(0, 6);
	const mentor = sampleOrg().find((person) => person.role === 'mentor')!;
	// Mentees 0-2 hold the 3 places; 3, 4, 5 wait at positions 1, 2, 3. Mentee 0 is in a pair.
	const enrolled = mentees.slice(0, 3);
	const [first, second, third] = mentees.slice(3);
	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });
	const roster = () => tables.rows('mentorship_roster');
	const rowOf = (email: string) => roster().find((row) => row.email === email)!;
	const statusOf = (email: string) => [rowOf(email).status, rowOf(email).waitlistPosition];
	const enrolledMentees = () => roster().filter((row) => row.role === 'mentee' && row.status === 'enrolled').length;

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		tables = programTables();
	});

	/** Program A's tables, its record last (mentees 0-2 in its 3 places, 3-5 waiting, mentee 0 paired), with more programs' records and roster rows. */
	const programTables = (otherPrograms: TableRow[] = [], otherRoster: TableRow[] = []) => {
		const fresh = new InMemoryDataTables();
		const rows: TableRow[] = [
			...enrolled.map((person) => rosterRow(person, 'enrolled')),
			...[first, second, third].map((person, index) => ({ ...rosterRow(person, 'waitlisted'), waitlistPosition: index + 1 })),
			rosterRow(mentor, 'enrolled'),
			...otherRoster,
		];
		fresh.create('mentorship_roster', [...ROSTER_COLUMNS, { name: 'rematch', type: 'boolean' }, { name: 'offerExpiresAt', type: 'string' }], rows);
		fresh.create('mentorship_pairs', PAIR_COLUMNS, [pairRow(mentor, enrolled[0], 'email')]);
		fresh.create('mentorship_claims', CLAIM_COLUMNS);
		fresh.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		fresh.create('mentorship_email_retries', EMAIL_RETRY_COLUMNS);
		// The program's record: 3 places for mentees, 40 for mentors, offers open 3 days.
		fresh.create('mentorship_programs', PROGRAM_COLUMNS, [...otherPrograms, programRow({ menteeSeats: 3, mentorSeats: 40, offerDays: 3 })]);
		return fresh;
	};

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	/** The program manager edits a program's record in the Data Table. */
	const editProgram = async (programId: string, changes: Record<string, number | string>) => {
		const table = tables.tables().find((candidate) => candidate.name === 'mentorship_programs')!;
		const proxy = await tables.provider.getDataTableProxy({} as Workflow, { type: 'n8n-nodes-base.dataTable' } as INode, table.id);
		await proxy.updateRows({ filter: { type: 'and', filters: [{ columnName: 'programId', condition: 'eq', value: programId }] }, data: changes });
	};
	const morning = async (timestamp: string, template = workflow) => {
		const result = await runWorkflow(template, { start: { node: 'Every Morning', items: [{ timestamp }] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		return result;
	};
	const linkFor = (person: { email: string }, purpose: string, subject: string, expiresAt: number, changes: Partial<TestLinkClaims> = {}, secret?: string) =>
		signTestLink({ programId: PROGRAM, subject, person: person.email.toLowerCase(), role: 'mentee', purpose, expiresAt, ...changes }, secret);
	const submitTo = async (form: string, token: string, submittedAt: string, answers: IDataObject, template = workflow) => {
		const item = { token, ...answers, submittedAt, formMode: 'production', formQueryParameters: { token } };
		const result = await runWorkflow(template, { start: { node: form, items: [item] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		return formPage(template, result);
	};
	const accept = (token: string, submittedAt: string, template = workflow) => submitTo('Accept Place Form', token, submittedAt, { accept: 'Yes, I take it' }, template);
	const withdraw = (token: string, submittedAt = '2026-05-03T12:00:00.000Z') => submitTo('Withdraw Form', token, submittedAt, { withdraw: 'Yes, I leave the program' });
	const withdrawalLink = (person: { email: string }) => linkFor(person, 'withdraw', PROGRAM, Date.UTC(2026, 8, 1) / 1000);
	/** The token in the accept link of the one offer email sent to `email`. */
	const offeredToken = (email: string) => {
		const [mail, ...more] = smtp.to(email);
		expect(more).toEqual([]);
		return /token=([A-Za-z0-9_.-]+)/.exec(String(mail.parsed.text))![1];
	};

	describe('when nobody has left', () => {
		it('offers nothing', async () => {
			await morning(DAY_1);
			expect(smtp.messages).toEqual([]);
			expect(roster().filter((row) => row.status === 'offered')).toEqual([]);
		});
	});

	describe('when an enrolled mentee withdraws', () => {
		beforeEach(async () => {
			expect((await withdraw(withdrawalLink(enrolled[1]))).title).toBe(PAGES.withdrawn);
		});

		it('frees their place, and the next morning offers it to the first on the waitlist only, until three days later', async () => {
			expect(statusOf(enrolled[1].email)).toEqual(['withdrawn', null]);
			await morning(DAY_1);

			expect([rowOf(first.email).status, rowOf(first.email).offerExpiresAt]).toEqual(['offered', DEADLINE_1]);
			expect(statusOf(second.email)).toEqual(['waitlisted', 2]);
			expect(smtp.messages.map((mail) => mail.to)).toEqual([[first.email]]);
			const [mail] = smtp.to(first.email);
			expect(mail.parsed.subject).toBe('A place in the mentoring program is yours if you want it');
			expect(mail.parsed.text).toContain('before 7 May 2026, 09:00 UTC');
			expect(readTestLink(offeredToken(first.email))).toEqual({
				programId: PROGRAM,
				subject: DEADLINE_1,
				person: first.email,
				role: 'mentee',
				purpose: 'acceptPlace',
				expiresAt: Date.parse(DEADLINE_1) / 1000,
			});
			expect(tables.rows('mentorship_sent_log').map((row) => [row.kind, row.status])).toEqual([['placeOffer', 'sent']]);
		});

		it("ends the offer with the person's own withdrawal link (a year long), which takes that person only off the program", async () => {
			await morning(DAY_1);
			const text = String(smtp.to(first.email)[0].parsed.text);
			expect(text).toMatch(/\n\nTo leave the program: https:\/\/n8n\.example\.com\/form\/mentorship-withdraw\?token=\S+\n\nThe mentoring program team\n?$/);
			const token = tokenAfter(text, 'mentorship-withdraw');
			// Made at the offer run, 4 May 2026 09:00 UTC, for 365 days.
			expect(readTestLink(token)).toEqual({ programId: PROGRAM, subject: PROGRAM, person: first.email, role: 'mentee', purpose: 'withdraw', expiresAt: Date.UTC(2027, 4, 4, 9) / 1000 });

			expect((await withdrawWith(token, tables, credentials(), '2026-05-05T08:00:00.000Z')).title).toBe(PAGES.withdrawn);
			expect(statusOf(first.email)[0]).toBe('withdrawn');
			expect([statusOf(second.email), statusOf(third.email)]).toEqual([['waitlisted', 2], ['waitlisted', 3]]);
			expect([enrolled[0], enrolled[2], mentor].map((person) => rowOf(person.email).status)).toEqual(['enrolled', 'enrolled', 'enrolled']);
		});

		it('gives the place to the person offered it when they accept in time, once', async () => {
			await morning(DAY_1);
			const token = offeredToken(first.email);

			expect((await accept(token, '2026-05-05T08:00:00.000Z')).title).toBe(PAGES.confirmed);
			// The place is theirs; their row keeps the waitlist position they had (1), which is never given again.
			expect(statusOf(first.email)).toEqual(['enrolled', 1]);
			expect(enrolledMentees()).toBe(3);
			// The same link again: nothing changes.
			const again = await accept(token, '2026-05-05T08:05:00.000Z');
			expect([again.title, again.message]).toEqual([PAGES.closed, 'You already have your place in the program.']);
			expect(tables.rows('mentorship_claims')).toHaveLength(1);
			// The next morning has no place to offer.
			await morning('2026-05-06T09:00:00.000Z');
			expect(smtp.messages).toHaveLength(1);
		});

		it('passes the place to the second on the waitlist when the first does not accept in time', async () => {
			await morning(DAY_1);
			const lateToken = offeredToken(first.email);
			await morning(DAY_4);

			expect(statusOf(first.email)).toEqual(['lapsed', 1]);
			expect([rowOf(second.email).status, rowOf(second.email).offerExpiresAt]).toEqual(['offered', DEADLINE_2]);
			expect(smtp.to(second.email)).toHaveLength(1);
			// The first person's link has expired with their offer.
			const late = await accept(lateToken, DAY_4);
			expect(late.title).toBe(PAGES.badLink);
			expect(late.message.startsWith('This link has expired.')).toBe(true);

			expect((await accept(offeredToken(second.email), '2026-05-08T09:00:00.000Z')).title).toBe(PAGES.confirmed);
			expect(statusOf(second.email)).toEqual(['enrolled', 2]);
			expect(statusOf(third.email)).toEqual(['waitlisted', 3]);
			expect(enrolledMentees()).toBe(3);
		});
	});

	describe('when two people accept at the same moment and only one place is left', () => {
		it('gives it to one of them and sends the other back to the waitlist, never over the limit', async () => {
			// Two places freed and were offered to the first two; then the program manager lowered the limit to 2 in the record.
			await withdraw(withdrawalLink(enrolled[1]));
			await withdraw(withdrawalLink(enrolled[2]));
			await morning(DAY_1);
			expect(roster().filter((row) => row.status === 'offered').map((row) => row.email)).toEqual([first.email, second.email]);
			await editProgram(PROGRAM, { menteeSeats: 2 });

			const pages = await Promise.all([accept(offeredToken(first.email), '2026-05-05T08:00:00.000Z'), accept(offeredToken(second.email), '2026-05-05T08:00:00.000Z')]);

			expect(enrolledMentees()).toBe(2);
			expect(pages.map((page) => page.title).sort()).toEqual([PAGES.confirmed, PAGES.taken].sort());
			// The place went to the first claim inserted.
			const [winnerClaim] = tables.rows('mentorship_claims');
			const winner = String(winnerClaim.claimKey).split('|')[1];
			const loser = winner === first.email ? second : first;
			expect(statusOf(winner)).toEqual(['enrolled', winner === first.email ? 1 : 2]);
			expect(statusOf(loser.email)).toEqual(['waitlisted', loser === first ? 1 : 2]);
		});
	});

	describe('with an accept link that is not genuine', () => {
		const EXPIRES = Date.parse(DEADLINE_1) / 1000;
		const refusals: Array<[string, () => string, string]> = [
			['signed with another secret (forged)', () => linkFor(first, 'acceptPlace', DEADLINE_1, EXPIRES, {}, 'a-forger-guessing-the-secret-0123456789'), 'This link is not valid.'],
			['made for withdrawing', () => linkFor(first, 'withdraw', DEADLINE_1, EXPIRES), 'This link is meant for a different page.'],
			['of a megabyte', () => 'x'.repeat(1_000_000), 'This link is incomplete or damaged.'],
		];

		it.each(refusals)('refuses a link %s and gives no place', async (_case, token, message) => {
			await withdraw(withdrawalLink(enrolled[1]));
			await morning(DAY_1);
			const page = await accept(token(), '2026-05-05T08:00:00.000Z');

			expect(page.title).toBe(PAGES.badLink);
			expect(page.message.startsWith(message)).toBe(true);
			expect(statusOf(first.email)).toEqual(['offered', 1]);
			expect(tables.rows('mentorship_claims')).toEqual([]);
		});

		it('gives no place to a waitlisted person with a genuine link but no offer', async () => {
			const page = await accept(linkFor(second, 'acceptPlace', DEADLINE_1, Date.parse(DEADLINE_1) / 1000), '2026-05-05T08:00:00.000Z');
			expect(page.title).toBe(PAGES.closed);
			expect(statusOf(second.email)).toEqual(['waitlisted', 2]);
		});
	});

	describe('when a person in an active pair uses their withdrawal link', () => {
		it('changes nothing and points them to ending the pair', async () => {
			const page = await withdraw(withdrawalLink(enrolled[0]));
			expect(page.title).toBe(PAGES.cannotWithdraw);
			expect(page.message).toContain('end the pair with the link in your emails');
			expect(statusOf(enrolled[0].email)).toEqual(['enrolled', null]);
		});
	});

	describe('when someone uses a withdrawal link twice', () => {
		it('withdraws them once and then says there is nothing to leave', async () => {
			await withdraw(withdrawalLink(third));
			const again = await withdraw(withdrawalLink(third));
			expect(again.title).toBe(PAGES.cannotWithdraw);
			expect(statusOf(third.email)).toEqual(['withdrawn', 3]);
		});
	});

	describe('with a second open program and a closed one', () => {
		const B = 'mentoring-2026-b';
		const [bEnrolled, bFirst, bSecond, cWaiting] = sampleOrg().filter((person) => person.role === 'mentee').slice(6, 10);
		// B: 2 mentee places, one taken, offers open 5 days. C (closed): 5 places, nobody enrolled, one person waiting.
		const waiting = (person: typeof bFirst, programId: string, position: number) => ({ ...rosterRow(person, 'waitlisted', programId), waitlistPosition: position });
		beforeEach(() => {
			tables = programTables(
				[
					programRow({ programId: B, name: 'Mentoring 2026 B', managerEmail: 'b-manager@example.com', menteeSeats: 2, mentorSeats: 40, offerDays: 5 }),
					programRow({ programId: 'mentoring-2025', name: 'Mentoring 2025', status: 'closed', menteeSeats: 5 }),
				],
				[rosterRow(bEnrolled, 'enrolled', B), waiting(bFirst, B, 1), waiting(bSecond, B, 2), waiting(cWaiting, 'mentoring-2025', 1)],
			);
		});
		/** B's first offer: made at DAY_1, open 5 days. */
		const B_DEADLINE = '2026-05-09T09:00:00.000Z';

		it("offers each open program's free places to its own waitlist only, with its own days to accept", async () => {
			await withdraw(withdrawalLink(enrolled[1]));
			await morning(DAY_1);

			expect(roster().filter((row) => row.status === 'offered').map((row) => [row.programId, row.email, row.offerExpiresAt])).toEqual([
				[PROGRAM, first.email, DEADLINE_1],
				[B, bFirst.email, B_DEADLINE],
			]);
			expect([statusOf(second.email), statusOf(bSecond.email), statusOf(cWaiting.email)]).toEqual([
				['waitlisted', 2],
				['waitlisted', 2],
				['waitlisted', 1],
			]);
			expect(smtp.messages.map((mail) => mail.to).sort()).toEqual([[first.email], [bFirst.email]].sort());
			expect(readTestLink(offeredToken(bFirst.email))).toMatchObject({ programId: B, person: bFirst.email, purpose: 'acceptPlace', expiresAt: Date.parse(B_DEADLINE) / 1000 });
		});

		it("gives B's place against B's own limit when accepted, and leaves program A as it was", async () => {
			await morning(DAY_1);
			expect((await accept(offeredToken(bFirst.email), '2026-05-05T08:00:00.000Z')).title).toBe(PAGES.confirmed);

			expect(roster().filter((row) => row.programId === B && row.status === 'enrolled').map((row) => row.email)).toEqual([bEnrolled.email, bFirst.email]);
			expect(roster().filter((row) => row.programId === PROGRAM && row.status === 'enrolled')).toHaveLength(4);
		});

		it('still offers the next program its places when earlier ones had nobody in their roster, or only an offer lapse', async () => {
			// Program Z, read first: its one waiting person did not accept by 1 May, and nobody else waits.
			const lapsed = { ...rosterRow(bFirst, 'offered', 'z'), waitlistPosition: 1, offerExpiresAt: '2026-05-01T09:00:00.000Z' };
			// Program Y, read before it, has nobody in its roster yet.
			tables = programTables([programRow({ programId: 'y', name: 'Y' }), programRow({ programId: 'z', name: 'Z', menteeSeats: 1 })], [lapsed]);
			await withdraw(withdrawalLink(enrolled[1]));
			await morning(DAY_1);

			expect(statusOf(bFirst.email)).toEqual(['lapsed', 1]);
			expect([rowOf(first.email).status, rowOf(first.email).offerExpiresAt]).toEqual(['offered', DEADLINE_1]);
			expect(smtp.messages.map((mail) => mail.to)).toEqual([[first.email]]);
		});

		it('changes nothing for a genuine link of a program that has closed, or that does not exist', async () => {
			await morning(DAY_1);
			await editProgram(B, { status: 'closed' });
			const before = roster();

			const closed = await accept(offeredToken(bFirst.email), '2026-05-05T08:00:00.000Z');
			const unknown = await withdraw(linkFor(enrolled[1], 'withdraw', 'no-such-program', Date.UTC(2026, 8, 1) / 1000, { programId: 'no-such-program' }));
			const ended = await withdraw(linkFor(cWaiting, 'withdraw', 'mentoring-2025', Date.UTC(2026, 8, 1) / 1000, { programId: 'mentoring-2025' }));

			expect([closed.title, unknown.title, ended.title]).toEqual([PAGES.notOpen, PAGES.notOpen, PAGES.notOpen]);
			expect(roster()).toEqual(before);
			expect(tables.rows('mentorship_claims')).toEqual([]);
		});
	});
});
