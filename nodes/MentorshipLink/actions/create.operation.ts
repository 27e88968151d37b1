import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { buildLinkUrl, linkExpiresAt, signLinkToken } from '../../core/links';

import type { ParameterLabels } from '../helpers/parameters';
import { readNow, readText } from '../helpers/parameters';
import { errorItemOrThrow, toItemParameterError } from '../../shared/errors';

const show = { show: { operation: ['create'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Purpose',
		name: 'purpose',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. checkIn',
		displayOptions: show,
		description:
			'What the link does, letters and digits only (at most 32): confirm, checkIn, met, notYet, endPair, pickMentor, acceptPlace, withdraw, feedback or review. The node that checks the link expects the same purpose.',
	},
	{
		displayName: 'Program ID',
		name: 'programId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.programId }}',
		displayOptions: show,
		description: 'The program the link belongs to',
	},
	{
		displayName: 'Subject ID',
		name: 'subjectId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.pairId }}',
		displayOptions: show,
		description: 'What the link acts on: a pair ID, an application ID, a session ID',
	},
	{
		displayName: 'Person',
		name: 'person',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.mentee.email }}',
		displayOptions: show,
		description: 'The person the link is sent to: their ID or lower-case email, exactly as the checking node will expect it',
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. mentee',
		displayOptions: show,
		description: 'The part that person plays here: mentor, mentee, applicant, manager',
	},
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://n8n.example.com/form/check-in',
		displayOptions: show,
		description: 'The form or webhook URL the link opens. The token is added as a query parameter (after &amp; when the URL already has a ?).',
	},
	{
		displayName: 'Valid For (Days)',
		name: 'validForDays',
		type: 'number',
		typeOptions: { minValue: 0.01, maxValue: 3660 },
		default: 30,
		displayOptions: show,
		description: 'How long the link works. Fractions are allowed: 0.5 is twelve hours.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Link Field',
				name: 'linkField',
				type: 'string',
				default: 'link',
				description: 'Output field that holds the full link',
			},
			{
				displayName: 'Query Parameter',
				name: 'queryParameter',
				type: 'string',
				default: 'token',
				description: 'Name of the query parameter that carries the token in the link',
			},
			{
				displayName: 'Token Field',
				name: 'tokenField',
				type: 'string',
				// A field name, not a secret: masked only because n8n's lint masks every parameter named *token*.
				typeOptions: { password: true },
				default: 'linkToken',
				description: 'Output field that holds the token alone (default linkToken)',
			},
		],
	},
];

/** Display names by parameter name and by the core claim or field each one feeds. */
const LABELS: ParameterLabels = {
	purpose: 'Purpose',
	programId: 'Program ID',
	subjectId: 'Subject ID',
	subject: 'Subject ID',
	person: 'Person',
	role: 'Role',
	baseUrl: 'Base URL',
	validForDays: 'Valid For (Days)',
	expiresAt: 'Valid For (Days)',
	now: 'Current Time',
	queryParameter: 'Query Parameter',
};

interface CreateOptions {
	linkField?: string;
	tokenField?: string;
	queryParameter?: string;
}

function createLink(ctx: IExecuteFunctions, itemIndex: number, secret: string): INodeExecutionData {
	const text = (name: string) => readText(ctx, name, itemIndex, LABELS);
	const options = ctx.getNodeParameter('options', itemIndex, {}) as CreateOptions;
	try {
		const days = ctx.getNodeParameter('validForDays', itemIndex, 30) as unknown;
		// An expression may give the days as text ("30").
		const validForDays = typeof days === 'string' && days.trim() !== '' ? Number(days) : (days as number);
		const expiresAt = linkExpiresAt({ now: readNow(ctx, itemIndex), validForDays });
		const claims = { purpose: text('purpose'), programId: text('programId'), subject: text('subjectId'), person: text('person'), role: text('role'), expiresAt };
		const token = signLinkToken({ claims, secret });
		const link = buildLinkUrl({ baseUrl: text('baseUrl'), token, queryParameter: options.queryParameter || 'token' });
		const json = ctx.getInputData()[itemIndex].json;
		return { json: { ...json, [options.linkField || 'link']: link, [options.tokenField || 'linkToken']: token }, pairedItem: { item: itemIndex } };
	} catch (error) {
		throw toItemParameterError(ctx, error, itemIndex, LABELS);
	}
}

/** Create Link: each item gets its personal link and the token alone. */
export async function execute(this: IExecuteFunctions, secret: string): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push(createLink(this, itemIndex, secret));
		} catch (error) {
			output.push(errorItemOrThrow(this, error, itemIndex));
		}
	}
	return [output];
}
