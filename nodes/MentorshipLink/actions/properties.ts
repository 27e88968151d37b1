import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as verify from './verify.operation';

const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Create Link', value: 'create', action: 'Create a signed personal link', description: 'A link bound to one program, subject, person, role and purpose, with an expiry' },
		{ name: 'Verify Link', value: 'verify', action: 'Verify a personal link', description: 'Valid or Invalid, with a message for the person who clicked' },
	],
	default: 'create',
};

/** Shared by both operations: the clock is a parameter so tests and back-fills can fix it. */
const now: INodeProperties = {
	displayName: 'Current Time',
	name: 'now',
	type: 'string',
	default: '={{ $now.toISO() }}',
	description: 'The time the link is made or opened. Keep the default; tests can set a fixed ISO timestamp.',
};

const secretNotice: INodeProperties = {
	displayName:
		'Links are signed with the Mentorship Link Secret credential: use the same credential in the workflow that makes the links and the one that checks them',
	name: 'secretNotice',
	type: 'notice',
	default: '',
};

/** The node's parameters: operation first, then each operation's, then the shared ones. */
export const linkProperties: INodeProperties[] = [operation, secretNotice, ...create.description, ...verify.description, now];
