import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { resumeWorkflow } from '../harness/resumeWorkflow';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { LINK_CREDENTIALS, readTestLink, signTestLink } from './helpers/links';
import type { SamplePerson } from './helpers/templates';
import { APPLICATION_COLUMNS, loadTemplate, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg } from './helpers/templates';

const workflow = loadTemplate('mentorship-enrolment.json');
const CONSENT = 'I agree that my answers are used to match me with a colleague';

/** What the n8n Form Trigger emits for a person of the sample organisation. */
function formSubmission(person: SamplePerson, role: 'Mentor' | 'Mentee', overrides: IDataObject = {}): IDataObject {
	return {
		'Work email': person.email,
		'Full name': person.name,
		'I want to be': role,
		Department: person.department,
		'Time zone': person.timezone,
		Languages: person.languages.join(', '),
		'Skills I can offer': role === 'Mentor' ? person.skillsOffered.join(', ') : '',
		'What do you want to learn': role === 'Mentee' ? person.skillsWanted.join(', ') : '',
		Goals: person.goals.join(', '),
		'How many mentees can you take': role === 'Mentor' ? person.capacity : '',
		Consent: [CONSENT],
		submittedAt: '2026-03-02T10:15:00.000+01:00',
		formMode: 'production',
		...overrides,
	};
}

/**
 * The programs the form serves: Mentoring 2026 (the default, 40 places per role), Autumn 2026 (two mentee places,
 * open to example.com addresses only) and Mentoring 2025, closed.
 */
const PROGRAMS = [
	programRow({ mentorSeats: 40, menteeSeats: 40 }),
	programRow({ programId: 'autumn-2026', name: 'Autumn 2026', start: '2026-09-01', menteeSeats: 2, enrolmentMode: 'domains', allowedDomains: 'example.com' }),
	programRow({ programId: 'mentoring-2025', name: 'Mentoring 2025', start: '2025-03-03', status: 'closed' }),
];

