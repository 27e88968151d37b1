import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { END_REASON_LABELS, END_REASONS, endPair } from '../../core/lifecycle';
import { endingItem } from './common/endings';
import { perPairRow } from './common/perPairRow';

const showFor = { show: { operation: ['endPair'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Input: the pair row to end (read by <code>programId</code> and <code>pairId</code> from a verified link). Ended items carry the pair\'s new columns (status, endReason, endedAt, endedBy) for an update filtered on <code>status = active</code>, so a replayed link changes nothing; then <code>roster</code> and <code>notices</code> to split out.',
		name: 'endPairNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
	{
		displayName: 'Ended By (Email)',
		name: 'endedBy',
		type: 'string',
		default: '={{ $json.link?.person }}',
		displayOptions: showFor,
		description: 'Address of the person ending the pair: the person of their verified link, never a form field',
	},
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		displayOptions: showFor,
		description: `One of ${END_REASONS.join(', ')}, or its label: ${Object.values(END_REASON_LABELS).join(', ')}`,
	},
	{
		displayName: 'Mentee Asks for a New Mentor',
		name: 'rematch',
		type: 'boolean',
		default: false,
		displayOptions: showFor,
		description: 'Whether the mentee, ending the pair, wants to be matched again. A mentee whose mentor ended the pair is matched again anyway.',
	},
];

/** Ends each input pair (output Ended); pairs that cannot end now go to Rejected with the reason. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return perPairRow(this, (pair, i) => [
		endingItem(
			endPair({
				pair,
				endedBy: String(this.getNodeParameter('endedBy', i, '')),
				reason: this.getNodeParameter('reason', i, ''),
				rematch: this.getNodeParameter('rematch', i, false) === true,
				now: String(this.getNodeParameter('endingNow', i, '')),
				programManager: String(this.getNodeParameter('programManagerEmail', i, '')),
			}),
			i,
		),
	]);
}
