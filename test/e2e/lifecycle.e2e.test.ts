import path from 'node:path';

import { linksIn } from './helpers/forms';
import type { CaughtMail, LocalN8n } from './helpers/localN8n';
import { startLocalN8n } from './helpers/localN8n';
import type { Server } from './helpers/lifecycle';
import { addProgram, addressedTo, answerLink, clocked, connect, enrol, formUrl, lastingLinks, mails, mailsAfter, mailsOfRun, matchAndApprove, recipients, rows, signedLink, tokenOf } from './helpers/lifecycle';
import type { Applicant } from './helpers/program';
import { application, FIELD } from './helpers/program';

/** A program of its own: one mentor place, one mentee place, 2 March to 2 September 2026, every other Tuesday at 15:00. */
const PROGRAM = 'life-2026';
const PROGRAM_NAME = 'Life of a pair';
const MANAGER = 'life.manager@acme.example';
/** The manager of npm start's demo programs. */
const DEMO_PROGRAMS_MANAGER = 'program-manager@example.com';
/** The mentor who leaves the company half-way. */
const RUBEN: Applicant = { email: 'ruben.vermeer@acme.example', name: 'Ruben Vermeer', role: 'mentor', skill: 'negotiation' };
/** The mentee, from enrolment to the end-of-program survey. */
const LINA: Applicant = { email: 'lina.hofman@acme.example', name: 'Lina Hofman', role: 'mentee', skill: 'negotiation' };
/** The second mentor, who confirms when the one mentor place is taken and waits for a place. */
const TOM: Applicant = { email: 'tom.verbeek@acme.example', name: 'Tom Verbeek', role: 'mentor', skill: 'negotiation' };
const PAGES = { met: 'Thank you', ended: 'Your pair has ended', alreadyEnded: 'This pair has already ended', placeTaken: 'Your place is confirmed', surveyThanks: 'Thank you' };
/** The end-of-program form's agreement answers for its 11 statements (1 strongly disagree to 5 strongly agree). */
const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];

/**
 * One pair's whole life on a real n8n started by `npm start`, every step through the published
 * templates as people use them: enrolled (and a second mentor waitlisted), matched and
 * introduced, two meetings logged from session reminders, ended when the mentor leaves the
 * company, the freed mentor place offered to the waitlisted mentor and taken, the mentee
 * rematched with him (never her old mentor), the program closed on its last day, and the mentee's
 * goals rated in the end-of-program survey. Every expected row and mail is worked out by hand.
 */
