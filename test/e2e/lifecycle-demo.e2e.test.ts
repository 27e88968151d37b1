import path from 'node:path';

import type { DemoOutcome } from '../../scripts/demo/cohort';
import { ACTIVITY, COHORT, DEMO_MANAGER, playCohort } from '../../scripts/demo/cohort';
import type { CaughtMail, LocalN8n } from './helpers/localN8n';
import { startLocalN8n } from './helpers/localN8n';
import type { Server } from './helpers/lifecycle';
import { addressedTo, connect, mails, rows } from './helpers/lifecycle';
import type { TableRow } from './helpers/publicApi';

/**
 * `npm run demo` (scripts/demo/) on a server started as a new user starts it: the sample
 * organisation on the roster and the demo programs starting today. Checks what the demo leaves
 * behind (rows and mails), worked out from its story: six mentors and five mentees apply for
 * five places each, so the last mentor waits; five pairs; three mentees log the first session;
 * four people answer the mid-point check-in; one mentor leaves, his mentee is rematched with the
 * waitlisted mentor; the weekly KPI email; the close.
 */
describe('npm run demo, on the server of a fresh npm start', () => {
	let n8n: LocalN8n;
	let server: Server;
	let demo: DemoOutcome;
	let caught: CaughtMail[];
	let pairs: TableRow[];
	const today = new Date().toISOString().slice(0, 10);

	beforeAll(async () => {
		// As npm start runs for a user: no pinned calendar, the sample people on the roster.
		n8n = await startLocalN8n({ outputDir: path.resolve('test-output/e2e/demo'), env: { MENTORSHIP_PROGRAM_START: '' } });
		server = await connect(n8n.ready);
		demo = await playCohort(server, { today });
		caught = await mails(server);
		pairs = await rows(server, 'mentorship_pairs', demo.programId);
	});

	afterAll(async () => {
		await n8n?.stop();
	});

	const subjectsTo = (email: string) => caught.filter((mail) => addressedTo(mail, email)).map((mail) => mail.subject);

	it('starts npm start’s demo programs today, and leaves them open when the demo program closes', async () => {
		const programs = await rows(server, 'mentorship_programs');
		expect(programs.filter((row) => ['mentoring-2026', 'buddy', 'coffee'].includes(String(row.programId))).map((row) => [row.programId, row.start, row.status]).sort()).toEqual(
			[
				['buddy', today, 'open'],
				['coffee', today, 'open'],
				['mentoring-2026', today, 'open'],
			].sort(),
		);
		expect(programs.filter((row) => row.programId === demo.programId).map((row) => [row.start, row.status])).toEqual([[today, 'closed']]);
	});

	it('enrols the cohort, the mentor who left as left and the waitlisted mentor as enrolled after accepting his offer', async () => {
		const roster = await rows(server, 'mentorship_roster', demo.programId);
		expect(demo.mentors).toHaveLength(COHORT.mentors);
		expect(demo.mentees).toHaveLength(COHORT.mentees);
		const expected = [...demo.mentors, ...demo.mentees].map((person) => [person.email, person === demo.leaver ? 'left' : 'enrolled']);
		expect(roster.map((row) => [row.email, row.status]).sort()).toEqual(expected.sort());
		expect(demo.promoted).toBe(demo.mentors[COHORT.mentors - 1]);
	});

	it('leaves five completed pairs and the leaver’s ended one; the rematched mentee’s new mentor is the promoted one', () => {
		expect(pairs.map((row) => row.status).sort()).toEqual([...Array(COHORT.places).fill('completed'), 'ended'].sort());
		const ended = pairs.filter((row) => row.status === 'ended');
		expect(ended.map((row) => [row.mentorEmail, row.menteeEmail, row.endReason, row.endedBy])).toEqual([[demo.leaver.email, demo.rematched.email, 'leftCompany', 'mentor']]);
		expect(pairs.filter((row) => row.menteeEmail === demo.rematched.email && row.status === 'completed').map((row) => row.mentorEmail)).toEqual([demo.promoted.email]);
		// Every mentee of the cohort had a pair to the end.
		expect(pairs.filter((row) => row.status === 'completed').map((row) => row.menteeEmail).sort()).toEqual(demo.mentees.map((person) => person.email).sort());
	});

	it('logs one meeting for session 1 of each of the three mentees who clicked "We met", and counts it on their pairs', async () => {
		const clickers = demo.mentees.slice(0, ACTIVITY.weMet).map((person) => person.email);
		const meetings = await rows(server, 'mentorship_meetings', demo.programId);
		expect(meetings.map((row) => [row.personId, row.session, row.outcome]).sort()).toEqual(clickers.map((email) => [email, 1, 'met']).sort());
		expect(pairs.filter((row) => clickers.includes(String(row.menteeEmail))).map((row) => row.meetingCount)).toEqual([1, 1, 1]);
	});

	it('stores the four mid-point check-in answers', async () => {
		const answers = (await rows(server, 'mentorship_responses', demo.programId)).filter((row) => row.round === 'midpoint' && row.status !== 'rejected');
		const answerers = [...demo.mentees.slice(0, 2), ...demo.mentors.slice(0, 2)].map((person) => person.email);
		expect(answers.map((row) => row.respondentId).sort()).toEqual(answerers.sort());
	});

	it('tells the mentee and the program manager, without blame, that the leaver’s pair ended, and offers the waitlisted mentor the place', () => {
		expect(subjectsTo(demo.rematched.email)).toContain(`Your mentoring pair with ${demo.leaver.name} has ended`);
		expect(subjectsTo(DEMO_MANAGER)).toContain(`Mentoring pair ended: ${demo.leaver.name} and ${demo.rematched.name}`);
		expect(subjectsTo(demo.promoted.email).filter((subject) => subject === 'A place in the mentoring program is yours if you want it')).toHaveLength(1);
	});

	it('sends the weekly KPI report of the demo program to its manager', () => {
		expect(subjectsTo(DEMO_MANAGER).filter((subject) => subject.startsWith(`${demo.programName}: `) && subject.endsWith(` to ${demo.kpiMonday}`))).toHaveLength(1);
	});

	it('closes with a closing email to each of the ten people in a completed pair, five certificates and one summary, and nothing to the leaver', () => {
		for (const pair of pairs.filter((row) => row.status === 'completed')) {
			for (const [email, other] of [
				[pair.mentorEmail, pair.menteeName],
				[pair.menteeEmail, pair.mentorName],
			])
				expect([email, subjectsTo(String(email)).filter((subject) => subject === `Your mentoring pair with ${String(other)} has come to its end`)]).toEqual([
					email,
					[`Your mentoring pair with ${String(other)} has come to its end`],
				]);
			expect(subjectsTo(String(pair.mentorEmail)).filter((subject) => subject.startsWith('Thank you for mentoring'))).toHaveLength(1);
		}
		expect(subjectsTo(DEMO_MANAGER).filter((subject) => subject === `Program summary: ${demo.programName}: ${demo.start} to ${demo.end}`)).toHaveLength(1);
		expect(subjectsTo(demo.leaver.email).filter((subject) => subject.includes('has come to its end') || subject.startsWith('Thank you for mentoring'))).toEqual([]);
	});
});
