import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { PERSONIO_CREDENTIALS } from '../nodes/HrisDirectory/hrisWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { closeEdges, isolateNetwork } from './helpers/edges';
import { formPage } from './helpers/formPages';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { CLAIM_COLUMNS, EMAIL_RETRY_COLUMNS, loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, pairRow, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const retries = withQuickRetries(loadTemplate('mentorship-email-retries.json'));
const pairChanges = withQuickRetries(loadTemplate('mentorship-pair-changes.json'));
const places = withQuickRetries(loadTemplate('mentorship-places.json'));
const PM = 'program-manager@example.com';
const PROGRAM = 'mentoring-2026';

describe('the Email Retries template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const mentor = sampleOrg().find((person) => person.role === 'mentor')!;
	const mentees = sampleOrg().filter((person) => person.role === 'mentee').slice(0, 4);
	const pair = pairRow(mentor, mentees[0], 'email');
	const credentials = () => ({ smtp: smtp.credential, personioApi: PERSONIO_CREDENTIALS, ...LINK_CREDENTIALS });
	const kept = () => tables.rows('mentorship_email_retries');
	const subjectsTo = (address: string) => smtp.to(address).map((mail) => mail.parsed.subject);

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', [...PAIR_COLUMNS, ...['endReason', 'endedAt', 'endedBy'].map((name) => ({ name, type: 'string' as const }))], [pair]);
		// Mentees 1 and 2 hold the mentee places (limit 2); mentee 3 waits first.
		tables.create('mentorship_roster', [...ROSTER_COLUMNS, { name: 'rematch', type: 'boolean' }, { name: 'offerExpiresAt', type: 'string' }], [
			rosterRow(mentor, 'enrolled'),
			rosterRow(mentees[0], 'enrolled'),
			rosterRow(mentees[1], 'enrolled'),
			{ ...rosterRow(mentees[2], 'waitlisted'), waitlistPosition: 1 },
		]);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		tables.create('mentorship_email_retries', EMAIL_RETRY_COLUMNS);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ menteeSeats: 2, mentorSeats: 40, offerDays: 3 })]);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	/** The mentee ends the pair through their link (no fault, no rematch): the mentor and the manager are told. */
	const endPair = async () => {
		const token = signTestLink({ programId: PROGRAM, subject: String(pair.pairId), person: mentees[0].email.toLowerCase(), role: 'mentee', purpose: 'endPair', expiresAt: Date.UTC(2026, 8, 1) / 1000 });
		const item: IDataObject = { token, reason: 'No fault: it did not work out', rematch: 'No', submittedAt: '2026-05-04T08:00:00.000Z', formMode: 'production', formQueryParameters: { token } };
		const result = await runWorkflow(pairChanges, { start: { node: 'End Pair Form', items: [item] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(formPage(pairChanges, result).title).toBe('Your pair has ended');
	};
	const retryRun = async (timestamp: string) => {
		const result = await runWorkflow(retries, { start: { node: 'Every Hour', items: [{ timestamp }] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
	};

	describe('when the mail server refuses the notices of an ended pair, then accepts', () => {
		beforeEach(async () => {
			smtp.refusing = true;
			await endPair();
		});

		it('keeps both notices as rows: program, kind, recipient, the message, one attempt, due at the next run', () => {
			expect(smtp.messages).toEqual([]);
			expect(kept().map((row) => [row.programId, row.kind, row.recipient, row.attempts, row.nextAttemptAt, row.status])).toEqual([
				[PROGRAM, 'pairEnded', mentor.email, 1, '', 'waiting'],
				[PROGRAM, 'pairEnded', PM, 1, '', 'waiting'],
			]);
			const mentorPayload = JSON.parse(String(kept()[0].payload));
			expect(mentorPayload.subject).toBe(`Your mentoring pair with ${mentees[0].name} has ended`);
			expect(mentorPayload.text).toContain('this says nothing about you');
			expect(String(kept()[0].lastError)).toContain('try again later');
			// The failure is still logged as before.
			expect(tables.rows('mentorship_sent_log').map((row) => row.status)).toEqual(['failed', 'failed']);
		});

		it('sends each once at the next run, marks them sent, and never sends them again', async () => {
			smtp.refusing = false;
			await retryRun('2026-05-04T09:00:00.000Z');

			expect(subjectsTo(mentor.email)).toEqual([`Your mentoring pair with ${mentees[0].name} has ended`]);
			expect(subjectsTo(PM)).toEqual([`Mentoring pair ended: ${mentor.name} and ${mentees[0].name}`]);
			expect(smtp.to(mentor.email)[0].parsed.text).toContain('this says nothing about you');
			expect(kept().map((row) => [row.recipient, row.status, row.attempts])).toEqual([
				[mentor.email, 'sent', 2],
				[PM, 'sent', 2],
			]);

			await retryRun('2026-05-04T10:00:00.000Z');
			await retryRun('2026-05-05T09:00:00.000Z');
			expect(smtp.messages).toHaveLength(2);
		});
	});

	describe("when the mentor's mailbox refuses forever", () => {
		beforeEach(async () => {
			smtp.refusedRecipients.add(mentor.email.toLowerCase());
			await endPair();
		});

		const rowState = () => kept().map((row) => [row.recipient, row.status, row.attempts, row.nextAttemptAt]);

		it('tries again after 2, 4 and 8 hours, gives up after five attempts, and tells the program manager once', async () => {
			// The manager's own notice went through at once; only the mentor's is kept.
			expect(subjectsTo(PM)).toEqual([`Mentoring pair ended: ${mentor.name} and ${mentees[0].name}`]);
			expect(rowState()).toEqual([[mentor.email, 'waiting', 1, '']]);

			await retryRun('2026-05-04T09:00:00.000Z'); // attempt 2 fails: the next is 2 hours later
			expect(rowState()).toEqual([[mentor.email, 'waiting', 2, '2026-05-04T11:00:00.000Z']]);
			await retryRun('2026-05-04T10:00:00.000Z'); // not due yet: nothing changes
			expect(rowState()).toEqual([[mentor.email, 'waiting', 2, '2026-05-04T11:00:00.000Z']]);
			await retryRun('2026-05-04T11:00:00.000Z'); // attempt 3 fails: 4 hours
			expect(rowState()).toEqual([[mentor.email, 'waiting', 3, '2026-05-04T15:00:00.000Z']]);
			await retryRun('2026-05-04T15:00:00.000Z'); // attempt 4 fails: 8 hours
			expect(rowState()).toEqual([[mentor.email, 'waiting', 4, '2026-05-04T23:00:00.000Z']]);
			expect(subjectsTo(PM)).toHaveLength(1);
			await retryRun('2026-05-04T23:00:00.000Z'); // attempt 5 fails: given up
			expect(rowState()).toEqual([[mentor.email, 'failed', 5, '2026-05-04T23:00:00.000Z']]);

			expect(subjectsTo(PM)).toEqual([`Mentoring pair ended: ${mentor.name} and ${mentees[0].name}`, 'An email of the mentoring program could not be delivered']);
			const alert = String(smtp.to(PM)[1].parsed.text);
			expect(alert).toContain(`(pairEnded) to ${mentor.email} could not be delivered after 5 attempts`);
			expect(alert).toContain(`Subject: Your mentoring pair with ${mentees[0].name} has ended`);

			// Later runs neither try again nor alert again.
			await retryRun('2026-05-05T09:00:00.000Z');
			await retryRun('2026-05-06T09:00:00.000Z');
			expect(subjectsTo(PM)).toHaveLength(2);
			expect(subjectsTo(mentor.email)).toEqual([]);
		});
	});

	describe('when a place offer is refused, then accepted by the mail server', () => {
		it('sends the same offer later, and its accept link still gives the place', async () => {
			const withdrawal = signTestLink({ programId: PROGRAM, subject: PROGRAM, person: mentees[1].email.toLowerCase(), role: 'mentee', purpose: 'withdraw', expiresAt: Date.UTC(2026, 8, 1) / 1000 });
			const item = { token: withdrawal, withdraw: 'Yes, I leave the program', submittedAt: '2026-05-03T12:00:00.000Z', formMode: 'production', formQueryParameters: { token: withdrawal } };
			await runWorkflow(places, { start: { node: 'Withdraw Form', items: [item] }, dataTables: tables, credentials: credentials() });
			smtp.refusing = true;
			const morning = await runWorkflow(places, { start: { node: 'Every Morning', items: [{ timestamp: '2026-05-04T09:00:00.000Z' }] }, dataTables: tables, credentials: credentials() });
			expect(morning.error).toBeUndefined();
			expect(kept().map((row) => [row.kind, row.recipient, row.status])).toEqual([['placeOffer', mentees[2].email, 'waiting']]);

			smtp.refusing = false;
			await retryRun('2026-05-04T10:00:00.000Z');
			const [offer, ...more] = smtp.to(mentees[2].email);
			expect(more).toEqual([]);
			expect(offer.parsed.subject).toBe('A place in the mentoring program is yours if you want it');
			expect(offer.parsed.text).toContain('before 7 May 2026, 09:00 UTC');

			const token = /token=([A-Za-z0-9_.-]+)/.exec(String(offer.parsed.text))![1];
			const accept = { token, accept: 'Yes, I take it', submittedAt: '2026-05-05T08:00:00.000Z', formMode: 'production', formQueryParameters: { token } };
			const accepted = await runWorkflow(places, { start: { node: 'Accept Place Form', items: [accept] }, dataTables: tables, credentials: credentials() });
			expect(formPage(places, accepted).title).toBe('Your place is confirmed');
			expect(tables.rows('mentorship_roster').find((row) => row.email === mentees[2].email)!.status).toBe('enrolled');
		});
	});
});
