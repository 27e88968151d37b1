import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { simpleParser } from 'mailparser';
import { DateTime } from 'luxon';

import type { AdjustApplicant } from './helpers/adjustProgram';
import { ADJUST_MANAGER, ADJUST_PEOPLE, ADJUST_PROGRAM, ADJUST_PROGRAM_NAME, ADJUST_PROGRAM_SETUP, adjustApplication, ILSE, JOOST, KIM, LARS, MILA, NINA } from './helpers/adjustProgram';
import { launchChromium } from './helpers/browser';
import type { WorkflowNode } from './helpers/clock';
import { clockedCopy } from './helpers/clock';
import { clickLink, linksIn, pageAfterSubmit, submitForm } from './helpers/forms';
import type { CaughtMail, LocalN8n } from './helpers/localN8n';
import { ownerSession, startLocalN8n, waitForMail } from './helpers/localN8n';
import type { Applicant } from './helpers/program';
import {
	application,
	DUPLICATES,
	FIELD,
	INVALID,
	MENTEES,
	MENTORS,
	PROGRAM_ID,
	UNCONFIRMED,
	UNMATCHED_MENTOR,
} from './helpers/program';
import type { TableRow } from './helpers/publicApi';
import { executionsOf, publicApi, settledExecutions, tableRows } from './helpers/publicApi';

const PROGRAM_MANAGER = 'program-manager@example.com';
/** The second program, set up through the Program Setup form during the test; its manager is People Team. */
const SECOND_PROGRAM = 'autumn-2026';
const SECOND_MANAGER = 'people-team@acme.example';
const CONFIRM_SUBJECT = 'Please confirm your mentoring application';
const ENROLLED_SUBJECT = 'You are enrolled in the mentoring program';
const UPDATED_SUBJECT = 'Your mentoring application is updated';
const REJECTED_SUBJECT = 'About your mentoring application';

const templateName = (file: string) =>
	(JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { name: string }).name;
/** The addresses of a To header such as `Ann <ann@x.example>, bob@x.example`, lower-cased. */
const recipients = (mail: CaughtMail) =>
	mail.to.split(',').map((entry) => (/<([^>]+)>/.exec(entry)?.[1] ?? entry).trim().toLowerCase());
const addressedTo = (mail: CaughtMail, email: string) =>
	recipients(mail).includes(email.toLowerCase());
/** Text with its line breaks undone (mail text is wrapped). */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const matchedMentees = MENTEES.filter((mentee) => mentee !== UNCONFIRMED);
const mentorOf = (mentee: Applicant) => MENTORS[MENTEES.indexOf(mentee)];
const matchedPeople = [...matchedMentees, ...matchedMentees.map(mentorOf)];

/**
 * A whole program on a real n8n started by `npm start` with an empty roster: people apply
 * through the published form, confirm, are matched and introduced, reminded, surveyed and
 * reported on, each step checked at the mail catcher and in the Data Tables.
 */
