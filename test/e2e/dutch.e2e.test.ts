import { readFileSync } from 'node:fs';
import path from 'node:path';

import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';

import type { WorkflowNode } from './helpers/clock';
import { clockedCopy } from './helpers/clock';
import type { FormAnswer } from './helpers/forms';
import { clickLink, linksIn, pageAfterSubmit, submitForm } from './helpers/forms';
import type { CaughtMail, LocalN8n } from './helpers/localN8n';
import { ownerSession, startLocalN8n, waitForMail } from './helpers/localN8n';
import type { TableRow } from './helpers/publicApi';
import { publicApi, settledExecutions, tableRows } from './helpers/publicApi';

/**
 * A Dutch program on a real n8n started by `npm start`, from the Dutch application form to the
 * KPI report. The program's default language is Dutch; its people apply through the Dutch form
 * (their languages field starts as "Nederlands"), so every message and page they get is Dutch.
 *
 * The people, worked out by hand: Sanne wants to learn negotiation. Anouk offers negotiation,
 * Bram offers public speaking; left to itself the Matcher would pair Sanne with Anouk. Sanne is
 * sent both as suggestions and picks Bram: the Match run honours her choice (Bram has a place
 * and no hard rule forbids the pair), and the reason says she asked for him.
 */
const PROGRAM = 'mentoraat-2026';
const PROGRAM_NAME = 'Mentoraat 2026';
const MANAGER = 'programmateam@acme.example';
const ANOUK = { email: 'anouk.visser@acme.example', name: 'Anouk Visser', role: 'Mentor', offers: 'onderhandelen', wants: '' };
const BRAM = { email: 'bram.de.wit@acme.example', name: 'Bram de Wit', role: 'Mentor', offers: 'presenteren', wants: '' };
const SANNE = { email: 'sanne.de.vries@acme.example', name: 'Sanne de Vries', role: 'Mentee', offers: '', wants: 'onderhandelen' };
type Person = typeof ANOUK;

/** The Dutch form's fields: their names are the English form's, so answers are placed by name. */
const DUTCH_FIELDS = (
	JSON.parse(readFileSync(path.resolve('workflows/mentorship-enrolment.json'), 'utf8')) as {
		nodes: Array<{ name: string; parameters: { formFields?: { values: Array<{ fieldName?: string }> } } }>;
	}
).nodes
	.find((node) => node.name === 'Dutch Application Form')!
	.parameters.formFields!.values.map((field) => field.fieldName ?? '');

function dutchApplication(person: Person): FormAnswer[] {
	const byName: Record<string, FormAnswer> = {
		'Work email': person.email,
		'Full name': person.name,
		'I want to be': person.role,
		Department: person.role === 'Mentor' ? 'Inkoop' : 'Verkoop',
		'Time zone': 'Europe/Amsterdam',
		// What the browser sends for the field that starts filled in.
		Languages: 'Nederlands',
		'Skills I can offer': person.offers,
		'What do you want to learn': person.wants,
		'How many mentees can you take': person.role === 'Mentor' ? 1 : null,
		// A mentee names at least one goal of her own (Doel 1); mentors leave them blank.
		'Goal 1': person.role === 'Mentor' ? null : 'Mijn eerste klantgesprek zelf leiden',
		Consent: ['Ik geef toestemming om mijn antwoorden te gebruiken om mij aan een collega te koppelen'],
		program: PROGRAM,
	};
	return DUTCH_FIELDS.map((name) => byName[name] ?? null);
}

