import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { InMemoryDataTables } from '../../harness/dataTables';
import type { WorkflowJson } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';
import { formPage } from './formPages';
import { loadTemplate } from './templates';

/**
 * Opening the private links a sent message carries (issue 15): take the token out of the
 * text as it arrived and submit the form it points to, through the real engine.
 */

type Credentials = Record<string, ICredentialDataDecryptedObject>;

/** The titles of the completion pages the link forms answer with. */
export const LINK_PAGES = { ended: 'Your pair has ended', withdrawn: 'You have left the program', badLink: 'This link does not work' };

/** The roster columns beyond ROSTER_COLUMNS that the Places withdrawal writes (the roster has them once Places runs). */
export const WITHDRAW_ROSTER_COLUMNS = [
	{ name: 'rematch', type: 'boolean' as const },
	{ name: 'offerExpiresAt', type: 'string' as const },
];

const places = loadTemplate('mentorship-places.json');

/** The token of the first link to the form at `path` in `text`. */
export const tokenAfter = (text: string, path: string): string => {
	const match = new RegExp(`/form/${path}\\?token=([A-Za-z0-9_.-]+)`).exec(text);
	if (!match) throw new Error(`no link to /form/${path} in the message`);
	return match[1];
};

/** The token with the first character of its signature changed (every bit of it counts): a forged link. */
export const forged = (token: string): string => {
	const dot = token.lastIndexOf('.') + 1;
	return token.slice(0, dot) + (token[dot] === 'A' ? 'B' : 'A') + token.slice(dot + 1);
};

/** Submits the link form `form` of `template` with `token`, on 18 March 2026, and returns the page it answers with. */
export async function openLink(template: WorkflowJson, form: string, token: string, answers: IDataObject, tables: InMemoryDataTables, credentials: Credentials, submittedAt = '2026-03-18T09:00:00.000Z') {
	const item = { token, ...answers, submittedAt, formMode: 'production', formQueryParameters: { token } };
	const result = await runWorkflow(template, { start: { node: form, items: [item] }, dataTables: tables, credentials });
	expect(result.error).toBeUndefined();
	return formPage(template, result);
}

/** Opens a withdrawal link on the Places template's withdrawal form and confirms leaving. */
export const withdrawWith = (token: string, tables: InMemoryDataTables, credentials: Credentials, submittedAt?: string) =>
	openLink(places, 'Withdraw Form', token, { withdraw: 'Yes, I leave the program' }, tables, credentials, submittedAt);
