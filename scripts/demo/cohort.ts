import { readFileSync } from 'node:fs';
import path from 'node:path';

import { DateTime } from 'luxon';

import { addMonths } from '../../nodes/core/scheduling/calendarDate';
import { programDates } from '../../nodes/core/scheduling/programDates';
import { linksIn } from '../../test/e2e/helpers/forms';
import type { CaughtMail } from '../../test/e2e/helpers/localN8n';
import type { Server } from '../../test/e2e/helpers/lifecycle';
import {
	addProgram,
	addressedTo,
	answerLink,
	clocked,
	enrol,
	formUrl,
	lastingLinks,
	mailsOfRun,
	matchAndApprove,
	rows,
	signedLink,
	tokenOf,
	workflowId,
} from '../../test/e2e/helpers/lifecycle';
import { application, FIELD } from '../../test/e2e/helpers/program';

/** A person of the sample organisation (test/fixtures/sample-org.json), as far as the demo needs them. */
interface SamplePerson {
	email: string;
	name: string;
	role: string;
	department: string;
	timezone: string;
	languages: string[];
	skillsOffered: string[];
	skillsWanted: string[];
	goals: string[];
}

/** The demo's cohort: five pairs and one more mentor, who waits for a place. */
export const COHORT = { mentors: 6, mentees: 5, places: 5 } as const;
/** How many mentees click "We met" after the first session, and how many people answer the mid-point check-in. */
export const ACTIVITY = { weMet: 3, checkIns: 4 } as const;
/** Who the demo program's reviews, alerts and reports go to: npm start's program manager. */
export const DEMO_MANAGER = 'program-manager@example.com';
const ZONE = 'Europe/Amsterdam';
const LENGTH_MONTHS = 2;
const WEEKDAY = 2;
const MEETING_TIME = { hour: 15, minute: 0 };

export interface DemoOptions {
	/** The day the demo program starts, YYYY-MM-DD (default today, UTC). */
	today?: string;
	/** Where each step is told; the test passes a silent one. */
	log?: (line: string) => void;
}

export interface DemoOutcome {
	programId: string;
	programName: string;
	start: string;
	end: string;
	mentors: SamplePerson[];
	mentees: SamplePerson[];
	/** The mentor who leaves the company, the mentee rematched, and the waitlisted mentor promoted. */
	leaver: SamplePerson;
	rematched: SamplePerson;
	promoted: SamplePerson;
	/** The Monday the weekly KPI email is sent for. */
	kpiMonday: string;
}

/** Sample people in Amsterdam's time zone, so that every pair's reminders fall due at the same moment. */
function cohortOf(file: string): { mentors: SamplePerson[]; mentees: SamplePerson[] } {
	const people = (JSON.parse(readFileSync(file, 'utf8')) as SamplePerson[]).filter((person) => person.timezone === ZONE && person.languages.includes('en'));
	return {
		mentors: people.filter((person) => person.role === 'mentor').slice(0, COHORT.mentors),
		mentees: people.filter((person) => person.role === 'mentee').slice(0, COHORT.mentees),
	};
}

function applicationOf(person: SamplePerson, programId: string) {
	const role = person.role === 'mentor' ? 'mentor' : 'mentee';
	return {
		email: person.email,
		answers: application(
			{ email: person.email, name: person.name, role, skill: '' },
			{
				[FIELD.department]: person.department,
				[FIELD.timezone]: person.timezone,
				[FIELD.languages]: person.languages.join(', '),
				[FIELD.offers]: person.skillsOffered.join(', '),
				[FIELD.wants]: person.skillsWanted.join(', '),
				[FIELD.goals]: person.goals.join(', '),
				[FIELD.program]: programId,
			},
		),
	};
}

/** The UTC moment half an hour after a session's day-before reminder falls due (15:00 in Amsterdam, a day ahead). */
const reminderMoment = (sessionDate: string) =>
	DateTime.fromISO(sessionDate, { zone: ZONE }).set(MEETING_TIME).minus({ days: 1 }).plus({ minutes: 30 }).toUTC().toISO()!;

/**
 * Plays a cohort of the sample organisation through a whole program on a running server (npm
 * start): its own program record starting today, enrolment, matching and approval,
 * introductions, reminders with "We met" clicks, the mid-point check-in, a mentor who leaves and
 * his mentee rematched, the waitlisted mentor promoted into the freed place, the weekly KPI
 * email and the program's close. Scheduled templates run as clocked copies for the moments the
 * program's calendar gives; forms and links are used as people use them.
 */
