import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { meetingFromLink } from '../../core/meetings';
import { MalformedInputError } from '../../core/errors';
import { errorItemOrThrow, isItemDataProblem, itemParameterError, rejectedItem } from '../../shared/errors';

const showFor = { show: { operation: ['logMeeting'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Connect the Valid output of a Mentorship Link node (Verify Link) that checked a "We met" (weMet) or "Not yet" (notYet) link. Each click becomes one meeting row (programId, pairId, session, personId, role, outcome, recordedAt) to store in mentorship_meetings, keyed on programId, pairId, session and personId.',
		name: 'logMeetingNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
	{
		displayName: 'Link Field',
		name: 'linkField',
		type: 'string',
		default: 'link',
		displayOptions: showFor,
		description: 'Field holding the verified link\'s claims, as Mentorship Link (Verify Link) writes them',
	},
	{
		displayName: 'Clicked At',
		name: 'clickedAt',
		type: 'string',
		default: '={{ $now.toISO() }}',
		displayOptions: showFor,
		description: 'When the link was clicked, e.g. the form\'s submittedAt. Keep the default to use the current time.',
	},
];

const CLAIM_FIELDS = ['programId', 'subject', 'person', 'role', 'purpose'] as const;

function readClaims(json: IDataObject, linkField: string) {
	const link = json[linkField];
	const claims = (link !== null && typeof link === 'object' ? link : {}) as Record<string, unknown>;
	const missing = CLAIM_FIELDS.filter((field) => typeof claims[field] !== 'string' || claims[field] === '');
	if (missing.length > 0) {
		throw new MalformedInputError(
			missing.map((field) => ({ field: `${linkField}.${field}`, problem: 'is missing', expected: 'the claims of a link verified by Mentorship Link' })),
			'Connect the Valid output of a Mentorship Link node (Verify Link) to this node',
		);
	}
	return claims as Record<(typeof CLAIM_FIELDS)[number], string>;
}

function clickTime(ctx: IExecuteFunctions, itemIndex: number): number {
	const value = ctx.getNodeParameter('clickedAt', itemIndex, '') as unknown;
	const text = value instanceof Date ? value.toISOString() : String((value as { toISO?: () => string })?.toISO?.() ?? value);
	const at = text.length <= 64 ? Date.parse(text) : NaN;
	if (Number.isNaN(at)) throw itemParameterError(ctx, itemIndex, 'Clicked At', `"${text.slice(0, 64)}" is not a date and time`, 'Give an ISO timestamp such as the form\'s {{ $json.submittedAt }}');
	return at;
}

/** Log Meeting: each verified click becomes a meeting row (output Meetings); a link that is no meeting link goes to Rejected. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const meetings: INodeExecutionData[] = [];
	const rejected: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const linkField = String(this.getNodeParameter('linkField', itemIndex, 'link')) || 'link';
			const claims = readClaims(items[itemIndex].json, linkField);
			const row = meetingFromLink({ claims, at: clickTime(this, itemIndex) });
			meetings.push({ json: { ...row }, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (isItemDataProblem(error)) rejected.push(rejectedItem(error, itemIndex));
			else rejected.push(errorItemOrThrow(this, error, itemIndex));
		}
	}
	return [meetings, rejected];
}
