import { readFileSync } from 'node:fs';
import path from 'node:path';

import { simpleParser } from 'mailparser';

import { clickLink, linksIn, submitForm } from '../../test/e2e/helpers/forms';
import { application, FIELD } from '../../test/e2e/helpers/program';
import { tableRows } from '../../test/e2e/helpers/publicApi';
import type { SamplePerson } from '../../test/templates/helpers/templates';
import { sampleOrg } from '../../test/templates/helpers/templates';
import { arrivalOf, messageFiles, recipientsOf, waitForMessages } from './mailbox';
import type { SetUp } from './setUp';
import { inPool, runsOver } from './setUp';
import { addProgram, updateProgram } from './tables';

/** The program of this part: the demo program's record with room for everyone. */
export const MATCHING_PROGRAM = 'bench-matching';
const MANAGER = 'program-manager@example.com';
const LANGUAGE_NAMES: Record<string, string> = {
	en: 'English', nl: 'Dutch', de: 'German', fr: 'French', es: 'Spanish',
	ja: 'Japanese', zh: 'Chinese', pt: 'Portuguese', it: 'Italian', pl: 'Polish',
};

export interface MatchingFigures {
	applicants: number;
	/** Form posts answered (HTTP 200) and the seconds from the first post to the last answer. */
	submitted: number;
	submitSeconds: number;
	/** Seconds from the first post until every confirmation email had arrived. */
	confirmationsSeconds: number;
	confirmationMails: number;
	/** Seconds from the first confirmation click until every enrolled email had arrived. */
	confirmSeconds: number;
	enrolledMails: number;
	/** Applications per second over the whole enrolment (posts, emails, clicks, enrolled emails). */
	enrolmentPerSecond: number;
	enrolmentRuns: Record<string, number>;
	rosterEnrolled: number;
	/** Seconds from the Run Matching Now post until the run waits for approval with its proposal. */
	proposeSeconds: number;
	proposedPairs: number;
	/** Seconds from the approval click until the last introduction email. */
	introduceSeconds: number;
	introductionMails: number;
	matchingRuns: Record<string, number>;
}

/** A person of the sample organisation as an Application Form answer ('both' apply as mentors). */
function answersOf(person: SamplePerson) {
	const role = person.role === 'mentee' ? 'mentee' : 'mentor';
	return application(
		{ email: person.email, name: person.name, role, skill: '' },
		{
			[FIELD.department]: person.department,
			[FIELD.timezone]: person.timezone,
			[FIELD.languages]: person.languages.map((code) => LANGUAGE_NAMES[code] ?? code).join(', '),
			[FIELD.offers]: role === 'mentor' ? person.skillsOffered.join(', ') : '',
			[FIELD.wants]: role === 'mentee' ? person.skillsWanted.join(', ') : '',
			[FIELD.goals]: person.goals.join(', '),
			[FIELD.capacity]: role === 'mentor' ? Math.max(1, person.capacity) : null,
			[FIELD.program]: MATCHING_PROGRAM,
		},
	);
}

async function parse(dir: string, file: string) {
	const parsed = await simpleParser(readFileSync(path.join(dir, file)));
	return { subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '' };
}

const seconds = (from: number, to: number) => Math.round((to - from) / 10) / 100;

/**
 * The sample organisation (300 people) applies through the published Application Form,
 * `concurrency` posts at a time; each confirms by the link in their email, as many at a
 * time; then the Matching template runs through its Run Matching Now form, the program
 * manager approves by the link in the review email, and the pairs are introduced.
 */