describe('one pair through its whole life on the local n8n', () => {
	let n8n: LocalN8n;
	let server: Server;
	const pairsOf = async () => await rows(server, 'mentorship_pairs', PROGRAM);
	const rosterOf = async () => await rows(server, 'mentorship_roster', PROGRAM);
	const rosterRowOf = async (person: Applicant) => (await rosterOf()).find((row) => row.email === person.email)!;
	const mailsTo = (caught: CaughtMail[], person: { email: string }) => caught.filter((mail) => addressedTo(mail, person.email)).map((mail) => mail.subject);
	let firstPairId = '';
	let secondPairId = '';
	let closingToLina: CaughtMail;

	beforeAll(async () => {
		n8n = await startLocalN8n({ outputDir: path.resolve('test-output/e2e/lifecycle'), env: { MENTORSHIP_SAMPLE_DATA: 'off' } });
		server = await connect(n8n.ready);
		await addProgram(server, {
			programId: PROGRAM,
			name: PROGRAM_NAME,
			managerEmail: MANAGER,
			start: '2026-03-02',
			lengthMonths: 6,
			cadence: 'biweekly',
			weekday: 2,
			meetingTime: '15:00',
			mentorSeats: 1,
			menteeSeats: 1,
		});
	});

	afterAll(async () => {
		await n8n?.stop();
	});

	it('enrols the mentor and the mentee, and waitlists the second mentor, who confirms once the one mentor place is taken', async () => {
		const answers = (person: Applicant) =>
			application(person, { [FIELD.program]: PROGRAM, ...(person === LINA ? { [FIELD.goals]: 'close my first deal alone, lead a client meeting' } : {}) });
		const told = await enrol(server, [RUBEN, LINA, TOM].map((person) => ({ email: person.email, answers: answers(person) })));

		expect(mailsTo(told, RUBEN)).toEqual(['You are enrolled in the mentoring program']);
		expect(mailsTo(told, LINA)).toEqual(['You are enrolled in the mentoring program']);
		expect(mailsTo(told, TOM)).toEqual(['You are on the mentoring program waitlist']);
		expect((await rosterOf()).map((row) => [row.email, row.role, row.status, row.waitlistPosition ?? null]).sort()).toEqual(
			[
				[LINA.email, 'mentee', 'enrolled', null],
				[RUBEN.email, 'mentor', 'enrolled', null],
				[TOM.email, 'mentor', 'waitlisted', 1],
			].sort(),
		);
	});

	it('proposes the mentee to the one enrolled mentor and introduces them once the program manager approves', async () => {
		const { review, introductions } = await matchAndApprove(server, PROGRAM);

		expect([recipients(review), review.subject]).toEqual([[MANAGER], `Review 1 proposed mentoring pairs for ${PROGRAM_NAME}`]);
		expect(introductions.map((mail) => [mail.subject, recipients(mail).sort()])).toEqual([[`Meet your mentoring partner: ${RUBEN.name} and ${LINA.name}`, [LINA.email, RUBEN.email].sort()]]);
		const pairs = await pairsOf();
		expect(pairs.map((row) => [row.mentorEmail, row.menteeEmail, row.status])).toEqual([[RUBEN.email, LINA.email, 'active']]);
		firstPairId = String(pairs[0].pairId);
	});

	/**
	 * Sessions are every other Tuesday at 15:00 in Amsterdam from the first Tuesday of the program:
	 * 3 March (session 1), 17 March (2), 31 March (3). The day-before reminders are due at 16 March
	 * 14:00 UTC (winter time) and 30 March 13:00 UTC (summer time); the mentee clicks "We met" in each.
	 */
	it('counts two meetings, the last one now, when the mentee clicks "We met" in two session reminders', async () => {
		const reminders = await clocked(server, 'mentorship-reminders.json', 'Every Hour', lastingLinks('Make We Met Links', 'Make Not Yet Links'));
		const weMet = (caught: CaughtMail[]) => {
			const toLina = caught.filter((mail) => addressedTo(mail, LINA.email));
			expect(toLina).toHaveLength(1);
			return linksIn(toLina[0]).find((link) => link.startsWith(`${formUrl(server, 'Meeting Form')}?action=met&`))!;
		};
		const clickedFrom = new Date().toISOString();

		const first = await mailsOfRun(server, reminders, '2026-03-16T14:30:00.000Z');
		expect(first.map((mail) => recipients(mail)).flat().sort()).toEqual([LINA.email, RUBEN.email].sort());
		const firstLink = weMet(first);
		expect(await answerLink(server, 'Meeting Form', [tokenOf(firstLink), 'met'])).toContain(PAGES.met);
		const second = await mailsOfRun(server, reminders, '2026-03-30T13:30:00.000Z');
		// A meeting is logged, so no "no meeting logged" nudge: the day-before reminder only, one each.
		expect(second.map((mail) => recipients(mail)).flat().sort()).toEqual([LINA.email, RUBEN.email].sort());
		expect(await answerLink(server, 'Meeting Form', [tokenOf(weMet(second)), 'met'])).toContain(PAGES.met);
		// The same link again changes nothing.
		expect(await answerLink(server, 'Meeting Form', [tokenOf(firstLink), 'met'])).toContain(PAGES.met);

		const meetings = await rows(server, 'mentorship_meetings', PROGRAM);
		expect(meetings.map((row) => [row.pairId, String(row.session), row.personId, row.role, row.outcome]).sort()).toEqual([
			[firstPairId, '2', LINA.email, 'mentee', 'met'],
			[firstPairId, '3', LINA.email, 'mentee', 'met'],
		]);
		const [pair] = await pairsOf();
		expect(pair.meetingCount).toBe(2);
		expect(String(pair.lastMeetingAt) >= clickedFrom).toBe(true);
	});

	it('ends the pair when the mentor, leaving the company, uses his end-pair link, and keeps the mentee for a new mentor', async () => {
		const link = signedLink(formUrl(server, 'End Pair Form'), {
			programId: PROGRAM,
			subject: firstPairId,
			person: RUBEN.email,
			role: 'mentor',
			purpose: 'endPair',
			expiresAt: Math.floor(Date.now() / 1000) + 30 * 24 * 3600,
		});
		const sofar = (await mails(server)).length;

		expect(await answerLink(server, 'End Pair Form', [tokenOf(link), 'Left the company', null])).toContain(PAGES.ended);
		const told = await mailsAfter(server, sofar, 2);

		expect(told.map((mail) => [recipients(mail), mail.subject]).sort()).toEqual(
			[
				[[LINA.email], `Your mentoring pair with ${RUBEN.name} has ended`],
				[[MANAGER], `Mentoring pair ended: ${RUBEN.name} and ${LINA.name}`],
			].sort(),
		);
		expect((await pairsOf()).map((row) => [row.pairId, row.status, row.endReason, row.endedBy])).toEqual([[firstPairId, 'ended', 'leftCompany', 'mentor']]);
		expect([(await rosterRowOf(RUBEN)).status, (await rosterRowOf(LINA)).status, (await rosterRowOf(LINA)).rematch]).toEqual(['left', 'enrolled', true]);

		// The same link again: the pair has ended already, nothing changes and nobody is told twice.
		expect(await answerLink(server, 'End Pair Form', [tokenOf(link), 'Other', null])).toContain(PAGES.alreadyEnded);
		expect((await mails(server)).length).toBe(sofar + 2);
	});

	it('offers the freed mentor place to the waitlisted mentor, with a deadline three days on, and enrols him when he accepts', async () => {
		const places = await clocked(server, 'mentorship-places.json', 'Every Morning');
		const now = new Date();
		const offered = await mailsOfRun(server, places, now.toISOString());

		expect(offered.map((mail) => [recipients(mail), mail.subject])).toEqual([[[TOM.email], 'A place in the mentoring program is yours if you want it']]);
		const tom = await rosterRowOf(TOM);
		expect([tom.status, tom.offerExpiresAt]).toEqual(['offered', new Date(now.getTime() + 3 * 24 * 3600 * 1000).toISOString()]);
		const accept = linksIn(offered[0]).find((link) => link.startsWith(`${formUrl(server, 'Accept Place Form')}?`))!;
		expect(await answerLink(server, 'Accept Place Form', [tokenOf(accept), ['Yes, I take it']])).toContain(PAGES.placeTaken);
		expect((await rosterRowOf(TOM)).status).toBe('enrolled');
	});

	it('proposes the mentee to the newly enrolled mentor in the next matching run, never to the mentor she had, and introduces them', async () => {
		const { review, introductions } = await matchAndApprove(server, PROGRAM);

		expect([recipients(review), review.subject]).toEqual([[MANAGER], `Review 1 proposed mentoring pairs for ${PROGRAM_NAME}`]);
		expect(introductions.map((mail) => [mail.subject, recipients(mail).sort()])).toEqual([[`Meet your mentoring partner: ${TOM.name} and ${LINA.name}`, [LINA.email, TOM.email].sort()]]);
		const pairs = await pairsOf();
		expect(pairs.map((row) => [row.mentorEmail, row.menteeEmail, row.status]).sort()).toEqual(
			[
				[RUBEN.email, LINA.email, 'ended'],
				[TOM.email, LINA.email, 'active'],
			].sort(),
		);
		secondPairId = String(pairs.find((row) => row.status === 'active')!.pairId);
	});

	it('closes the program on its last day: the pair completed, a closing mail to each, a certificate to the mentor, the summary to the manager', async () => {
		const close = await clocked(server, 'mentorship-program-close.json', 'Every Morning', lastingLinks('Make Survey Links'));
		const lastDay = '2026-09-02T07:00:00.000Z';
		const sent = await mailsOfRun(server, close, lastDay);

		expect(mailsTo(sent, LINA)).toEqual([`Your mentoring pair with ${TOM.name} has come to its end`]);
		expect(mailsTo(sent, TOM).sort()).toEqual([`Your mentoring pair with ${LINA.name} has come to its end`, expect.stringMatching(/^Thank you for mentoring/)].sort());
		expect(mailsTo(sent, { email: MANAGER })).toEqual([`Program summary: ${PROGRAM_NAME}: 2026-03-02 to 2026-09-02`]);
		expect(mailsTo(sent, RUBEN)).toEqual([]);
		// npm start's demo programs (the 2026 calendar in the end-to-end suites) close that morning too, each with its
		// summary to its own manager: Mentoring 2026 ends on 2 September as well, the buddies' three months ended on 2 June.
		// The coffee roulette runs to 2 March 2027.
		expect(mailsTo(sent, { email: DEMO_PROGRAMS_MANAGER }).sort()).toEqual([
			'Program summary: Buddies for new hires: 2026-03-02 to 2026-06-02',
			'Program summary: Mentoring 2026: 2026-03-02 to 2026-09-02',
		]);
		expect(sent).toHaveLength(6);
		expect((await pairsOf()).map((row) => [row.pairId, row.status, row.completedAt ?? null]).sort()).toEqual(
			[
				[firstPairId, 'ended', null],
				[secondPairId, 'completed', lastDay],
			].sort(),
		);
		expect((await rows(server, 'mentorship_programs', PROGRAM)).map((row) => row.status)).toEqual(['closed']);
		// The next morning closes nothing and sends nothing.
		expect(await mailsOfRun(server, close, '2026-09-03T07:00:00.000Z')).toEqual([]);
		closingToLina = sent.find((mail) => addressedTo(mail, LINA.email))!;
	});

	it("stores the mentee's goal ratings from the end-of-program survey link in her closing mail", async () => {
		const link = linksIn(closingToLina).find((entry) => entry.startsWith(`${formUrl(server, 'End-of-Program Form')}?`))!;
		const agreement = [5, 4, 4, 3, 5, 4, 5, 2, 3, 4, 2].map((value) => AGREEMENT[value - 1]);
		const page = await answerLink(server, 'End-of-Program Form', [tokenOf(link), ...agreement, '4', 'Achieved', 'Some', null, '9', 'I closed my first deal alone']);
		expect(page).toContain(PAGES.surveyThanks);

		const answers = (await rows(server, 'mentorship_responses', PROGRAM)).filter((row) => row.round === 'final');
		expect(answers.map((row) => [row.pairId, row.respondentId, row.instrument, row.status, row.quality])).toEqual([[secondPairId, LINA.email, 'endOfProgram', 'scored', 4]]);
		// Two goals rated: one achieved, one in progress, so half of them attained.
		expect((JSON.parse(String(answers[0].scored)) as { goals: unknown }).goals).toEqual({ total: 2, achieved: 1, inProgress: 1, notStarted: 0, attainment: 0.5 });
	});
});