const recipients = (mail: CaughtMail) => mail.to.split(',').map((entry) => (/<([^>]+)>/.exec(entry)?.[1] ?? entry).trim().toLowerCase());
const to = (mail: CaughtMail, person: Person) => recipients(mail).includes(person.email);
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a Dutch program on the local n8n', () => {
	let n8n: LocalN8n;
	let api: AxiosInstance;
	const started = Date.now();
	const workflowId = (file: string) => {
		const name = (JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { name: string }).name;
		return n8n.ready.workflows.find((workflow) => workflow.name === name)!.id;
	};
	const formUrl = (node: string) => n8n.ready.forms.find((entry) => entry.node === node)!.url;
	const mails = async () => (await axios.get<CaughtMail[]>(`${n8n.ready.mail.url}/api/messages`)).data;
	const newMails = async (count: number, expected: number) => (await waitForMail(n8n.ready, (all) => all.length >= count + expected, 30000)).slice(count);
	const rows = async (table: string): Promise<TableRow[]> => (await tableRows(api, table)).filter((row) => row.programId === PROGRAM);
	const login = () => `Basic ${Buffer.from(`${n8n.ready.formLogin.user}:${n8n.ready.formLogin.password}`).toString('base64')}`;
	/** Links made at a chosen moment months before the real clock: valid long enough to be used now. */
	const longLinks = (node: WorkflowNode): WorkflowNode =>
		node.type === 'n8n-nodes-mentorship.mentorshipLink' && node.parameters.operation === 'create' ? { ...node, parameters: { ...node.parameters, validForDays: 3650 } } : node;
	const clocked = async (file: string, trigger: string) => await clockedCopy(api, n8n.ready.url, workflowId(file), trigger, longLinks);

	beforeAll(async () => {
		n8n = await startLocalN8n({ outputDir: path.resolve('test-output/e2e/dutch'), env: { MENTORSHIP_SAMPLE_DATA: 'off' } });
		api = await publicApi(await ownerSession(n8n.ready), n8n.ready);
	});

	afterAll(async () => {
		await n8n?.stop();
		// The run time, for the report (the figure asked for is the whole suite, n8n's start included).
		console.log(`Dutch end-to-end run: ${((Date.now() - started) / 1000).toFixed(0)} s`);
	});

	it('sets up a program whose default language is Dutch', async () => {
		const answers: FormAnswer[] = [PROGRAM, PROGRAM_NAME, 'mentoring', 'open', '', MANAGER, 'open', '', '', 0, 0, '2026-03-02', 6, 'biweekly', 45, '', 'nl', 'email', 'forbid', 'preferDifferent'];
		const before = (await mails()).length;
		expect((await submitForm(formUrl('Program Setup Form'), answers, { authorization: login() })).status).toBe(200);
		await newMails(before, 1);
		expect((await rows('mentorship_programs')).map((row) => [row.programId, row.language])).toEqual([[PROGRAM, 'nl']]);
	});

	it('takes applications through the Dutch form and asks each person, in Dutch, to confirm', async () => {
		const enrolment = workflowId('mentorship-enrolment.json');
		const form = await axios.get<string>(`${formUrl('Dutch Application Form')}?program=${PROGRAM}`);
		expect(form.data).toContain('Zakelijk e-mailadres');
		expect(form.data).toContain('Doe mee aan het mentorprogramma');
		const before = (await mails()).length;
		for (const person of [ANOUK, BRAM, SANNE]) expect((await submitForm(formUrl('Dutch Application Form'), dutchApplication(person))).status).toBe(200);
		const asks = await newMails(before, 3);
		expect(asks.map((mail) => mail.subject)).toEqual(Array(3).fill('Bevestig je aanmelding voor het mentorprogramma'));
		const confirmed = (await mails()).length;
		for (const mail of asks) await clickLink(linksIn(mail).find((link) => link.includes('approved=true'))!);
		const welcomes = await newMails(confirmed, 3);
		expect(welcomes.map((mail) => mail.subject)).toEqual(Array(3).fill('Je bent ingeschreven voor het mentorprogramma'));
		await settledExecutions(api, enrolment, 3, { waiting: 0 });
		const roster = await rows('mentorship_roster');
		expect(roster.map((row) => [row.email, row.role, row.status]).sort()).toEqual([
			[ANOUK.email, 'mentor', 'enrolled'],
			[BRAM.email, 'mentor', 'enrolled'],
			[SANNE.email, 'mentee', 'enrolled'],
		]);
	});

	it('suggests both mentors to Sanne, and keeps her pick of Bram', async () => {
		const before = (await mails()).length;
		expect((await submitForm(formUrl('Send Mentor Suggestions'), [PROGRAM], { authorization: login() })).status).toBe(200);
		const [suggestions] = await newMails(before, 1);
		expect(recipients(suggestions)).toEqual([SANNE.email]);
		expect(suggestions.subject).toBe('Kies je mentor');
		// One line per mentor, the link to choose him under it.
		const text = suggestions.text;
		const bramAt = text.indexOf(BRAM.name);
		expect(bramAt).toBeGreaterThan(0);
		expect(text).toContain(ANOUK.name);
		const pick = /https?:\/\/\S+mentorship-pick-mentor\?token=[A-Za-z0-9_.-]+/.exec(text.slice(bramAt))![0];
		const token = new URL(pick).searchParams.get('token')!;
		const page = await pageAfterSubmit(await submitForm(pick.split('?')[0], [token]));
		expect(page).toContain(BRAM.name);
	});

	it('matches Sanne with the mentor she picked once the program team approves, and introduces them in Dutch', async () => {
		const matching = workflowId('mentorship-matching.json');
		const before = (await mails()).length;
		expect((await submitForm(formUrl('Run Matching Now'), [PROGRAM, 'email', 'no'], { authorization: login() })).status).toBe(200);
		const [review] = await newMails(before, 1);
		expect(recipients(review)).toEqual([MANAGER]);
		const proposals = await rows('mentorship_pairs');
		expect(proposals.map((pair) => [pair.mentorEmail, pair.menteeEmail, pair.status])).toEqual([[BRAM.email, SANNE.email, 'proposed']]);
		// Anouk would have scored higher on skills; the pair's reasons say the choice decided it.
		expect(String(proposals[0].reasons)).toContain('you nominated them as your first choice');
		await clickLink(linksIn(review).find((link) => link.includes('approved=true'))!);
		await settledExecutions(api, matching, 1, { waiting: 0 });
		const [introduction] = await newMails(before + 1, 1);
		expect(introduction.subject).toBe(`Maak kennis met je mentorpartner: ${BRAM.name} en ${SANNE.name}`);
		expect(to(introduction, SANNE) && to(introduction, BRAM)).toBe(true);
		expect((await rows('mentorship_pairs')).map((pair) => pair.status)).toEqual(['active']);
	});

	it('reminds both of the first meeting in Dutch', async () => {
		// Every other Tuesday at 15:00 in Amsterdam from 2 March 2026: the first meeting is 3 March,
		// 14:00 UTC, and its day-before reminder is due at 2 March 14:00 UTC.
		const reminders = await clocked('mentorship-reminders.json', 'Every Hour');
		const before = (await mails()).length;
		await reminders.runAt('2026-03-02T14:30:00.000Z');
		const reminded = (await mails()).slice(before).filter((mail) => mail.subject.startsWith('Herinnering'));
		expect(reminded.map((mail) => recipients(mail)).sort()).toEqual([[BRAM.email], [SANNE.email]]);
		for (const [mail, partner] of reminded.map((caught) => [caught, to(caught, SANNE) ? BRAM : SANNE] as const)) {
			// The date is written the Dutch way: "3 maart".
			expect(mail.subject).toMatch(new RegExp(`^Herinnering: afspraak 1 met ${partner.name} op .*3 maart`));
		}
	});

	it('asks for session feedback in Dutch, takes it on the Dutch page and thanks Sanne in Dutch', async () => {
		const feedback = await clocked('mentorship-session-feedback.json', 'Every Hour');
		const before = (await mails()).length;
		// The first meeting ended at 14:45 UTC.
		await feedback.runAt('2026-03-03T15:00:00.000Z');
		const asked = (await mails()).slice(before);
		const toSanne = asked.find((mail) => to(mail, SANNE))!;
		expect(toSanne.subject).toBe(`${PROGRAM_NAME}: hoe nuttig was je sessie met ${BRAM.name}?`);
		const link = linksIn(toSanne).find((url) => url.startsWith(formUrl('Dutch Session Feedback Form')))!;
		expect(link).toContain('/form/mentorship-session-feedback-nl?token=');
		const form = await axios.get<string>(link);
		expect(form.data).toContain('Hoe nuttig was dit gesprek (1 tot 5)?');
		const page = await pageAfterSubmit(await submitForm(formUrl('Dutch Session Feedback Form'), [new URL(link).searchParams.get('token'), '4', 'Goed gesprek over onderhandelen']));
		expect(page).toContain('Dank je wel');
		expect(page).toContain('Je reactie is opgeslagen');
		const responses = await rows('mentorship_responses');
		expect(responses.map((row) => [row.respondentId, row.instrument, row.status, row.quality])).toEqual([[SANNE.email, 'sessionPulse', 'scored', 4]]);
	});

	it('reports the program in Dutch, with Sanne and Bram in the CSV and the session rated', async () => {
		const kpis = await clocked('mentorship-weekly-kpis.json', 'Every Monday');
		const monday = DateTime.utc().startOf('day').plus({ days: 1 }).set({ weekday: 1 });
		const tick = (monday < DateTime.utc() ? monday.plus({ weeks: 1 }) : monday).set({ hour: 12 });
		const before = (await mails()).length;
		await kpis.runAt(tick.toISO()!);
		const reports = (await waitForMail(n8n.ready, (all) => all.slice(before).some((mail) => recipients(mail).includes(MANAGER)), 30000)).slice(before);
		const report = reports.find((mail) => recipients(mail).includes(MANAGER))!;
		expect(report.subject).toBe(`${PROGRAM_NAME}: ${tick.minus({ months: 6 }).toISODate()} tot en met ${tick.toISODate()}`);
		expect(flat(report.html)).toContain('Hoe nuttig zijn de gesprekken?');
		expect(report.html).toContain('<html lang="nl">');
		const raw = await axios.get<ArrayBuffer>(`${n8n.ready.mail.url}/messages/${report.file}`, { responseType: 'arraybuffer' });
		const csv = (await simpleParser(Buffer.from(raw.data))).attachments.find((file) => file.filename?.endsWith('.csv'))!;
		const [header, ...lines] = csv.content.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
		expect(header.split(',').slice(0, 4)).toEqual(['koppelId', 'programmaId', 'naamMentor', 'naamMentee']);
		expect(lines.map((line) => line.split(',').slice(1, 4))).toEqual([[PROGRAM, BRAM.name, SANNE.name]]);
	});
});