describe('a mentorship program on the local n8n', () => {
	let n8n: LocalN8n;
	let api: AxiosInstance;
	const workflowId = (file: string) => {
		const name = templateName(file);
		const found = n8n.ready.workflows.find((workflow) => workflow.name === name);
		if (!found) throw new Error(`npm start did not import "${name}"`);
		return found.id;
	};
	const formUrl = (node: string) => {
		const form = n8n.ready.forms.find((entry) => entry.node === node);
		if (!form) throw new Error(`No published form ${node}`);
		return form.url;
	};
	const mails = async () =>
		(await axios.get<CaughtMail[]>(`${n8n.ready.mail.url}/api/messages`)).data;
	/** Messages that arrived after the first `count`, once `expected` of them are there (or the wait is over). */
	const newMails = async (count: number, expected: number) =>
		(await waitForMail(n8n.ready, (all) => all.length >= count + expected, 30000)).slice(count);
	const rows = async (table: string): Promise<TableRow[]> => await tableRows(api, table);
	/** A copy of a scheduled template that runs for the moments the test chooses (helpers/clock.ts). */
	const clocked = async (file: string, trigger: string, adjust?: (node: WorkflowNode) => WorkflowNode) =>
		await clockedCopy(api, n8n.ready.url, workflowId(file), trigger, adjust);
	/** Retries one millisecond apart instead of seconds: a failing send then costs the test no waiting. */
	const quickRetries = (node: WorkflowNode): WorkflowNode => (node.retryOnFail ? { ...node, waitBetweenTries: 1 } : node);
	const outage = async (on: boolean) => await axios.post(`${n8n.ready.mail.url}/api/outage?on=${on ? 1 : 0}`);

	beforeAll(async () => {
		n8n = await startLocalN8n({
			outputDir: path.resolve('test-output/e2e/program'),
			env: { MENTORSHIP_SAMPLE_DATA: 'off' },
		});
		api = await publicApi(await ownerSession(n8n.ready), n8n.ready);
	});

	afterAll(async () => {
		await n8n?.stop();
	});

	describe('enrolment', () => {
		it('takes 40 applications through the published form: valid ones wait for confirmation, invalid ones are told why', async () => {
			const enrolment = workflowId('mentorship-enrolment.json');
			const firstRound = [...MENTORS, ...MENTEES].map((person) => application(person));
			for (const answers of [...firstRound, ...INVALID.map((entry) => entry.answers)]) {
				const response = await submitForm(formUrl('Application Form'), answers);
				expect(response.status).toBe(200);
			}
			// Every valid application waits for its confirmation click.
			await settledExecutions(api, enrolment, firstRound.length + INVALID.length, {
				waiting: firstRound.length,
			});
			// The same two people again, their address in capitals, once the first round is stored.
			for (const answers of DUPLICATES) await submitForm(formUrl('Application Form'), answers);
			await settledExecutions(api, enrolment, 40, {
				waiting: firstRound.length + DUPLICATES.length,
			});

			const caught = await newMails(0, 32 + 2 + 5);
			const confirmations = caught.filter((mail) => mail.subject === CONFIRM_SUBJECT);
			for (const person of [...MENTORS, ...MENTEES]) {
				const expected = person === MENTORS[0] || person === MENTEES[0] ? 2 : 1;
				expect([
					person.email,
					confirmations.filter((mail) => addressedTo(mail, person.email)).length,
				]).toEqual([person.email, expected]);
			}
			expect(confirmations).toHaveLength(34);
			const rejections = caught.filter((mail) => mail.subject === REJECTED_SUBJECT);
			for (const invalid of INVALID.filter((entry) => entry.field)) {
				const email = String(invalid.answers[0]);
				const toThem = rejections.filter((mail) => addressedTo(mail, email));
				expect([invalid.label, toThem.length]).toEqual([invalid.label, 1]);
				expect([invalid.label, toThem[0].text.includes(invalid.field!)]).toEqual([
					invalid.label,
					true,
				]);
			}
			expect(rejections).toHaveLength(5);
			expect(caught).toHaveLength(39);

			// Applications wait apart from the roster, one row per application; nothing for rejected ones.
			expect(await rows('mentorship_roster')).toEqual([]);
			const applications = await rows('mentorship_applications');
			expect(applications.map((row) => row.email).sort()).toEqual(
				[...MENTORS, ...MENTEES, MENTORS[0], MENTEES[0]].map((person) => person.email).sort(),
			);
			expect(new Set(applications.map((row) => row.status))).toEqual(new Set(['pending']));
			const anouk = applications.find((row) => row.email === MENTORS[0].email)!;
			expect(anouk).toEqual(
				expect.objectContaining({
					name: MENTORS[0].name,
					role: 'mentor',
					timezone: 'Europe/Amsterdam',
					skillsOffered: MENTORS[0].skill,
					programId: PROGRAM_ID,
					consent: true,
				}),
			);
		});

		it('enrols each applicant who clicks the confirmation link, once, and leaves the others pending', async () => {
			const enrolment = workflowId('mentorship-enrolment.json');
			const sofar = await mails();
			const before = sofar.length;
			const confirmations = sofar.filter(
				(mail) => mail.subject === CONFIRM_SUBJECT && !addressedTo(mail, UNCONFIRMED.email),
			);
			// Each of the 34 confirmation emails belongs to one waiting execution.
			let waiting = confirmations.length + 1;
			for (const mail of confirmations) {
				const confirm = linksIn(mail).find((link) => link.includes('approved=true'));
				expect([mail.to, confirm]).toEqual([mail.to, expect.stringContaining('/webhook-waiting/')]);
				await clickLink(confirm!);
				// One click at a time, as people do: a repeated application's second link updates the first.
				await settledExecutions(api, enrolment, 40, { waiting: --waiting });
			}

			const confirmed = [...MENTORS, ...MENTEES].filter((person) => person !== UNCONFIRMED);
			const caught = await newMails(before, confirmed.length + DUPLICATES.length);
			for (const person of confirmed) {
				const welcome = caught.filter((mail) => addressedTo(mail, person.email));
				const twice = person === MENTORS[0] || person === MENTEES[0];
				expect([person.email, welcome.map((mail) => mail.subject)]).toEqual([
					person.email,
					twice ? [ENROLLED_SUBJECT, UPDATED_SUBJECT] : [ENROLLED_SUBJECT],
				]);
			}
			expect(caught).toHaveLength(confirmed.length + DUPLICATES.length);
			// One roster row per confirmed person; the unconfirmed application never reached the roster.
			const roster = await rows('mentorship_roster');
			expect(roster.map((row) => row.email).sort()).toEqual(confirmed.map((person) => person.email).sort());
			expect(new Set(roster.map((row) => row.status))).toEqual(new Set(['enrolled']));
			const applications = await rows('mentorship_applications');
			expect(applications.filter((row) => row.status === 'pending').map((row) => row.email)).toEqual([
				UNCONFIRMED.email,
			]);
		});

		it("leaves an enrolled person's row exactly as it was when someone applies with their address", async () => {
			const victim = MENTEES[1];
			const before = (await rows('mentorship_roster')).find((row) => row.email === victim.email);
			expect(before).toEqual(expect.objectContaining({ status: 'enrolled', role: 'mentee' }));
			const sofar = (await mails()).length;

			const spoof = application({ ...victim, name: 'Mallory Spoofer', role: 'mentor' });
			expect((await submitForm(formUrl('Application Form'), spoof)).status).toBe(200);
			const [mail] = await newMails(sofar, 1);

			expect([mail.subject, addressedTo(mail, victim.email)]).toEqual([CONFIRM_SUBJECT, true]);
			expect(flat(mail.text)).toContain('nothing changes for you');
			expect((await rows('mentorship_roster')).find((row) => row.email === victim.email)).toEqual(before);
		});

		it('sets up a second program through the Program Setup form, behind its login', async () => {
			const setupUrl = formUrl('Program Setup Form');
			expect((await axios.get(setupUrl, { validateStatus: () => true })).status).toBe(401);
			const login = `Basic ${Buffer.from(`${n8n.ready.formLogin.user}:${n8n.ready.formLogin.password}`).toString('base64')}`;
			const sofar = (await mails()).length;
			// The form's questions in order; the empty ones take the recommended design.
			const answers = [SECOND_PROGRAM, 'Autumn 2026', 'mentoring', 'open', '', SECOND_MANAGER, 'open', '', '', 0, 0, '2026-04-06', 3, 'weekly', 30, '', 'en', 'email', 'forbid', 'preferDifferent', '', '', '', ''];
			expect((await submitForm(setupUrl, answers, { authorization: login })).status).toBe(200);
			const [summary] = await newMails(sofar, 1);

			expect([recipients(summary), summary.subject]).toEqual([[SECOND_MANAGER], `Your mentoring program ${SECOND_PROGRAM} is set up`]);
			expect(flat(summary.text)).toContain('How often pairs meet: weekly');
			const records = await rows('mentorship_programs');
			// npm start seeded the demo's three programs; the new one takes the recommended design where left empty.
			expect(records.map((row) => [row.programId, row.kind, row.cadence, row.lengthMonths, row.managerMentors, row.goalMatchRate]).sort()).toEqual([
				[SECOND_PROGRAM, 'mentoring', 'weekly', 3, 'forbid', 90],
				['buddy', 'buddy', 'biweekly', 3, 'allow', 90],
				['coffee', 'peer', 'biweekly', 12, 'forbid', 90],
				[PROGRAM_ID, 'mentoring', 'biweekly', 6, 'forbid', 90],
			]);
		});

		it('keeps both rows of a person who joins a second program through the same form', async () => {
			const enrolment = workflowId('mentorship-enrolment.json');
			const started = await executionsOf(api, enrolment);
			const waitingBefore = started.filter((execution) => execution.status === 'waiting').length;
			const person = MENTORS[1];
			const mainRow = (await rows('mentorship_roster')).find((row) => row.email === person.email && row.programId === PROGRAM_ID);
			const sofar = (await mails()).length;

			// The link of the second program is the same form with ?program=autumn-2026, which fills the hidden field.
			const page = await axios.get<string>(`${formUrl('Application Form')}?program=${SECOND_PROGRAM}`);
			expect(page.data).toContain(`value="${SECOND_PROGRAM}"`);
			const response = await submitForm(formUrl('Application Form'), application(person, { [FIELD.program]: SECOND_PROGRAM }));
			expect(response.status).toBe(200);
			const [ask] = await newMails(sofar, 1);
			expect(flat(ask.text)).toContain('to Autumn 2026 as a mentor');
			await clickLink(linksIn(ask).find((link) => link.includes('approved=true'))!);
			const [told] = await newMails(sofar + 1, 1);
			await settledExecutions(api, enrolment, started.length + 1, { waiting: waitingBefore });

			expect(told.subject).toBe(ENROLLED_SUBJECT);
			const rowsOfPerson = (await rows('mentorship_roster')).filter((row) => row.email === person.email);
			expect(rowsOfPerson.map((row) => [row.programId, row.status]).sort()).toEqual([
				[SECOND_PROGRAM, 'enrolled'],
				[PROGRAM_ID, 'enrolled'],
			]);
			expect(rowsOfPerson.find((row) => row.programId === PROGRAM_ID)).toEqual(mainRow);
		});
	});

	describe('matching', () => {
		it('refuses the Run Matching Now form without its login', async () => {
			const response = await axios.get(formUrl('Run Matching Now'), { validateStatus: () => true });
			expect(response.status).toBe(401);
		});

		it('proposes the pairs the applications call for, and introduces them once the program manager approves', async () => {
			const matching = workflowId('mentorship-matching.json');
			const before = (await mails()).length;
			const login = `Basic ${Buffer.from(`${n8n.ready.formLogin.user}:${n8n.ready.formLogin.password}`).toString('base64')}`;
			const response = await submitForm(formUrl('Run Matching Now'), [PROGRAM_ID, 'email', 'no'], {
				authorization: login,
			});
			expect(response.status).toBe(200);
			const [run] = await settledExecutions(api, matching, 1, { waiting: 1 });
			expect(run.status).toBe('waiting');

			// Mentee i wants the one skill only mentor i offers (helpers/program.ts); the last mentor has nobody.
			const proposals = await rows('mentorship_pairs');
			expect(
				proposals.map((pair) => [pair.mentorEmail, pair.menteeEmail, pair.status]).sort(),
			).toEqual(
				matchedMentees.map((mentee) => [mentorOf(mentee).email, mentee.email, 'proposed']).sort(),
			);
			const [review] = await newMails(before, 1);
			expect(recipients(review)).toEqual([PROGRAM_MANAGER]);
			expect(review.subject).toBe(
				`Review ${matchedMentees.length} proposed mentoring pairs for Mentoring 2026`,
			);
			const reviewText = flat(review.text);
			expect(reviewText).toContain('Not matched (1)');
			expect(reviewText).toContain(UNMATCHED_MENTOR.name);
			for (const mentee of matchedMentees)
				expect(reviewText).toContain(`${mentorOf(mentee).name} mentors ${mentee.name} (score`);

			const approve = linksIn(review).find((link) => link.includes('approved=true'));
			expect(approve).toContain('/webhook-waiting/');
			await clickLink(approve!);
			const [done] = await settledExecutions(api, matching, 1, { waiting: 0 });
			expect(done.status).toBe('success');

			const introductions = await newMails(before + 1, matchedMentees.length);
			for (const mentee of matchedMentees) {
				const mentor = mentorOf(mentee);
				const toBoth = introductions.filter(
					(mail) => addressedTo(mail, mentor.email) && addressedTo(mail, mentee.email),
				);
				expect([mentee.email, toBoth.map((mail) => mail.subject)]).toEqual([
					mentee.email,
					[`Meet your mentoring partner: ${mentor.name} and ${mentee.name}`],
				]);
				expect(flat(toBoth[0].text)).toContain(
					`Why we matched you: shares 1 of 1 wanted skills: ${mentee.skill}`,
				);
			}
			expect(introductions).toHaveLength(matchedMentees.length);
			expect(new Set((await rows('mentorship_pairs')).map((pair) => pair.status))).toEqual(
				new Set(['active']),
			);
		});
	});

	describe('reminders', () => {
		/**
		 * Sessions are every other Tuesday at 15:00 from 2 March 2026 (the template's
		 * program), so 17 March 15:00 in Amsterdam is 14:00 UTC; reminders go a day and an
		 * hour before. At 16 March 14:30 UTC only the day-before reminder is due; at 17 March
		 * 13:30 UTC only the hour-before one.
		 */
		it('sends each person one reminder per due moment, and nothing when the same hour runs again', async () => {
			const reminders = await clocked('mentorship-reminders.json', 'Every Hour');
			const received = async (timestamp: string) => {
				const before = (await mails()).length;
				await reminders.runAt(timestamp);
				return (await mails()).slice(before);
			};
			const onePerPerson = (caught: CaughtMail[]) => {
				for (const person of matchedPeople)
					expect([
						person.email,
						caught.filter((mail) => addressedTo(mail, person.email)).length,
					]).toEqual([person.email, 1]);
				expect(caught).toHaveLength(matchedPeople.length);
			};

			onePerPerson(await received('2026-03-16T14:30:00.000Z'));
			expect(await received('2026-03-16T14:30:00.000Z')).toEqual([]);
			onePerPerson(await received('2026-03-17T13:30:00.000Z'));
			expect(await received('2026-03-17T13:45:00.000Z')).toEqual([]);

			const sent = (await rows('mentorship_sent_log')).filter((row) => row.status === 'sent');
			expect(sent).toHaveLength(2 * matchedPeople.length);
			expect(new Set(sent.map((row) => row.dedupeKey)).size).toBe(sent.length);
		});

		/**
		 * The next session is 31 March 15:00 in Amsterdam, summer time by then: 13:00 UTC, so
		 * the day-before reminder is due at 30 March 13:00 UTC. The mail server refuses every
		 * message during the 13:30 run and is back for the 14:30 one.
		 */
		it('delivers each reminder once when the mail server is down for one run and back for the next', async () => {
			const reminders = await clocked('mentorship-reminders.json', 'Every Hour', quickRetries);
			const received = async (timestamp: string) => {
				const before = (await mails()).length;
				await reminders.runAt(timestamp);
				return (await mails()).slice(before);
			};
			const logBefore = (await rows('mentorship_sent_log')).length;

			await outage(true);
			try {
				expect(await received('2026-03-30T13:30:00.000Z')).toEqual([]);
			} finally {
				await outage(false);
			}
			// Everything due at 13:30 (the day-before reminders, and nudges for pairs with no meeting logged) failed, none was sent.
			const failed = (await rows('mentorship_sent_log')).slice(logBefore);
			expect(new Set(failed.map((row) => row.status))).toEqual(new Set(['failed']));
			const failedKeys = new Set(failed.map((row) => String(row.dedupeKey)));
			expect(failedKeys.size).toBe(failed.length);
			// Both members of every pair had something due.
			for (const pair of await rows('mentorship_pairs'))
				for (const role of ['mentor', 'mentee'])
					expect([pair.pairId, role, failed.some((row) => row.pairId === pair.pairId && String(row.dedupeKey).endsWith(`|${role}`))]).toEqual([pair.pairId, role, true]);

			const caught = await received('2026-03-30T14:30:00.000Z');
			expect(caught).toHaveLength(failedKeys.size);
			for (const person of matchedPeople) expect([person.email, caught.some((mail) => addressedTo(mail, person.email))]).toEqual([person.email, true]);
			expect(await received('2026-03-30T14:45:00.000Z')).toEqual([]);
			const sentNow = (await rows('mentorship_sent_log')).slice(logBefore).filter((row) => row.status === 'sent');
			// Each failed message sent exactly once, as its second attempt.
			expect(sentNow.map((row) => String(row.dedupeKey)).sort()).toEqual([...failedKeys].sort());
			expect(sentNow.every((row) => row.attempt === 2)).toBe(true);
		});
	});

	describe('surveys and the KPI report', () => {
		const [pairA, pairB, pairC] = matchedMentees.slice(0, 3);
		const surveyLinks = new Map<string, string>();

		/** The claims of a check-in token, read by hand: base64url JSON before the signature. */
		const claimsOf = (link: string) => {
			const token = new URL(link).searchParams.get('token')!;
			return JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as Record<string, unknown>;
		};

		it('invites every pair member to the mid-point check-in with a personal signed link', async () => {
			// Links are valid for 30 days from the run's moment; the test answers in real time, months later.
			const surveys = await clocked('mentorship-surveys.json', 'Every Morning', (node) => {
				if (node.name === 'Make Check-In Links') return { ...node, parameters: { ...node.parameters, validForDays: 3650 } };
				return quickRetries(node);
			});
			const before = (await mails()).length;
			// The program runs 2 March to 2 September 2026: the mid-point survey day is 2 June.
			await surveys.runAt('2026-06-02T12:00:00.000Z');
			const caught = (await mails()).slice(before);

			const pairs = await rows('mentorship_pairs');
			for (const person of matchedPeople) {
				const pair = pairs.find((row) => row.mentorEmail === person.email || row.menteeEmail === person.email)!;
				const invitations = caught.filter((mail) => addressedTo(mail, person.email));
				expect([person.email, invitations.length]).toEqual([person.email, 1]);
				const link = linksIn(invitations[0]).find((url) => url.startsWith(formUrl('Check-In Form')))!;
				expect([person.email, link.startsWith(`${formUrl('Check-In Form')}?round=midpoint&token=`)]).toEqual([person.email, true]);
				expect(claimsOf(link)).toEqual(
					expect.objectContaining({ p: PROGRAM_ID, s: pair.pairId, u: person.email, r: person.role, k: 'checkInMidpoint' }),
				);
				surveyLinks.set(person.email, link);
			}
			expect(caught).toHaveLength(matchedPeople.length);
		});

		it('stores the answers given through genuine links once, refuses a forged one on the page, and alerts about the pair at risk', async () => {
			const surveys = workflowId('mentorship-surveys.json');
			const executionsBefore = (await executionsOf(api, surveys)).length;
			const before = (await mails()).length;
			const tokenOf = (person: Applicant) => new URL(surveyLinks.get(person.email)!).searchParams.get('token')!;
			// The answers are given today, so the last meeting is a few days ago (an older one would itself put the pair at risk).
			const lastMeeting = DateTime.utc().minus({ days: 3 }).toISODate();
			const answer = async (token: string, quality: number, met: 'Yes' | 'No') =>
				await pageAfterSubmit(
					await submitForm(formUrl('Check-In Form'), [token, 'midpoint', String(quality), [met], met === 'Yes' ? 2 : 0, met === 'Yes' ? lastMeeting : null, '']),
				);
			expect(await answer(tokenOf(mentorOf(pairA)), 5, 'Yes')).toContain('Your answers are saved');
			expect(await answer(tokenOf(pairA), 4, 'Yes')).toContain('Your answers are saved');
			expect(await answer(tokenOf(pairB), 1, 'No')).toContain('Your answers are saved');
			expect(await answer(tokenOf(mentorOf(pairC)), 3, 'Yes')).toContain('Your answers are saved');
			// The same link again replaces the answer: still one row for mentor C.
			expect(await answer(tokenOf(mentorOf(pairC)), 3, 'Yes')).toContain('Your answers are saved');
			// Pair A's mentee link with its payload rewritten to name someone else: refused on the page.
			const [payload, signature] = tokenOf(pairA).split('.');
			const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
			const forged = `${Buffer.from(JSON.stringify({ ...claims, u: MENTEES[5].email })).toString('base64url')}.${signature}`;
			const refused = await answer(forged, 1, 'No');
			expect(refused).toContain('This link does not work');
			expect(refused).toContain('This link is not valid.');
			await settledExecutions(api, surveys, executionsBefore + 6);

			const pairIdOf = (person: Applicant) => String(claimsOf(surveyLinks.get(person.email)!).s);
			const stored = (await rows('mentorship_responses')).filter((row) => row.status !== 'rejected');
			expect(stored.map((row) => [row.pairId, row.respondentId, row.quality]).sort()).toEqual(
				[
					[pairIdOf(pairA), mentorOf(pairA).email, 5],
					[pairIdOf(pairA), pairA.email, 4],
					[pairIdOf(pairB), pairB.email, 1],
					[pairIdOf(pairC), mentorOf(pairC).email, 3],
				].sort(),
			);
			expect(stored.filter((row) => row.atRisk === true).map((row) => row.pairId)).toEqual([pairIdOf(pairB)]);
			const alerts = await newMails(before, 1);
			expect(alerts.map((mail) => [recipients(mail), mail.subject])).toEqual([
				[[PROGRAM_MANAGER], `Mentoring pair at risk: ${mentorOf(pairB).name} and ${pairB.name}`],
			]);
		});

		it('emails the weekly KPI report with one CSV row per pair and the answers counted per pair', async () => {
			const kpis = await clocked('mentorship-weekly-kpis.json', 'Every Monday');
			// The next Monday, so that the answers given above fall in the report's six months.
			const monday = DateTime.utc().startOf('day').plus({ days: 1 }).set({ weekday: 1 });
			const tick = (monday < DateTime.utc() ? monday.plus({ weeks: 1 }) : monday).set({ hour: 12 });
			const end = tick.toISODate()!;
			const start = tick.minus({ months: 6 }).toISODate()!;
			const before = (await mails()).length;
			await kpis.runAt(tick.toISO()!);

			// One report per open program, each to its own manager: the demo's three and the second program.
			const reports = await newMails(before, 4);
			expect(reports.map((mail) => [recipients(mail), mail.subject]).sort()).toEqual(
				[
					[[PROGRAM_MANAGER], `Buddies for new hires: ${start} to ${end}`],
					[[PROGRAM_MANAGER], `Coffee roulette: ${start} to ${end}`],
					[[PROGRAM_MANAGER], `Mentoring 2026: ${start} to ${end}`],
					[[SECOND_MANAGER], `Autumn 2026: ${start} to ${end}`],
				].sort(),
			);
			const report = reports.find((mail) => mail.subject.startsWith('Mentoring 2026'))!;
			// The report is the program's, from its record (seeded by npm start), and leads with its goals.
			expect(report.html.indexOf('Program goals')).toBeGreaterThan(0);
			expect(report.html.indexOf('Program goals')).toBeLessThan(report.html.indexOf('Match rate'));
			const raw = await axios.get<ArrayBuffer>(`${n8n.ready.mail.url}/messages/${report.file}`, {
				responseType: 'arraybuffer',
			});
			const parsed = await simpleParser(Buffer.from(raw.data));
			const csvFile = parsed.attachments.find((file) => file.filename === 'mentoring-pairs.csv');
			expect(csvFile).toBeDefined();
			const [header, ...lines] = csvFile!.content
				.toString('utf8')
				.replace(/^\uFEFF/, '')
				.trim()
				.split(/\r?\n/);
			const columns = header.split(',');
			const table = lines.map((line) =>
				Object.fromEntries(line.split(',').map((cell, index) => [columns[index], cell])),
			);
			expect(table.map((row) => [row.mentorName, row.menteeName]).sort()).toEqual(
				matchedMentees.map((mentee) => [mentorOf(mentee).name, mentee.name]).sort(),
			);
			const pairs = await rows('mentorship_pairs');
			const byMentee = (mentee: Applicant) =>
				table.find(
					(row) => row.pairId === pairs.find((pair) => pair.menteeEmail === mentee.email)!.pairId,
				)!;
			expect([byMentee(pairA).responses, byMentee(pairA).latestQuality]).toEqual(['2', '4']);
			expect([
				byMentee(pairB).responses,
				byMentee(pairB).latestQuality,
				byMentee(pairB).atRisk,
			]).toEqual(['1', '1', 'true']);
			expect([byMentee(pairC).responses, byMentee(pairC).latestQuality]).toEqual(['1', '3']);
			for (const mentee of matchedMentees.slice(3))
				expect([mentee.email, byMentee(mentee).responses]).toEqual([mentee.email, '0']);
		});
	});

	describe('the second program', () => {
		it('enrols a mentee by its own record and matches only its own people, reviewed by its own manager', async () => {
			const newcomer: Applicant = { email: 'noor.autumn@acme.example', name: 'Noor Autumn', role: 'mentee', skill: MENTORS[1].skill };
			const enrolment = workflowId('mentorship-enrolment.json');
			const started = await executionsOf(api, enrolment);
			const waitingBefore = started.filter((execution) => execution.status === 'waiting').length;
			let sofar = (await mails()).length;
			await submitForm(formUrl('Application Form'), application(newcomer, { [FIELD.program]: SECOND_PROGRAM }));
			const [ask] = await newMails(sofar, 1);
			await clickLink(linksIn(ask).find((link) => link.includes('approved=true'))!);
			await newMails(sofar + 1, 1);
			await settledExecutions(api, enrolment, started.length + 1, { waiting: waitingBefore });
			const mainPairs = (await rows('mentorship_pairs')).filter((row) => row.programId === PROGRAM_ID);

			const matching = workflowId('mentorship-matching.json');
			const runsBefore = (await executionsOf(api, matching)).length;
			sofar = (await mails()).length;
			const login = `Basic ${Buffer.from(`${n8n.ready.formLogin.user}:${n8n.ready.formLogin.password}`).toString('base64')}`;
			expect((await submitForm(formUrl('Run Matching Now'), [SECOND_PROGRAM, 'email', 'no'], { authorization: login })).status).toBe(200);
			await settledExecutions(api, matching, runsBefore + 1, { waiting: 1 });

			// By hand: the second program holds one mentor (Mentors[1], who joined above) and this mentee, who wants
			// the mentor's one skill; nobody else of the roster is in it.
			const pairs = await rows('mentorship_pairs');
			expect(pairs.filter((row) => row.programId === SECOND_PROGRAM).map((row) => [row.mentorEmail, row.menteeEmail, row.status])).toEqual([
				[MENTORS[1].email, newcomer.email, 'proposed'],
			]);
			expect(pairs.filter((row) => row.programId === PROGRAM_ID)).toEqual(mainPairs);
			const [review] = await newMails(sofar, 1);
			expect([recipients(review), review.subject]).toEqual([[SECOND_MANAGER], 'Review 1 proposed mentoring pairs for Autumn 2026']);
		});
	});

	describe('review and adjust in the browser', () => {
		const shots = path.resolve('test-output/e2e/review-adjust');
		const login = () => `Basic ${Buffer.from(`${n8n.ready.formLogin.user}:${n8n.ready.formLogin.password}`).toString('base64')}`;
		const pairsOf = async (programId: string) => (await rows('mentorship_pairs')).filter((row) => row.programId === programId);
		let review: CaughtMail;
		let runId: string;

		it('proposes the pairs worked out by hand for a program of its own, with a Review and adjust link in the review email', async () => {
			// The program's record, through the Program Setup form (helpers/adjustProgram.ts says why these people).
			let sofar = (await mails()).length;
			expect((await submitForm(formUrl('Program Setup Form'), ADJUST_PROGRAM_SETUP, { authorization: login() })).status).toBe(200);
			await newMails(sofar, 1);

			const enrolment = workflowId('mentorship-enrolment.json');
			const started = await executionsOf(api, enrolment);
			const waitingBefore = started.filter((execution) => execution.status === 'waiting').length;
			sofar = (await mails()).length;
			for (const person of ADJUST_PEOPLE) expect((await submitForm(formUrl('Application Form'), adjustApplication(person))).status).toBe(200);
			const asks = await newMails(sofar, ADJUST_PEOPLE.length);
			for (const person of ADJUST_PEOPLE) {
				const ask = asks.find((mail) => addressedTo(mail, person.email) && mail.subject === CONFIRM_SUBJECT);
				expect([person.email, ask === undefined]).toEqual([person.email, false]);
				await clickLink(linksIn(ask!).find((link) => link.includes('approved=true'))!);
			}
			await newMails(sofar + ADJUST_PEOPLE.length, ADJUST_PEOPLE.length);
			await settledExecutions(api, enrolment, started.length + ADJUST_PEOPLE.length, { waiting: waitingBefore });
			expect((await rows('mentorship_roster')).filter((row) => row.programId === ADJUST_PROGRAM).map((row) => row.email).sort()).toEqual(
				ADJUST_PEOPLE.map((person) => person.email).sort(),
			);

			const matching = workflowId('mentorship-matching.json');
			const runs = await executionsOf(api, matching);
			const reviewsWaiting = runs.filter((execution) => execution.status === 'waiting').length;
			sofar = (await mails()).length;
			expect((await submitForm(formUrl('Run Matching Now'), [ADJUST_PROGRAM, 'email', 'no'], { authorization: login() })).status).toBe(200);
			await settledExecutions(api, matching, runs.length + 1, { waiting: reviewsWaiting + 1 });

			expect((await pairsOf(ADJUST_PROGRAM)).map((row) => [row.mentorEmail, row.menteeEmail, row.status]).sort()).toEqual(
				[
					[ILSE.email, LARS.email, 'proposed'],
					[JOOST.email, MILA.email, 'proposed'],
					[KIM.email, NINA.email, 'proposed'],
				].sort(),
			);
			[review] = await newMails(sofar, 1);
			expect([recipients(review), review.subject]).toEqual([[ADJUST_MANAGER], `Review 3 proposed mentoring pairs for ${ADJUST_PROGRAM_NAME}`]);
			const adjustLink = linksIn(review).find((link) => link.includes('/form/mentorship-review-adjust?'));
			expect(adjustLink).toBeDefined();
			const query = new URL(adjustLink!).searchParams;
			expect(query.get('programId')).toBe(ADJUST_PROGRAM);
			runId = query.get('runId')!;
			expect(String((await pairsOf(ADJUST_PROGRAM))[0].runId)).toBe(runId);
		});

		it('lets the program manager drop a pair and move a mentee on the adjust page in Chromium, and shows what changed', async () => {
			const adjust = workflowId('mentorship-review-adjust.json');
			const adjustRunsBefore = (await executionsOf(api, adjust)).length;
			const sofar = (await mails()).length;
			const adjustLink = linksIn(review).find((link) => link.includes('/form/mentorship-review-adjust?'))!;
			mkdirSync(shots, { recursive: true });
			const { browser, close } = await launchChromium();
			const context = await browser.newContext({
				viewport: { width: 1200, height: 1400 },
				httpCredentials: { username: n8n.ready.formLogin.user, password: n8n.ready.formLogin.password },
			});
			const page = await context.newPage();
			/** The dropdown of the pair whose label starts with the mentee's name. */
			const choiceOf = (mentee: AdjustApplicant) =>
				page.locator('.form-group', { has: page.locator('label.form-label', { hasText: `${mentee.name} (` }) }).locator('select');
			let changed = '';
			let moveScore = 0;
			let proposedScores: number[] = [];
			try {
				await page.goto(adjustLink);
				await page.getByLabel('Your name').fill('Pat Adjuster');
				await page.locator('#submit-btn').click();
				await page.getByText('Adjust the proposed pairs').waitFor({ timeout: 60000 });
				await page.screenshot({ path: path.join(shots, 'adjust-page.png'), fullPage: true });

				// The run's proposals grouped by mentor (by name), each mentee with score and reasons.
				expect(await page.locator('.form-group.html h3').allTextContents()).toEqual([ILSE.name, JOOST.name, KIM.name]);
				const scoreOf = new Map<AdjustApplicant, number>();
				for (const mentee of [LARS, MILA, NINA]) {
					const label = await page.locator('label.form-label', { hasText: `${mentee.name} (` }).textContent();
					scoreOf.set(mentee, Number(/ · score (\d+) · /.exec(label ?? '')?.[1]));
					expect(label).toMatch(new RegExp(`^${mentee.name} \\(${mentee.department}\\) · score \\d+ · shares \\d of \\d wanted skills`));
					// Long reasons are cut at a word, with an ellipsis.
					expect(label!.trim()).toMatch(/(\)|\S…)$/);
				}
				// Lars may move to Kim, who has a second place; the option shows the new score and reasons.
				const larsOptions = await choiceOf(LARS).locator('option').allTextContents();
				const toKim = larsOptions.find((option) => option.startsWith(`Move to ${KIM.name} [`));
				expect(toKim).toMatch(/^Move to Kim Janssen \[[^\]]+\] \(score \d+: shares 1 of 2 wanted skills: negotiation; .+; 2 places, 1 proposed now\)$/);

				moveScore = Number(/\(score (\d+):/.exec(toKim!)![1]);
				proposedScores = [scoreOf.get(LARS)!, scoreOf.get(MILA)!, scoreOf.get(NINA)!];

				await choiceOf(LARS).selectOption({ label: toKim! });
				await choiceOf(MILA).selectOption({ label: 'Drop this pair' });
				await page.getByLabel('Note for the audit trail (optional)').fill('Mila asked to wait for a sql mentor outside sales');
				await page.screenshot({ path: path.join(shots, 'adjust-page-filled.png'), fullPage: true });
				await page.locator('#submit-btn').click();
				await page.getByText('Proposals adjusted').waitFor({ timeout: 60000 });
				changed = flat(await page.locator('body').innerText());
				await page.screenshot({ path: path.join(shots, 'what-changed.png'), fullPage: true });
			} catch (error) {
				await page.screenshot({ path: path.join(shots, 'failure.png'), fullPage: true }).catch(() => undefined);
				writeFileSync(path.join(shots, 'failure.html'), await page.content().catch(() => ''));
				throw error;
			} finally {
				await close();
			}
			// Not `waiting: 0`: under load the page's status poll can open the completion page before n8n answers the
			// post, and n8n then leaves the finished execution waiting at What Changed (everything before it has run).
			await settledExecutions(api, adjust, adjustRunsBefore + 1);

			// Before: the three proposals as the page listed them. After: Lars at the score the move offered, Nina as proposed.
			const [lars, , nina] = proposedScores;
			const sum = (scores: number[]) => scores.reduce((total, score) => total + score, 0);
			expect(changed).toContain(
				`Before: 3 pairs, total score ${sum(proposedScores)}, lowest ${Math.min(...proposedScores)}. After: 2 pairs, total score ${moveScore + nina}, lowest ${Math.min(moveScore, nina)}.`,
			);
			// The move, the drop and the note.
			expect(changed).toContain('3 adjustments applied, 0 refused.');
			expect(changed).toContain(`${LARS.name} moves from ${ILSE.name} (score ${lars}) to ${KIM.name} (score ${moveScore}), as you chose.`);
			// Mila's other two mentors share her department; the third is the pair she dropped.
			expect(changed).toContain(`${MILA.name} is no longer matched: No mentor is allowed by the rules; "sameDepartment" excluded the most (2 of 3).`);
			expect(changed).not.toContain(`${NINA.name} moves`);
			const [told] = await newMails(sofar, 1);
			expect([recipients(told), told.subject]).toEqual([[ADJUST_MANAGER], `Adjusted proposals for ${ADJUST_PROGRAM} (run ${runId})`]);
			expect(flat(told.text)).toContain(`${LARS.name} moves from ${ILSE.name}`);

			// The adjusted set waits for approval under the same run; the pairs that left it are rejected.
			expect((await pairsOf(ADJUST_PROGRAM)).map((row) => [row.mentorEmail, row.menteeEmail, row.status, String(row.runId)]).sort()).toEqual(
				[
					[ILSE.email, LARS.email, 'rejected', runId],
					[JOOST.email, MILA.email, 'rejected', runId],
					[KIM.email, LARS.email, 'proposed', runId],
					[KIM.email, NINA.email, 'proposed', runId],
				].sort(),
			);
			// Every choice in the audit trail, with who and the run.
			const idOf = new Map((await rows('mentorship_roster')).filter((row) => row.programId === ADJUST_PROGRAM).map((row) => [row.email, String(row.participantId)]));
			const audit = (await rows('mentorship_adjustments')).filter((row) => row.programId === ADJUST_PROGRAM);
			expect(audit.map((row) => [row.action, row.menteeId || '', row.toMentorId || '', row.outcome, row.note || ''])).toEqual([
				['move', idOf.get(LARS.email), idOf.get(KIM.email), 'applied', ''],
				['drop', idOf.get(MILA.email), '', 'applied', ''],
				['note', '', '', 'applied', 'Mila asked to wait for a sql mentor outside sales'],
			]);
			expect(audit[1].mentorId).toBe(idOf.get(JOOST.email));
			expect(new Set(audit.map((row) => `${String(row.runId)}/${String(row.adjustedBy)}`))).toEqual(new Set([`${runId}/Pat Adjuster`]));
		});

		it('introduces exactly the adjusted pairs once she approves in the review email', async () => {
			const matching = workflowId('mentorship-matching.json');
			const runs = await executionsOf(api, matching);
			const reviewsWaiting = runs.filter((execution) => execution.status === 'waiting').length;
			const sofar = (await mails()).length;
			await clickLink(linksIn(review).find((link) => link.includes('approved=true'))!);
			await settledExecutions(api, matching, runs.length, { waiting: reviewsWaiting - 1 });

			const introductions = await newMails(sofar, 2);
			expect(introductions.map((mail) => [mail.subject, recipients(mail).sort()]).sort()).toEqual(
				[
					[`Meet your mentoring partner: ${KIM.name} and ${LARS.name}`, [KIM.email, LARS.email].sort()],
					[`Meet your mentoring partner: ${KIM.name} and ${NINA.name}`, [KIM.email, NINA.email].sort()],
				].sort(),
			);
			expect((await pairsOf(ADJUST_PROGRAM)).map((row) => [row.mentorEmail, row.menteeEmail, row.status]).sort()).toEqual(
				[
					[ILSE.email, LARS.email, 'rejected'],
					[JOOST.email, MILA.email, 'rejected'],
					[KIM.email, LARS.email, 'active'],
					[KIM.email, NINA.email, 'active'],
				].sort(),
			);
		});
	});
});
