import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { BAMBOO_CREDENTIALS, mockBambooReport } from './helpers/bamboo';
import { withQuickRetries } from './helpers/delivery';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork } from './helpers/edges';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, readTestLink, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { TableRow } from './helpers/templates';
import { LINK_PAGES, tokenAfter, withdrawWith, WITHDRAW_ROSTER_COLUMNS } from './helpers/withdrawLinks';
import { loadTemplate, PAIR_COLUMNS, PICK_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-mentor-choice.json'));
const matching = loadTemplate('mentorship-matching.json');
const PROGRAM = 'mentoring-2026';
const PICK_URL = 'https://n8n.example.com/form/mentorship-pick-mentor';
/** The program manager opens the form at 09:00 Amsterdam time, 08:00 UTC. */
const SENT_AT = '2026-03-02T09:00:00.000+01:00';
/** Pick links work 14 days: until 16 March 2026, 08:00 UTC. */
const LINKS_EXPIRE = Date.UTC(2026, 2, 16, 8) / 1000;
/** A mentee answers the next day. */
const PICKED_AT = '2026-03-03T10:00:00.000+01:00';
const PAGES = { saved: 'Your choice is saved', badLink: 'This link does not work', closed: 'This choice is closed' };

interface Person {
	id: string;
	name: string;
	role: 'mentor' | 'mentee';
	skills: string;
	capacity?: number;
	status?: string;
}


const emailOf = (person: Person) => `${person.id.toLowerCase()}@example.com`;

/**
 * A roster row. Everything but the skills is the same for everyone (time zone, language,
 * level, no department, no manager), so the only criterion that tells mentors apart is
 * the skills a mentor offers against the one skill a mentee wants.
 */
function row(person: Person): TableRow {
	return {
		participantId: person.id,
		email: emailOf(person),
		name: person.name,
		role: person.role,
		department: '',
		title: '',
		timezone: 'Europe/Amsterdam',
		languages: 'en',
		skillsOffered: person.role === 'mentor' ? person.skills : '',
		skillsWanted: person.role === 'mentee' ? person.skills : '',
		goals: '',
		programId: PROGRAM,
		managerId: '',
		level: person.role === 'mentor' ? 5 : 3,
		capacity: person.capacity ?? 1,
		consent: true,
		status: person.status ?? 'enrolled',
		nominations: '',
	};
}

// Mentors M1 to M4 have two places each; M5 offers both skills but its one place is taken by P0.
const M1: Person = { id: 'M1', name: 'Mentor One', role: 'mentor', skills: 'negotiation', capacity: 2 };
const M2: Person = { id: 'M2', name: 'Mentor Two', role: 'mentor', skills: 'negotiation, public-speaking', capacity: 2 };
const M3: Person = { id: 'M3', name: 'Mentor Three', role: 'mentor', skills: 'negotiation, public-speaking', capacity: 2 };
const M4: Person = { id: 'M4', name: 'Mentor Four', role: 'mentor', skills: 'public-speaking', capacity: 2 };
const M5: Person = { id: 'M5', name: 'Mentor Five', role: 'mentor', skills: 'negotiation, public-speaking', capacity: 1 };
const A: Person = { id: 'A', name: 'Mentee Ann', role: 'mentee', skills: 'negotiation' };
const B: Person = { id: 'B', name: 'Mentee Bob', role: 'mentee', skills: 'public-speaking' };
const P0: Person = { id: 'P0', name: 'Mentee Paired', role: 'mentee', skills: 'negotiation' };
const LEFT: Person = { id: 'M6', name: 'Mentor Left', role: 'mentor', skills: 'negotiation', status: 'waitlisted' };

const activePair = {
	pairId: 'pair-M5-P0',
	programId: PROGRAM,
	status: 'active',
	channel: 'email',
	mentorId: 'M5',
	mentorName: M5.name,
	mentorEmail: emailOf(M5),
	menteeId: 'P0',
	menteeName: P0.name,
	menteeEmail: emailOf(P0),
	score: 80,
};

describe('the Mentor choice template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS, ...BAMBOO_CREDENTIALS });

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
		tables.create('mentorship_roster', [...ROSTER_COLUMNS, ...WITHDRAW_ROSTER_COLUMNS], [M1, M2, M3, M4, M5, LEFT, A, B, P0].map(row));
		tables.create('mentorship_pairs', PAIR_COLUMNS, [activePair]);
		tables.create('mentorship_picks', PICK_COLUMNS);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	const claimsFor = (mentee: Person, mentor: Person, changes: Partial<TestLinkClaims> = {}): TestLinkClaims => ({
		programId: PROGRAM,
		subject: mentor.id,
		person: emailOf(mentee),
		role: 'mentee',
		purpose: 'pickMentor',
		expiresAt: LINKS_EXPIRE,
		...changes,
	});
	const linkFor = (mentee: Person, mentor: Person) => `${PICK_URL}?token=${signTestLink(claimsFor(mentee, mentor))}`;

	describe('when the program manager sends the suggestions', () => {
		let result: RunResult;

		beforeEach(async () => {
			result = await runWorkflow(workflow, {
				start: { node: 'Send Mentor Suggestions', items: [{ programId: PROGRAM, submittedAt: SENT_AT, formMode: 'production' }] },
				dataTables: tables,
				credentials: credentials(),
				executionId: 'exec-suggest',
			});
		});

		it('emails each mentee without a pair one message, and nobody else', () => {
			expect(result.error).toBeUndefined();
			expect(smtp.messages.map((mail) => mail.to).sort()).toEqual([[emailOf(A)], [emailOf(B)]]);
		});

		it('offers each mentee the three mentors who share their wanted skill and have a free place, ties by id, each with the reason and a signed link', () => {
			// A wants negotiation: M1, M2 and M3 offer it (M5 does too, but its one place is taken); B wants public-speaking: M2, M3, M4.
			const expected: Array<[Person, Person[], string]> = [
				[A, [M1, M2, M3], 'shares 1 of 1 wanted skills: negotiation'],
				[B, [M2, M3, M4], 'shares 1 of 1 wanted skills: public-speaking'],
			];
			for (const [mentee, mentors, reason] of expected) {
				const [mail] = smtp.to(emailOf(mentee));
				const text = String(mail.parsed.text);
				mentors.forEach((mentor, index) => {
					expect(text).toContain(`${index + 1}. ${mentor.name}: ${reason}.\n   I'd like this mentor: ${linkFor(mentee, mentor)}`);
					expect(String(mail.parsed.html)).toContain(`href="${linkFor(mentee, mentor)}"`);
				});
				expect(text).not.toContain(M5.name);
				expect(text).not.toContain('4. ');
			}
		});

		it('binds each link to the program, the chosen mentor, the mentee and the purpose pickMentor, for 14 days', () => {
			const made = result.output('Make Pick Links').map((item) => item.json);
			expect(made).toHaveLength(6);
			for (const link of made) {
				const mentee = [A, B].find((person) => emailOf(person) === link.menteeEmail)!;
				const mentor = [M1, M2, M3, M4].find((person) => person.id === (link.suggestion as IDataObject).mentorId)!;
				expect(readTestLink(String(link.linkToken))).toEqual(claimsFor(mentee, mentor));
			}
		});
		it("ends each email with the mentee's own withdrawal link (a year long), which withdraws that mentee only on the Places withdrawal form", async () => {
			const [mailA] = smtp.to(emailOf(A));
			const text = String(mailA.parsed.text);
			expect(text).toMatch(/\n\nTo leave the program: https:\/\/n8n\.example\.com\/form\/mentorship-withdraw\?token=\S+$/);
			const token = tokenAfter(text, 'mentorship-withdraw');
			// Sent 2 March 2026, 08:00 UTC; valid 365 days: until 2 March 2027, 08:00 UTC.
			expect(readTestLink(token)).toEqual({ programId: PROGRAM, subject: PROGRAM, person: emailOf(A), role: 'mentee', purpose: 'withdraw', expiresAt: Date.UTC(2027, 2, 2, 8) / 1000 });
			expect(String(mailA.parsed.html)).toContain(`<a href="https://n8n.example.com/form/mentorship-withdraw?token=${token}">Leave the program</a>`);
			expect(tokenAfter(String(smtp.to(emailOf(B))[0].parsed.text), 'mentorship-withdraw')).not.toBe(token);

			expect((await withdrawWith(token, tables, credentials())).title).toBe(LINK_PAGES.withdrawn);
			const statuses = Object.fromEntries(tables.rows('mentorship_roster').map((entry) => [entry.participantId, entry.status]));
			expect(statuses).toEqual({ M1: 'enrolled', M2: 'enrolled', M3: 'enrolled', M4: 'enrolled', M5: 'enrolled', M6: 'waitlisted', A: 'withdrawn', B: 'enrolled', P0: 'enrolled' });
		});
	});

	describe('when a mentee opens an "I\'d like this mentor" link', () => {
		const pick = async (token: string) => {
			const result = await runWorkflow(workflow, {
				start: { node: 'Pick Mentor', items: [{ token, submittedAt: PICKED_AT, formMode: 'production', formQueryParameters: { token } }] },
				dataTables: tables,
				credentials: credentials(),
			});
			expect(result.error).toBeUndefined();
			return formPage(workflow, result);
		};

		const picksOf = (person: Person) =>
			tables
				.rows('mentorship_picks')
				.filter((entry) => entry.menteeEmail === emailOf(person))
				.map((entry) => [entry.programId, entry.mentorEmail]);

		it('stores each pick once as a new row of mentorship_picks, in the order chosen, leaves the roster alone, and a replay changes nothing', async () => {
			const roster = tables.rows('mentorship_roster');
			const first = await pick(signTestLink(claimsFor(A, M2)));
			expect(first.title).toBe(PAGES.saved);
			expect(first.message).toContain('You asked for Mentor Two as your mentor.');
			expect(picksOf(A)).toEqual([[PROGRAM, 'm2@example.com']]);

			expect((await pick(signTestLink(claimsFor(A, M2)))).title).toBe(PAGES.saved);
			expect(picksOf(A)).toEqual([[PROGRAM, 'm2@example.com']]);

			expect((await pick(signTestLink(claimsFor(A, M1)))).title).toBe(PAGES.saved);
			expect(picksOf(A)).toEqual([
				[PROGRAM, 'm2@example.com'],
				[PROGRAM, 'm1@example.com'],
			]);
			expect(tables.rows('mentorship_picks')).toHaveLength(2);
			expect(tables.rows('mentorship_picks')[0]).toMatchObject({ pickedAt: new Date(PICKED_AT) });
			// The picks are merged at matching time: no roster row changed.
			expect(tables.rows('mentorship_roster')).toEqual(roster);
		});

		it('keeps both of two picks the mentee makes at the same instant', async () => {
			// Two executions run side by side: the old read-then-update of the roster kept only one of them.
			const pages = await Promise.all([pick(signTestLink(claimsFor(A, M2))), pick(signTestLink(claimsFor(A, M3)))]);
			expect(pages.map((page) => page.title)).toEqual([PAGES.saved, PAGES.saved]);
			expect(picksOf(A).map(([, mentor]) => mentor).sort()).toEqual(['m2@example.com', 'm3@example.com']);
		});

		it('changes nothing when the mentee picks a mentor the application already named', async () => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
			tables.create('mentorship_roster', [...ROSTER_COLUMNS, ...WITHDRAW_ROSTER_COLUMNS], [M1, M2, M3, M4, M5, LEFT, A, B, P0].map((person) => ({ ...row(person), nominations: person === A ? 'm3@example.com' : '' })));
			tables.create('mentorship_pairs', PAIR_COLUMNS, [activePair]);
			tables.create('mentorship_picks', PICK_COLUMNS);
			expect((await pick(signTestLink(claimsFor(A, M3)))).title).toBe(PAGES.saved);
			expect(tables.rows('mentorship_picks')).toEqual([]);
		});

		it.each([
			['forged with another secret', () => signTestLink(claimsFor(A, M2), 'another-secret-0123456789abcdefghijklmnopqrstuvwxyz')],
			['expired', () => signTestLink(claimsFor(A, M2, { expiresAt: Date.UTC(2026, 2, 3, 8) / 1000 }))],
			['made for another purpose', () => signTestLink(claimsFor(A, M2, { purpose: 'checkInMidpoint' }))],
			['made for a mentor role', () => signTestLink(claimsFor(A, M2, { role: 'mentor' }))],
			['oversized', () => 'x'.repeat(1_000_000)],
			['tampered (subject changed after signing)', () => {
				const [payload, signature] = signTestLink(claimsFor(A, M2)).split('.');
				const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as IDataObject;
				return `${Buffer.from(JSON.stringify({ ...claims, s: 'M1' })).toString('base64url')}.${signature}`;
			}],
		])('refuses a link %s and changes no row', async (_, token) => {
			const before = tables.rows('mentorship_roster');
			const page = await pick(token());
			expect(page.title).toBe(PAGES.badLink);
			expect(page.message).not.toBe('');
			expect(tables.rows('mentorship_roster')).toEqual(before);
			expect(tables.rows('mentorship_picks')).toEqual([]);
		});

		it('closes the choice when the mentor is no longer enrolled, the mentor is not a mentor, or the mentee is not on the roster', async () => {
			const before = tables.rows('mentorship_roster');
			expect((await pick(signTestLink(claimsFor(A, LEFT)))).title).toBe(PAGES.closed);
			expect((await pick(signTestLink(claimsFor(A, B)))).title).toBe(PAGES.closed);
			expect((await pick(signTestLink(claimsFor({ ...A, id: 'stranger' }, M2)))).title).toBe(PAGES.closed);
			expect((await pick(signTestLink(claimsFor(A, M2, { programId: 'another-program' })))).title).toBe(PAGES.closed);
			expect(tables.rows('mentorship_roster')).toEqual(before);
			expect(tables.rows('mentorship_picks')).toEqual([]);
		});
	});

	describe('when the next matching run comes after a mentee picked a mentor', () => {
		/**
		 * A wants negotiation (offered by M1), B wants public-speaking (offered by M4, two places).
		 * Every other criterion is equal for every pair, so without a choice A gets M1 (skills add
		 * up to 30 weight points). When A picks M4, A-M4 gets the full nomination weight (40, first
		 * choice) and no skills points, which beats A-M1's at most 30; M4 has a place for both A and
		 * B, so B keeps M4 and nothing else changes.
		 */
		const people = [{ ...M1, capacity: 1 }, M4, A, B];
		const runMatching = async (executionId: string) => {
			mockBambooReport(
				'101',
				people.map((person) => ({ id: person.id, employeeNumber: person.id, displayName: person.name, workEmail: emailOf(person), department: '', jobTitle: '', supervisorEId: null, level: String(person.role === 'mentor' ? 5 : 3), location: '', hireDate: '2020-01-01', terminationDate: null, lastPromotionDate: null })),
			);
			const result = await runWorkflow(matching, {
				start: { node: 'Run Matching Now', items: [{ programId: PROGRAM, channel: 'email', privateChannel: 'no', submittedAt: '2026-03-20T09:00:00.000+01:00' }] },
				dataTables: tables,
				credentials: credentials(),
				executionId,
			});
			expect(result.error).toBeUndefined();
			return tables.rows('mentorship_pairs').filter((pair) => pair.status === 'proposed');
		};

		beforeEach(() => {
			tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, people.map(row));
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			tables.create('mentorship_picks', PICK_COLUMNS);
		});

		it('pairs A with M1 when A chose nobody', async () => {
			const proposals = await runMatching('exec-match-plain');
			expect(proposals.map((pair) => [pair.menteeEmail, pair.mentorEmail]).sort()).toEqual([
				[emailOf(A), emailOf(M1)],
				[emailOf(B), emailOf(M4)],
			]);
		});

		it('pairs A with the mentor A picked through the link, and the reasons say so', async () => {
			const token = signTestLink(claimsFor(A, M4));
			const picked = await runWorkflow(workflow, {
				start: { node: 'Pick Mentor', items: [{ token, submittedAt: PICKED_AT, formMode: 'production' }] },
				dataTables: tables,
				credentials: credentials(),
			});
			expect(formPage(workflow, picked).title).toBe(PAGES.saved);

			const proposals = await runMatching('exec-match-picked');
			expect(proposals.map((pair) => [pair.menteeEmail, pair.mentorEmail]).sort()).toEqual([
				[emailOf(A), emailOf(M4)],
				[emailOf(B), emailOf(M4)],
			]);
			const ann = proposals.find((pair) => pair.menteeEmail === emailOf(A))!;
			expect(String(ann.reasons)).toContain('you nominated them as your first choice');
		});

		it('honours both of two picks made at the same moment, ranked by the time picked', async () => {
			// A picks M4 (10:00:00) and M1 (10:00:01) in two executions side by side. Merged: m4 first, m1 second.
			// A-M4: first choice 40 points, no shared skill. A-M1: second choice 40 × 750/1000 = 30, plus the skill 30 = 60.
			// So A gets M1, and the reason names the second choice, which only holds when both picks were kept.
			const pickAt = (mentor: Person, submittedAt: string) =>
				runWorkflow(workflow, {
					start: { node: 'Pick Mentor', items: [{ token: signTestLink(claimsFor(A, mentor)), submittedAt, formMode: 'production' }] },
					dataTables: tables,
					credentials: credentials(),
				});
			await Promise.all([pickAt(M1, '2026-03-03T10:00:01.000+01:00'), pickAt(M4, '2026-03-03T10:00:00.000+01:00')]);
			expect(tables.rows('mentorship_picks').map((entry) => entry.mentorEmail).sort()).toEqual([emailOf(M1), emailOf(M4)]);

			const proposals = await runMatching('exec-match-both');
			expect(proposals.map((pair) => [pair.menteeEmail, pair.mentorEmail]).sort()).toEqual([
				[emailOf(A), emailOf(M1)],
				[emailOf(B), emailOf(M4)],
			]);
			expect(String(proposals.find((pair) => pair.menteeEmail === emailOf(A))!.reasons)).toContain('you nominated them as your second choice');
		});
	});
});