export async function enrolAndMatch(
	setUp: SetUp,
	{ people = sampleOrg(), concurrency = 4, timeoutMs = 30 * 60 * 1000, log = (line: string) => console.log(line) } = {},
): Promise<MatchingFigures> {
	const { api, n8n } = setUp;
	const mailDir = n8n.ready.mail.dir;
	await addProgram(api, MATCHING_PROGRAM, { name: 'Benchmark matching', mentorSeats: 1000, menteeSeats: 1000 });
	const enrolment = setUp.workflowId('mentorship-enrolment.json');

	// Applications.
	let before = new Set(messageFiles(mailDir));
	const started = Date.now();
	let submitted = 0;
	await inPool(people, concurrency, async (person) => {
		const response = await submitForm(setUp.formUrl('Application Form'), answersOf(person));
		if (response.status === 200) submitted += 1;
	});
	const submitSeconds = seconds(started, Date.now());
	log(`  ${submitted} applications posted in ${submitSeconds} s`);
	const confirmations = await waitForMessages(mailDir, before, people.length, timeoutMs);
	const confirmationsSeconds = seconds(started, Math.max(...confirmations.map((file) => arrivalOf(file).at)));
	log(`  ${confirmations.length} confirmation emails after ${confirmationsSeconds} s`);

	// Confirmation clicks.
	const links: string[] = [];
	for (const file of confirmations) {
		const link = linksIn(await parse(mailDir, file)).find((url) => url.includes('approved=true'));
		if (link) links.push(link);
	}
	before = new Set(messageFiles(mailDir));
	const clicking = Date.now();
	await inPool(links, concurrency, async (link) => {
		await clickLink(link);
	});
	const enrolled = await waitForMessages(mailDir, before, links.length, timeoutMs);
	const enrolledAt = Math.max(...enrolled.map((file) => arrivalOf(file).at));
	const confirmSeconds = seconds(clicking, enrolledAt);
	const enrolmentRuns = await runsOver(api, enrolment, people.length, { waiting: 0, timeoutMs: 120000 });
	const roster = (await tableRows(api, 'mentorship_roster')).filter((row) => row.programId === MATCHING_PROGRAM);
	const rosterEnrolled = roster.filter((row) => row.status === 'enrolled').length;
	log(`  ${enrolled.length} enrolled emails ${confirmSeconds} s after the first click; roster: ${rosterEnrolled} enrolled; runs ${JSON.stringify(enrolmentRuns)}`);

	// Matching, with the program manager's approval.
	const matching = setUp.workflowId('mentorship-matching.json');
	before = new Set(messageFiles(mailDir));
	const login = `Basic ${Buffer.from(`${n8n.ready.formLogin.user}:${n8n.ready.formLogin.password}`).toString('base64')}`;
	const matchingStarted = Date.now();
	await submitForm(setUp.formUrl('Run Matching Now'), [MATCHING_PROGRAM, 'email', 'no'], { authorization: login });
	const proposed = await runsOver(api, matching, 1, { waiting: 1, timeoutMs });
	const proposeSeconds = seconds(matchingStarted, Date.now());
	const [reviewFile] = await waitForMessages(mailDir, before, 1, 60000);
	const proposedPairs = (await tableRows(api, 'mentorship_pairs')).filter((row) => row.programId === MATCHING_PROGRAM).length;
	log(`  ${proposedPairs} pairs proposed in ${proposeSeconds} s (runs ${JSON.stringify(proposed)})`);
	if (!reviewFile || !recipientsOf(mailDir, reviewFile).includes(MANAGER))
		throw new Error('No review email reached the program manager');
	const approve = linksIn(await parse(mailDir, reviewFile)).find((url) => url.includes('approved=true'));
	if (!approve) throw new Error('The review email has no approval link');
	before = new Set(messageFiles(mailDir));
	const approved = Date.now();
	await clickLink(approve);
	const matchingRuns = await runsOver(api, matching, 1, { waiting: 0, timeoutMs });
	const introductions = await waitForMessages(mailDir, before, proposedPairs, 120000);
	const introduceSeconds = seconds(approved, Math.max(approved, ...introductions.map((file) => arrivalOf(file).at)));
	log(`  ${introductions.length} introductions ${introduceSeconds} s after the approval (runs ${JSON.stringify(matchingRuns)})`);
	// The reminders part runs on its own program: this one is closed so that it is not reminded.
	await updateProgram(api, MATCHING_PROGRAM, { status: 'closed' });

	return {
		applicants: people.length,
		submitted,
		submitSeconds,
		confirmationsSeconds,
		confirmationMails: confirmations.length,
		confirmSeconds,
		enrolledMails: enrolled.length,
		enrolmentPerSecond: Math.round((100 * people.length * 1000) / (enrolledAt - started)) / 100,
		enrolmentRuns,
		rosterEnrolled,
		proposeSeconds,
		proposedPairs,
		introduceSeconds,
		introductionMails: introductions.length,
		matchingRuns,
	};
}