describe('the Enrolment template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	// The program takes 40 mentees (the Intake node's seats in the template); 39 are on the roster already.
	const enrolledMentees = mentees.slice(0, 39);
	const [first, second, spoofed, noConsent] = mentees.slice(39, 43);

	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });
	const submit = async (items: IDataObject[], executionId: string) =>
		await runWorkflow(workflow, {
			start: { node: 'Application Form', items },
			dataTables: tables,
			credentials: credentials(),
			executionId,
		});
	const rowOf = (email: string) => tables.rows('mentorship_roster').filter((row) => row.email === email);
	const applicationsOf = (email: string) => tables.rows('mentorship_applications').filter((row) => row.email === email);
	const confirm = async (waiting: Awaited<ReturnType<typeof submit>>, executionId: string) =>
		await resumeWorkflow(workflow, waiting, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId });

	beforeEach(async () => {
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, PROGRAMS);
		tables.create('mentorship_applications', APPLICATION_COLUMNS);
		tables.create('mentorship_roster', ROSTER_COLUMNS, [
			...enrolledMentees.map((person) => rosterRow(person, 'enrolled')),
			...mentors.slice(0, 12).map((person) => rosterRow(person, 'enrolled')),
		]);
	});

	afterEach(async () => await smtp.close());

	describe('when a colleague applies for the last mentee place and confirms', () => {
		it('keeps the application apart from the roster and waits until the confirm link is clicked', async () => {
			const waiting = await submit([formSubmission(first, 'Mentee')], 'exec-first');

			expect(waiting.error).toBeUndefined();
			expect(waiting.status).toBe('waiting');
			expect(rowOf(first.email)).toEqual([]);
			expect(applicationsOf(first.email)).toEqual([
				expect.objectContaining({
					applicationId: 'exec-first-0',
					programId: 'mentoring-2026',
					participantId: first.email,
					name: first.name,
					role: 'mentee',
					status: 'pending',
					decision: 'enrolled',
				}),
			]);
			// Exactly one message, to the address typed in the form, with n8n's signed resume link of this execution.
			expect(smtp.messages).toHaveLength(1);
			const [mail] = smtp.to(first.email);
			expect(mail.parsed.subject).toBe('Please confirm your mentoring application');
			const askNodeId = workflow.nodes.find((node) => node.name === 'Ask to Confirm')?.id;
			expect(String(mail.parsed.html)).toContain(
				`href="http://127.0.0.1:5678/webhook-waiting/exec-first/${askNodeId}?approved=true&signature=`,
			);
			expect(String(mail.parsed.html)).toContain('Confirm my application');
		});

		it('enrols the person after the click and tells them so', async () => {
			const waiting = await submit([formSubmission(first, 'Mentee')], 'exec-first');
			const done = await resumeWorkflow(workflow, waiting, [{ data: { approved: true, respondedAt: '2026-03-02T11:00:00.000Z' } }], {
				dataTables: tables,
				credentials: credentials(),
				executionId: 'exec-first',
			});

			expect(done.error).toBeUndefined();
			expect(done.status).toBe('success');
			expect(rowOf(first.email)).toEqual([
				expect.objectContaining({ programId: 'mentoring-2026', name: first.name, role: 'mentee', status: 'enrolled', applicationId: 'exec-first-0' }),
			]);
			expect(applicationsOf(first.email)).toEqual([expect.objectContaining({ status: 'confirmed' })]);
			const mails = smtp.to(first.email);
			expect(mails.map((mail) => mail.parsed.subject)).toEqual([
				'Please confirm your mentoring application',
				'You are enrolled in the mentoring program',
			]);
			expect(mails[1].parsed.text).toContain('you are enrolled as a mentee');
		});

		it('gives them their own withdrawal link in that email, signed for this program, person and role, valid a year', async () => {
			const waiting = await submit([formSubmission(first, 'Mentee')], 'exec-first');
			const before = Math.floor(Date.now() / 1000);
			await confirm(waiting, 'exec-first');

			const [, enrolled] = smtp.to(first.email);
			const token = /mentorship-withdraw\?token=([A-Za-z0-9_.-]+)/.exec(String(enrolled.parsed.text))![1];
			const claims = readTestLink(token);
			expect(claims).toEqual({ programId: 'mentoring-2026', subject: 'mentoring-2026', person: first.email.toLowerCase(), role: 'mentee', purpose: 'withdraw', expiresAt: expect.any(Number) });
			// Made now (the template's clock) for 365 days, and signed with the program's link secret.
			expect(claims.expiresAt - before).toBeGreaterThanOrEqual(365 * 86_400 - 5);
			expect(claims.expiresAt - before).toBeLessThanOrEqual(365 * 86_400 + 60);
			expect(signTestLink(claims)).toBe(token);
		});
	});

	describe('when the next mentee applies after the places are taken', () => {
		it('puts them on the waitlist only once they confirm', async () => {
			const firstRun = await submit([formSubmission(first, 'Mentee')], 'exec-first');
			await resumeWorkflow(workflow, firstRun, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-first' });
			const waiting = await submit([formSubmission(second, 'Mentee')], 'exec-second');
			// 39 + 1 confirmed = 40 of 40 mentee places: the second applicant is first on the waitlist.
			expect(applicationsOf(second.email)).toEqual([expect.objectContaining({ status: 'pending', decision: 'waitlisted' })]);
			expect(rowOf(second.email)).toEqual([]);

			await resumeWorkflow(workflow, waiting, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-second' });

			expect(rowOf(second.email)).toEqual([expect.objectContaining({ status: 'waitlisted' })]);
			const [, told] = smtp.to(second.email);
			expect(told.parsed.subject).toBe('You are on the mentoring program waitlist');
			expect(told.parsed.text).toContain('you are number 1 on the waitlist');
		});
	});

	describe('when two people apply for the last place before either confirms', () => {
		it('gives the place to whoever confirms first and waitlists the other', async () => {
			const firstApplication = await submit([formSubmission(first, 'Mentee')], 'exec-first');
			const secondApplication = await submit([formSubmission(second, 'Mentee')], 'exec-second');
			// At application time both saw 39 of 40 places taken.
			expect(applicationsOf(first.email)).toEqual([expect.objectContaining({ status: 'pending', decision: 'enrolled' })]);
			expect(applicationsOf(second.email)).toEqual([expect.objectContaining({ status: 'pending', decision: 'enrolled' })]);

			await resumeWorkflow(workflow, secondApplication, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-second' });
			await resumeWorkflow(workflow, firstApplication, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId: 'exec-first' });

			expect(rowOf(second.email)).toEqual([expect.objectContaining({ status: 'enrolled' })]);
			expect(rowOf(first.email)).toEqual([expect.objectContaining({ status: 'waitlisted', waitlistPosition: 1 })]);
			const enrolledMentees = tables.rows('mentorship_roster').filter((row) => row.role === 'mentee' && row.status === 'enrolled');
			expect(enrolledMentees).toHaveLength(40);
		});
	});

	describe('when someone enrols a colleague who never clicks', () => {
		it('marks the application expired when the wait ends and sends nothing more', async () => {
			const waiting = await submit([formSubmission(spoofed, 'Mentee')], 'exec-spoof');
			const done = await resumeWorkflow(workflow, waiting, 'timeout', { dataTables: tables, credentials: credentials(), executionId: 'exec-spoof' });

			expect(done.status).toBe('success');
			expect(applicationsOf(spoofed.email)).toEqual([expect.objectContaining({ status: 'expired' })]);
			expect(rowOf(spoofed.email)).toEqual([]);
			expect(smtp.to(spoofed.email).map((mail) => mail.parsed.subject)).toEqual(['Please confirm your mentoring application']);
			expect(done.executedNodes).not.toContain('Tell Applicant');
		});
	});

	describe('when an applicant does not give consent', () => {
		it('stores nothing and explains why by email', async () => {
			const result = await submit([formSubmission(noConsent, 'Mentee', { Consent: [] })], 'exec-no-consent');

			expect(result.status).toBe('success');
			expect(rowOf(noConsent.email)).toEqual([]);
			expect(applicationsOf(noConsent.email)).toEqual([]);
			const mails = smtp.to(noConsent.email);
			expect(mails).toHaveLength(1);
			expect(mails[0].parsed.subject).toBe('About your mentoring application');
			expect(mails[0].parsed.text).toMatch(/consent/i);
		});
	});
	describe('when someone applies with the address of an enrolled colleague', () => {
		it("leaves the colleague's roster row exactly as it was, whatever happens to the application", async () => {
			const victim = enrolledMentees[3];
			const before = structuredClone(rowOf(victim.email));
			expect(before).toHaveLength(1);

			const spoof = formSubmission(victim, 'Mentor', { 'Full name': 'Someone Else', Department: 'Elsewhere', 'Skills I can offer': 'nothing', 'How many mentees can you take': 3 });
			const waiting = await submit([spoof], 'exec-spoof');
			expect(rowOf(victim.email)).toEqual(before);
			// The email goes to the colleague, and what it promises is true: nothing changes.
			const [mail] = smtp.to(victim.email);
			expect(mail.parsed.text).toContain('nothing changes for you');

			await resumeWorkflow(workflow, waiting, 'timeout', { dataTables: tables, credentials: credentials(), executionId: 'exec-spoof' });
			expect(rowOf(victim.email)).toEqual(before);
			expect(applicationsOf(victim.email)).toEqual([expect.objectContaining({ status: 'expired', name: 'Someone Else' })]);
		});
	});

	describe('when a person of another program applies', () => {
		it('adds a row for this program and keeps the other program\'s row', async () => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, PROGRAMS);
			tables.create('mentorship_applications', APPLICATION_COLUMNS);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [{ ...rosterRow(first, 'enrolled', 'coffee'), role: 'both' }]);
			const before = structuredClone(tables.rows('mentorship_roster').filter((row) => row.programId === 'coffee'));

			const waiting = await submit([formSubmission(first, 'Mentee')], 'exec-first');
			await confirm(waiting, 'exec-first');

			expect(tables.rows('mentorship_roster').filter((row) => row.programId === 'coffee')).toEqual(before);
			expect(rowOf(first.email).map((row) => [row.programId, row.role, row.status])).toEqual([
				['coffee', 'both', 'enrolled'],
				['mentoring-2026', 'mentee', 'enrolled'],
			]);
		});
	});

	describe('when the link names another open program', () => {
		it("enrols the applicant into that program by its own places, while this program's last place is untouched", async () => {
			const waiting = await submit([formSubmission(first, 'Mentee', { program: 'autumn-2026' })], 'exec-autumn');
			expect(smtp.to(first.email)[0].parsed.text).toMatch(/to Autumn 2026\s+as\s+a\s+mentee/);
			await confirm(waiting, 'exec-autumn');

			// By hand: Autumn has two mentee places and nobody in them, so the applicant is enrolled there; Mentoring
			// 2026 still has 39 of 40 mentee places taken, so its last place is still free.
			expect(rowOf(first.email).map((row) => [row.programId, row.role, row.status])).toEqual([['autumn-2026', 'mentee', 'enrolled']]);
			expect(tables.rows('mentorship_roster').filter((row) => row.programId === 'mentoring-2026' && row.role === 'mentee' && row.status === 'enrolled')).toHaveLength(39);
			const waitingToo = await submit([formSubmission(second, 'Mentee')], 'exec-second');
			await confirm(waitingToo, 'exec-second');
			expect(rowOf(second.email).map((row) => [row.programId, row.status])).toEqual([['mentoring-2026', 'enrolled']]);
		});

		it("applies that program's rules: an address outside its email domain is refused", async () => {
			const outsider = { ...first, email: 'jo@partner.org' };
			await submit([formSubmission(outsider, 'Mentee', { program: 'autumn-2026' })], 'exec-outsider');

			expect(tables.rows('mentorship_applications')).toEqual([]);
			const [mail] = smtp.to('jo@partner.org');
			expect(mail.parsed.subject).toBe('About your mentoring application');
			expect(mail.parsed.text).toMatch(/not at an allowed email domain \(expected an address at example\.com\)/);
		});
	});

	describe('when the link names a program that is closed or does not exist', () => {
		it.each([['closed', 'mentoring-2025'], ['unknown', 'no-such-program'], ['oversized', 'x'.repeat(100_000)]])(
			'saves nothing and tells the applicant the program takes no applications (%s)',
			async (_case, program) => {
				const result = await submit([formSubmission(first, 'Mentee', { program })], 'exec-closed');

				expect(result.status).toBe('success');
				expect(tables.rows('mentorship_applications')).toEqual([]);
				expect(tables.rows('mentorship_roster').filter((row) => row.email === first.email)).toEqual([]);
				expect(smtp.to(first.email).map((mail) => mail.parsed.subject)).toEqual(['About your mentoring application']);
				expect(smtp.to(first.email)[0].parsed.text).toContain(`"${program.slice(0, 64)}" does not take applications now`);
			},
		);

		it('still saves nothing and ends without an error when the mail server refuses the explanation', async () => {
			smtp.refusing = true;
			const result = await submit([formSubmission(first, 'Mentee', { program: 'mentoring-2025' })], 'exec-closed');

			expect(result.status).toBe('success');
			expect(tables.rows('mentorship_applications')).toEqual([]);
			expect(tables.rows('mentorship_roster').filter((row) => row.email === first.email)).toEqual([]);
			expect(smtp.messages).toEqual([]);
		});
	});

	describe('when an enrolled person applies again with new answers and confirms', () => {
		it('updates their one row and keeps their place', async () => {
			const member = enrolledMentees[5];
			const waiting = await submit([formSubmission(member, 'Mentee', { Department: 'Research' })], 'exec-update');
			await confirm(waiting, 'exec-update');

			expect(rowOf(member.email)).toEqual([expect.objectContaining({ status: 'enrolled', department: 'Research' })]);
			expect(smtp.to(member.email).map((mail) => mail.parsed.subject)).toEqual(['Please confirm your mentoring application', 'Your mentoring application is updated']);
			expect(tables.rows('mentorship_roster').filter((row) => row.role === 'mentee' && row.status === 'enrolled')).toHaveLength(39);
		});
	});

	describe('when 50 people confirm at the same moment for the last mentee place', () => {
		it('enrols exactly one, the earliest confirmation, and waitlists the rest in order', async () => {
			const applicants = mentees.slice(39, 89);
			expect(applicants).toHaveLength(50);
			const waiting = [];
			for (const [i, person] of applicants.entries()) waiting.push(await submit([formSubmission(person, 'Mentee')], `exec-${i}`));

			await Promise.all(waiting.map(async (run, i) => await confirm(run, `exec-${i}`)));

			const newRows = tables.rows('mentorship_roster').filter((row) => applicants.some((person) => person.email === row.email));
			// One row per person, none left half-decided.
			expect(newRows).toHaveLength(50);
			expect(newRows.filter((row) => row.status === 'confirming')).toEqual([]);
			const enrolled = tables.rows('mentorship_roster').filter((row) => row.role === 'mentee' && row.status === 'enrolled');
			expect(enrolled).toHaveLength(40);
			// Places go in the order the confirmations reached the roster (its row ids).
			const byRowId = [...newRows].sort((a, b) => Number(a.id) - Number(b.id));
			expect(byRowId[0].status).toBe('enrolled');
			expect(byRowId.slice(1).map((row) => [row.status, row.waitlistPosition])).toEqual(byRowId.slice(1).map((_, i) => ['waitlisted', i + 1]));
			// Each person is told their own outcome once.
			for (const row of newRows) {
				expect(smtp.to(String(row.email)).map((mail) => mail.parsed.subject)).toEqual([
					'Please confirm your mentoring application',
					row.status === 'enrolled' ? 'You are enrolled in the mentoring program' : 'You are on the mentoring program waitlist',
				]);
			}
		});
	});

	describe('when the same person submits twice and confirms both at once', () => {
		it('keeps one roster row, which takes one place', async () => {
			const one = await submit([formSubmission(first, 'Mentee')], 'exec-one');
			const two = await submit([formSubmission(first, 'Mentee', { Department: 'Research' })], 'exec-two');
			const other = await submit([formSubmission(second, 'Mentee')], 'exec-other');

			await Promise.all([confirm(one, 'exec-one'), confirm(two, 'exec-two')]);
			await confirm(other, 'exec-other');

			expect(rowOf(first.email)).toEqual([expect.objectContaining({ status: 'enrolled' })]);
			// The one place left went to the double submitter, once: the next person waits.
			expect(rowOf(second.email)).toEqual([expect.objectContaining({ status: 'waitlisted', waitlistPosition: 1 })]);
		});
	});
});
