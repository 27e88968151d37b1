import { readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

import axios from 'axios';
import type { AxiosInstance } from 'axios';

import { signLinkToken } from '../../../nodes/core/links';
import type { LinkClaims } from '../../../nodes/core/links';
import { readProgramRecord } from '../../../nodes/core/program/readProgram';
import type { ClockedWorkflow, WorkflowNode } from './clock';
import { clockedCopy } from './clock';
import type { FormAnswer } from './forms';
import { clickLink, linksIn, pageAfterSubmit, submitForm } from './forms';
import type { CaughtMail, ReadyInfo } from './localN8n';
import { ownerSession, waitForMail } from './localN8n';
import type { TableRow } from './publicApi';
import { executionsOf, publicApi, settledExecutions, tableRows } from './publicApi';

/**
 * Steps of a program's life on a server started by `npm start`, shared by the whole-life
 * end-to-end test (lifecycle.e2e.test.ts) and `npm run demo` (scripts/demo/): each drives
 * the published templates the way people do (forms, links in emails) or runs a clocked copy
 * of a scheduled one, and waits until n8n is done.
 */
export interface Server {
	ready: ReadyInfo;
	/** The public REST API with an API key. */
	api: AxiosInstance;
	/** The owner's session on n8n's internal REST API (Data Table inserts). */
	owner: AxiosInstance;
	/** Who drives the server (`end-to-end tests`, `npm run demo`): names its API key and its clocked copies. */
	driver: string;
}

export const CONFIRM_SUBJECT = 'Please confirm your mentoring application';

export async function connect(ready: ReadyInfo, driver = 'end-to-end tests'): Promise<Server> {
	const owner = await ownerSession(ready);
	// n8n wants every API key's label to be unique: a second run gets its own.
	return { ready, owner, driver, api: await publicApi(owner, ready, `${driver} ${new Date().toISOString()}`) };
}

const templateName = (file: string) => (JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { name: string }).name;

/** The id npm start gave the template imported from workflows/<file>. */
export function workflowId(server: Server, file: string): string {
	const name = templateName(file);
	const found = server.ready.workflows.find((workflow) => workflow.name === name);
	if (!found) throw new Error(`npm start did not import "${name}"`);
	return found.id;
}

/** The production address of a published form. */
export function formUrl(server: Server, node: string): string {
	const form = server.ready.forms.find((entry) => entry.node === node);
	if (!form) throw new Error(`No published form ${node}`);
	return form.url;
}

export async function mails(server: Server): Promise<CaughtMail[]> {
	return (await axios.get<CaughtMail[]>(`${server.ready.mail.url}/api/messages`)).data;
}

/** Messages that arrived after the first `count`, once `expected` of them are there (or 60 s are over). */
export async function mailsAfter(server: Server, count: number, expected: number): Promise<CaughtMail[]> {
	return (await waitForMail(server.ready, (all) => all.length >= count + expected)).slice(count);
}

/** The addresses of a To header such as `Ann <ann@x.example>, bob@x.example`, lower-cased. */
export const recipients = (mail: CaughtMail): string[] => mail.to.split(',').map((entry) => (/<([^>]+)>/.exec(entry)?.[1] ?? entry).trim().toLowerCase());
export const addressedTo = (mail: CaughtMail, email: string): boolean => recipients(mail).includes(email.toLowerCase());

export async function rows(server: Server, table: string, programId?: string): Promise<TableRow[]> {
	const all = await tableRows(server.api, table);
	return programId === undefined ? all : all.filter((row) => row.programId === programId);
}

/** Appends rows to a Data Table through the editor's own endpoint, as npm start seeds it. */
export async function insertRows(server: Server, table: string, data: Array<Record<string, unknown>>): Promise<void> {
	const unwrap = <T>(body: { data: T }) => body.data;
	const project = unwrap((await server.owner.get<{ data: { id: string } }>('/rest/projects/personal')).data);
	const listed = unwrap((await server.owner.get<{ data: unknown }>(`/rest/projects/${project.id}/data-tables`, { params: { take: 250 } })).data);
	const tables = (Array.isArray(listed) ? listed : (listed as { data: Array<{ id: string; name: string }> }).data) as Array<{ id: string; name: string }>;
	const found = tables.find((entry) => entry.name === table);
	if (!found) throw new Error(`No Data Table named ${table}`);
	await server.owner.post(`/rest/projects/${project.id}/data-tables/${found.id}/insert`, { data, returnType: 'count' });
}

/** Adds a program record, completed with the recommended defaults by the package's own reader. */
export async function addProgram(server: Server, record: Record<string, unknown>, now = new Date().toISOString()): Promise<Record<string, unknown>> {
	const read = readProgramRecord(record, { now });
	if (!read.ok) throw new Error(`The program record is not valid: ${read.issues.map((issue) => issue.field).join(', ')}`);
	await insertRows(server, 'mentorship_programs', [read.row]);
	return read.row;
}

/** A copy of a scheduled template that runs for the moments a caller chooses (helpers/clock.ts). */
export async function clocked(server: Server, file: string, trigger: string, adjust?: (node: WorkflowNode) => WorkflowNode): Promise<ClockedWorkflow> {
	return await clockedCopy(server.api, server.ready.url, workflowId(server, file), trigger, adjust, `clock for ${server.driver}`);
}

/**
 * Makes the named Mentorship Link nodes' links last ten years: a clocked run made for a moment
 * months away hands out links that people then click today.
 */
export const lastingLinks =
	(...names: string[]) =>
	(node: WorkflowNode): WorkflowNode =>
		names.includes(node.name) ? { ...node, parameters: { ...node.parameters, validForDays: 3650 } } : node;

/** The demo's link secret, which npm start puts in the Mentorship Link Secret credential (scripts/start/templates.mjs). */
export function localLinkSecret(): string {
	const start = (Module as unknown as { _load: (request: string) => { placeholderCredential: (type: string) => { data: { secret: string } } } })._load(
		path.resolve('scripts/start/templates.mjs'),
	);
	return start.placeholderCredential('mentorshipLinkSecretApi').data.secret;
}

/** A personal link to a form, signed as the package's Mentorship Link node signs it. */
export function signedLink(url: string, claims: LinkClaims, secret = localLinkSecret()): string {
	return `${url}?token=${signLinkToken({ claims, secret })}`;
}

/** The token of a personal link. */
export const tokenOf = (link: string): string => new URL(link).searchParams.get('token') ?? '';

/** The Basic Auth header of the program team's forms. */
const formLogin = (server: Server) => `Basic ${Buffer.from(`${server.ready.formLogin.user}:${server.ready.formLogin.password}`).toString('base64')}`;

/**
 * Sends applications through the published Application Form, then clicks each confirmation
 * link in the order given (places go in confirmation order) and waits for the answer to each.
 * Returns the mails the confirmations brought (enrolled or waitlisted).
 */
export async function enrol(server: Server, applications: Array<{ email: string; answers: FormAnswer[] }>): Promise<CaughtMail[]> {
	const enrolment = workflowId(server, 'mentorship-enrolment.json');
	const before = await executionsOf(server.api, enrolment);
	let waiting = before.filter((execution) => execution.status === 'waiting').length;
	const sofar = (await mails(server)).length;
	for (const application of applications) await submitForm(formUrl(server, 'Application Form'), application.answers);
	const asks = await mailsAfter(server, sofar, applications.length);
	await settledExecutions(server.api, enrolment, before.length + applications.length, { waiting: waiting + applications.length });
	waiting += applications.length;
	const answered = (await mails(server)).length;
	for (const application of applications) {
		const ask = asks.find((mail) => mail.subject === CONFIRM_SUBJECT && addressedTo(mail, application.email));
		if (!ask) throw new Error(`No confirmation email reached ${application.email}`);
		await clickLink(linksIn(ask).find((link) => link.includes('approved=true'))!);
		await settledExecutions(server.api, enrolment, before.length + applications.length, { waiting: --waiting });
	}
	return await mailsAfter(server, answered, applications.length);
}

/**
 * Runs Matching for a program through the Run Matching Now form and approves the proposals in
 * the review email; returns the review and the introductions (one per proposed pair).
 */
export async function matchAndApprove(server: Server, programId: string): Promise<{ review: CaughtMail; introductions: CaughtMail[] }> {
	const matching = workflowId(server, 'mentorship-matching.json');
	const runs = await executionsOf(server.api, matching);
	const reviewsWaiting = runs.filter((execution) => execution.status === 'waiting').length;
	const sofar = (await mails(server)).length;
	await submitForm(formUrl(server, 'Run Matching Now'), [programId, 'email', 'no'], { authorization: formLogin(server) });
	await settledExecutions(server.api, matching, runs.length + 1, { waiting: reviewsWaiting + 1 });
	const proposed = (await rows(server, 'mentorship_pairs', programId)).filter((row) => row.status === 'proposed');
	const [review] = await mailsAfter(server, sofar, 1);
	await clickLink(linksIn(review).find((link) => link.includes('approved=true'))!);
	await settledExecutions(server.api, matching, runs.length + 1, { waiting: reviewsWaiting });
	return { review, introductions: await mailsAfter(server, sofar + 1, proposed.length) };
}

/** Submits a form reached through a personal link and returns the page the person then sees. */
export async function answerLink(server: Server, node: string, answers: FormAnswer[]): Promise<string> {
	return await pageAfterSubmit(await submitForm(formUrl(server, node), answers));
}

/** Runs a clocked copy for `timestamp` and returns the mails it sent. */
export async function mailsOfRun(server: Server, copy: ClockedWorkflow, timestamp: string): Promise<CaughtMail[]> {
	const before = (await mails(server)).length;
	await copy.runAt(timestamp);
	return (await mails(server)).slice(before);
}