export async function playCohort(server: Server, options: DemoOptions = {}): Promise<DemoOutcome> {
	const log = options.log ?? (() => undefined);
	const start = options.today ?? new Date().toISOString().slice(0, 10);
	const end = addMonths(start, LENGTH_MONTHS);
	const stamp = DateTime.utc().toFormat('yyyyLLdd-HHmmss');
	const programId = `demo-${stamp}`;
	const programName = `Demo cohort ${stamp}`;
	const { mentors, mentees } = cohortOf(path.resolve('test/fixtures/sample-org.json'));
	const mail = server.ready.mail.url;
	const editor = server.ready.url;
	const dates = programDates({ start, end, cadence: 'biweekly', weekday: WEEKDAY, holidays: new Set() });

	log(`1. Program ${programId} ("${programName}"): ${start} to ${end}, every other Tuesday at 15:00, ${COHORT.places} places for mentors and mentees.`);
	await addProgram(server, {
		programId,
		name: programName,
		managerEmail: DEMO_MANAGER,
		start,
		lengthMonths: LENGTH_MONTHS,
		cadence: 'biweekly',
		weekday: WEEKDAY,
		meetingTime: '15:00',
		mentorSeats: COHORT.places,
		menteeSeats: COHORT.places,
	});
	log(`   Look: the editor ${editor} (owner login printed by npm start), Overview → Data tables → mentorship_programs.`);

	log(`2. Enrolment: ${mentors.length} mentors and ${mentees.length} mentees of the sample organisation apply through the Application Form (?program=${programId}) and confirm.`);
	// Mentors confirm first; the last mentor confirms when the five mentor places are taken.
	await enrol(server, [...mentors, ...mentees].map((person) => applicationOf(person, programId)));
	const waitlisted = mentors[mentors.length - 1];
	log(`   ${waitlisted.name} confirmed last and waits on the mentor waitlist. Look: mail catcher ${mail}, Data Table mentorship_roster.`);

	log('3. Matching: Run Matching Now, the review email approved, the pairs introduced.');
	const first = await matchAndApprove(server, programId);
	log(`   ${first.introductions.length} introductions. Look: the review email "${first.review.subject}" and "Meet your mentoring partner" emails at ${mail}; Data Table mentorship_pairs.`);

	log(`4. Reminders (clocked copy of the Reminders template) before the sessions of ${dates.sessionDates[0]} and ${dates.sessionDates[1]}; ${ACTIVITY.weMet} mentees click "We met" after the first.`);
	const reminders = await clocked(server, 'mentorship-reminders.json', 'Every Hour', lastingLinks('Make We Met Links', 'Make Not Yet Links'));
	const firstReminders = await mailsOfRun(server, reminders, reminderMoment(dates.sessionDates[0]));
	for (const mentee of mentees.slice(0, ACTIVITY.weMet)) {
		const reminder = firstReminders.find((caught) => addressedTo(caught, mentee.email));
		const weMet = reminder && linksIn(reminder).find((link) => link.startsWith(`${formUrl(server, 'Meeting Form')}?action=met&`));
		if (!weMet) throw new Error(`No "We met" link reached ${mentee.email}`);
		await answerLink(server, 'Meeting Form', [tokenOf(weMet), 'met']);
	}
	const secondReminders = await mailsOfRun(server, reminders, reminderMoment(dates.sessionDates[1]));
	log(`   ${firstReminders.length} + ${secondReminders.length} reminders sent. Look: Data Tables mentorship_meetings and mentorship_pairs (meetingCount, lastMeetingAt), mentorship_sent_log.`);

	log(`5. Mid-point check-in on ${dates.midpointSurveyDate} (clocked copy of the Surveys template); ${ACTIVITY.checkIns} people answer through their personal links.`);
	const surveys = await clocked(server, 'mentorship-surveys.json', 'Every Morning', lastingLinks('Make Check-In Links'));
	const invitations = await mailsOfRun(server, surveys, `${dates.midpointSurveyDate}T12:00:00.000Z`);
	const answerers = [...mentees.slice(0, 2), ...mentees.slice(0, 2).map((_, index) => mentors[index])].slice(0, ACTIVITY.checkIns);
	for (const [index, person] of answerers.entries()) {
		const invitation = invitations.find((caught) => addressedTo(caught, person.email));
		const link = invitation && linksIn(invitation).find((entry) => entry.startsWith(`${formUrl(server, 'Check-In Form')}?`));
		if (!link) throw new Error(`No check-in link reached ${person.email}`);
		await answerLink(server, 'Check-In Form', [tokenOf(link), 'midpoint', String(5 - index), ['Yes'], 2, start, '']);
	}
	log(`   ${invitations.length} invitations. Look: Data Table mentorship_responses.`);

	const pairs = (await rows(server, 'mentorship_pairs', programId)).filter((row) => row.status === 'active');
	const leaverPair = pairs.find((row) => row.menteeEmail === mentees[mentees.length - 1].email) ?? pairs[pairs.length - 1];
	const leaver = mentors.find((person) => person.email === leaverPair.mentorEmail)!;
	const rematched = mentees.find((person) => person.email === leaverPair.menteeEmail)!;
	log(`6. ${leaver.name} leaves the company and ends the pair with ${rematched.name} through the end-pair link; ${rematched.name} stays, to be rematched.`);
	await answerLink(server, 'End Pair Form', [
		tokenOf(
			signedLink(formUrl(server, 'End Pair Form'), {
				programId,
				subject: String(leaverPair.pairId),
				person: leaver.email,
				role: 'mentor',
				purpose: 'endPair',
				expiresAt: Math.floor(Date.now() / 1000) + 30 * 24 * 3600,
			}),
		),
		'Left the company',
		null,
	]);
	log('   Look: the blame-free "has ended" emails to the mentee and the program manager; mentorship_pairs (ended), mentorship_roster (left, rematch).');

	log(`7. Waitlist: the freed mentor place is offered to ${waitlisted.name} (clocked copy of Waitlist Offers), who accepts through the link in the offer.`);
	const places = await clocked(server, 'mentorship-places.json', 'Every Morning');
	const offers = await mailsOfRun(server, places, new Date().toISOString());
	const offer = offers.find((caught: CaughtMail) => addressedTo(caught, waitlisted.email));
	const accept = offer && linksIn(offer).find((link) => link.startsWith(`${formUrl(server, 'Accept Place Form')}?`));
	if (!accept) throw new Error(`No offer reached ${waitlisted.email}`);
	await answerLink(server, 'Accept Place Form', [tokenOf(accept), ['Yes, I take it']]);
	log('   Then the next matching run rematches the mentee, never with the mentor she had.');
	const second = await matchAndApprove(server, programId);
	log(`   ${second.introductions.map((caught) => caught.subject).join('; ')}.`);

	const kpiMonday = DateTime.fromISO(dates.midpointSurveyDate, { zone: 'utc' }).plus({ days: 1 }).set({ weekday: 1 });
	const monday = (kpiMonday.toISODate()! <= dates.midpointSurveyDate ? kpiMonday.plus({ weeks: 1 }) : kpiMonday).set({ hour: 9 });
	log(`8. The weekly KPI email for Monday ${monday.toISODate()} (clocked copy of Weekly KPIs): one report per open program.`);
	const kpis = await clocked(server, 'mentorship-weekly-kpis.json', 'Every Monday');
	const reports = await mailsOfRun(server, kpis, monday.toISO()!);
	log(`   Look: "${reports.find((caught) => caught.subject.startsWith(programName))?.subject ?? programName}" at ${mail}, with the pairs as CSV.`);

	log(`9. Program close on ${end} (clocked copy of Program Close): pairs completed, closing emails with the end-of-program survey, certificates for mentors, the summary.`);
	const close = await clocked(server, 'mentorship-program-close.json', 'Every Morning', lastingLinks('Make Survey Links'));
	const closing = await mailsOfRun(server, close, `${end}T07:00:00.000Z`);
	log(`   ${closing.length} emails. Look: "Program summary: ${programName}" at ${mail}; mentorship_programs (${programId} closed).`);
	log(`Every run is in the editor: ${editor}/home/executions (the clocked copies are the workflows named "(clock for ${server.driver})"; Matching is ${editor}/workflow/${workflowId(server, 'mentorship-matching.json')}).`);

	return { programId, programName, start, end, mentors, mentees, leaver, rematched, promoted: waitlisted, kpiMonday: monday.toISODate()! };
}
