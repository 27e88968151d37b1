import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { ExpectedClaims, LinkClaims } from '../../core/links';
import { verifyLinkToken } from '../../core/links';

import type { ParameterLabels } from '../helpers/parameters';
import { readNow, readText } from '../helpers/parameters';
import { errorItemOrThrow, itemParameterError, toItemParameterError } from '../../shared/errors';
import { withoutOversizedToken } from '../helpers/oversizedToken';

const show = { show: { operation: ['verify'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		// Masked: a token is a personal key to one action until it expires.
		typeOptions: { password: true },
		default: '={{ $json.token ?? $json.query?.token }}',
		displayOptions: show,
		description:
			'The token from the link that was opened. The default reads the field token (a form with a hidden field) or the query parameter token (a webhook).',
	},
	{
		displayName: 'Expected Purpose',
		name: 'expectedPurpose',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. checkIn',
		displayOptions: show,
		description: 'The purpose the link must have been made for, exactly as in Create Link',
	},
	{
		displayName: 'Expected Program ID',
		name: 'expectedProgramId',
		type: 'string',
		default: '',
		displayOptions: show,
		description: 'The program the link must belong to; leave empty to accept any program',
	},
	{
		displayName: 'Expected Subject ID',
		name: 'expectedSubjectId',
		type: 'string',
		default: '',
		displayOptions: show,
		description: 'The pair, application or session the link must be about; leave empty to accept any',
	},
	{
		displayName: 'Expected Person',
		name: 'expectedPerson',
		type: 'string',
		default: '',
		displayOptions: show,
		description: 'The person the link must have been sent to; leave empty to accept anyone (the Valid output then says who it was)',
	},
	{
		displayName: 'Expected Role',
		name: 'expectedRole',
		type: 'string',
		default: '',
		displayOptions: show,
		description: 'The role the link must have been sent for, e.g. mentor; leave empty to accept any',
	},
];

const LABELS: ParameterLabels = {
	token: 'Token',
	expectedPurpose: 'Expected Purpose',
	expectedProgramId: 'Expected Program ID',
	expectedSubjectId: 'Expected Subject ID',
	expectedPerson: 'Expected Person',
	expectedRole: 'Expected Role',
	now: 'Current Time',
};

/** Each expected claim and the parameter that gives it. */
const EXPECTED: ReadonlyArray<[keyof ExpectedClaims, string]> = [
	['programId', 'expectedProgramId'],
	['subject', 'expectedSubjectId'],
	['person', 'expectedPerson'],
	['role', 'expectedRole'],
];

/**
 * Shown when the node cannot check links at all (a setup error, only under
 * "continue on fail"): the person who clicked learns it is not their fault.
 */
const SETUP_MESSAGE = 'This link cannot be checked right now. Please tell the program team.';

function readExpected(ctx: IExecuteFunctions, itemIndex: number): ExpectedClaims {
	const purpose = readText(ctx, 'expectedPurpose', itemIndex, LABELS);
	if (purpose === '') throw itemParameterError(ctx, itemIndex, LABELS.expectedPurpose, 'is empty, expected the purpose the link was made for, e.g. checkIn');
	const expected: ExpectedClaims = { purpose };
	for (const [claim, parameter] of EXPECTED) {
		const value = readText(ctx, parameter, itemIndex, LABELS);
		if (value !== '') expected[claim] = value;
	}
	return expected;
}

function describeLink(claims: LinkClaims): IDataObject {
	const { programId, subject, person, role, purpose, expiresAt } = claims;
	return { programId, subject, person, role, purpose, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/**
 * Verify Link: each item goes to Valid with the link's claims, or to Invalid with
 * a code and a message for the person who clicked. A bad token never fails the node.
 */
export async function execute(this: IExecuteFunctions, secret: string): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const valid: INodeExecutionData[] = [];
	const invalid: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const pairedItem = { item: itemIndex };
		let token: unknown;
		try {
			token = this.getNodeParameter('token', itemIndex, undefined) as unknown;
			const result = verifyLinkToken({ token, secret, now: readNow(this, itemIndex), expect: readExpected(this, itemIndex) });
			if (result.ok) valid.push({ json: { ...items[itemIndex].json, link: describeLink(result.claims) }, pairedItem });
			else {
				const json = withoutOversizedToken(items[itemIndex].json, token);
				invalid.push({ json: { ...json, linkError: { code: result.code, message: result.message } }, pairedItem });
			}
		} catch (error) {
			const json = { ...withoutOversizedToken(items[itemIndex].json, token), linkError: { code: 'setup', message: SETUP_MESSAGE } };
			invalid.push(errorItemOrThrow(this, toItemParameterError(this, error, itemIndex, LABELS), itemIndex, json));
		}
	}
	return [valid, invalid];
}
