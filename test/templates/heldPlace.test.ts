import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { resumeWorkflow } from '../harness/resumeWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { closeEdges, isolateNetwork } from './helpers/edges';
import { formPage } from './helpers/formPages';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { SamplePerson } from './helpers/templates';
import { APPLICATION_COLUMNS, CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const places = withQuickRetries(loadTemplate('mentorship-places.json'));
const enrolment = loadTemplate('mentorship-enrolment.json');
const PROGRAM = 'mentoring-2026';
/** The offer run: Monday 4 May 2026, 9:00 UTC; the offer stays open 3 days. */
const DAY_1 = '2026-05-04T09:00:00.000Z';
const ACCEPTED_AT = '2026-05-05T08:00:00.000Z';

/**
 * The acceptance race of issue 15: a place freed and offered to the first on the waitlist
 * is held for them until the offer ends, even against a brand-new confirmation that
 * arrives through the Enrolment template before they accept.
 */
describe('a place offered to the waitlist', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	// Limit 2: mentees 0 and 1 hold the places, W1 waits at position 1; newcomers apply later.
	const [stays, leaves, w1] = mentees;
	const newcomers = mentees.slice(3, 23);
	const credentials = () => ({ smtp: smtp.credential, ...LINK_CREDENTIALS });
	const roster = () => tables.rows('mentorship_roster');
	const rowOf = (email: string) => roster().filter((row) => row.email === email);
	const enrolledMentees = () => roster().filter((row) => row.role === 'mentee' && row.status === 'enrolled').map((row) => row.email);

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_roster', [...ROSTER_COLUMNS, { name: 'rematch', type: 'boolean' }, { name: 'offerExpiresAt', type: 'string' }], [
			rosterRow(stays, 'enrolled'),
			rosterRow(leaves, 'enrolled'),
			{ ...rosterRow(w1, 'waitlisted'), waitlistPosition: 1 },
		]);
		tables.create('mentorship_applications', APPLICATION_COLUMNS);
		tables.create('mentorship_pairs', PAIR_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ menteeSeats: 2, mentorSeats: 40, offerDays: 3 })]);

		// The full program: one of the two withdraws, and the next morning the place is offered to W1.
		const token = signTestLink({ programId: PROGRAM, subject: PROGRAM, person: leaves.email.toLowerCase(), role: 'mentee', purpose: 'withdraw', expiresAt: Date.UTC(2026, 8, 1) / 1000 });
		expect((await submitTo('Withdraw Form', token, '2026-05-03T12:00:00.000Z', { withdraw: 'Yes, I leave the program' })).title).toBe('You have left the program');
		const morning = await runWorkflow(places, { start: { node: 'Every Morning', items: [{ timestamp: DAY_1 }] }, dataTables: tables, credentials: credentials() });
		expect(morning.error).toBeUndefined();
		expect(rowOf(w1.email)).toEqual([expect.objectContaining({ status: 'offered', waitlistPosition: 1 })]);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	const submitTo = async (form: string, token: string, submittedAt: string, answers: IDataObject) => {
		const item = { token, ...answers, submittedAt, formMode: 'production', formQueryParameters: { token } };
		const result = await runWorkflow(places, { start: { node: form, items: [item] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		return formPage(places, result);
	};
	const acceptOffer = async () => {
		const [offer] = smtp.to(w1.email);
		const token = /token=([A-Za-z0-9_.-]+)/.exec(String(offer.parsed.text))![1];
		return await submitTo('Accept Place Form', token, ACCEPTED_AT, { accept: 'Yes, I take it' });
	};
	/** A newcomer's application through the Enrolment form; it waits for their confirmation click. */
	const apply = async (person: SamplePerson, executionId: string) =>
		await runWorkflow(enrolment, {
			start: {
				node: 'Application Form',
				items: [
					{
						'Work email': person.email,
						'Full name': person.name,
						'I want to be': 'Mentee',
						Department: person.department,
						'Time zone': person.timezone,
						Languages: person.languages.join(', '),
						'Skills I can offer': '',
						'What do you want to learn': person.skillsWanted.join(', '),
						Goals: person.goals.join(', '),
						'How many mentees can you take': '',
						Consent: ['I agree that my answers are used to match me with a colleague'],
						submittedAt: '2026-05-04T10:00:00.000Z',
						formMode: 'production',
					},
				],
			},
			dataTables: tables,
			credentials: credentials(),
			executionId,
		});
	const confirm = async (waiting: RunResult, executionId: string) => {
		const done = await resumeWorkflow(enrolment, waiting, [{ data: { approved: true } }], { dataTables: tables, credentials: credentials(), executionId });
		expect(done.error).toBeUndefined();
		return done;
	};

	describe('when a brand-new applicant confirms before the person offered the place accepts', () => {
		it('waitlists the newcomer behind W1, and W1 still gets the place on accepting', async () => {
			const [newcomer] = newcomers;
			await confirm(await apply(newcomer, 'exec-new'), 'exec-new');

			// 1 enrolled + 1 open offer = 2 of 2; W1 holds position 1, so the newcomer is number 2.
			expect(rowOf(newcomer.email)).toEqual([expect.objectContaining({ status: 'waitlisted', waitlistPosition: 2 })]);
			expect(smtp.to(newcomer.email).map((mail) => mail.parsed.subject)).toEqual(['Please confirm your mentoring application', 'You are on the mentoring program waitlist']);
			expect(smtp.to(newcomer.email)[1].parsed.text).toContain('you are number 2 on the waitlist');

			expect((await acceptOffer()).title).toBe('Your place is confirmed');
			// W1's row keeps position 1, so no later confirmation is ever given it again.
			expect(rowOf(w1.email)).toEqual([expect.objectContaining({ status: 'enrolled', waitlistPosition: 1 })]);
			expect(enrolledMentees().sort()).toEqual([stays.email, w1.email].sort());
		});
	});

	describe('when W1 accepts at the same moment as 20 newcomers confirm', () => {
		it('seats W1, waitlists all 20 in the order they reached the roster, and never passes the limit of 2', async () => {
			const waiting: RunResult[] = [];
			for (const [i, person] of newcomers.entries()) waiting.push(await apply(person, `exec-${i}`));

			const [page] = await Promise.all([acceptOffer(), ...waiting.map(async (run, i) => await confirm(run, `exec-${i}`))]);

			expect(page.title).toBe('Your place is confirmed');
			expect(enrolledMentees().sort()).toEqual([stays.email, w1.email].sort());
			const newRows = roster()
				.filter((row) => newcomers.some((person) => person.email === row.email))
				.sort((a, b) => Number(a.id) - Number(b.id));
			expect(newRows).toHaveLength(20);
			// Positions 2..21 in row order: W1 kept position 1 until the accept.
			expect(newRows.map((row) => [row.status, row.waitlistPosition])).toEqual(newRows.map((_, i) => ['waitlisted', i + 2]));
		});
	});
});
