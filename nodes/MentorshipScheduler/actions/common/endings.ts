import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { PairEnding } from '../../../core/lifecycle';

const showFor = { show: { operation: ['endPair', 'endLeavers'] } };

/** Parameters End Pair and End Leavers' Pairs share. */
export const endingParameters: INodeProperties[] = [
	{
		displayName: 'Current Time',
		name: 'endingNow',
		type: 'string',
		default: '={{ $now.toISO() }}',
		displayOptions: showFor,
		description: 'The moment the pairs end (endedAt), and for leavers the day compared with termination dates. Keep the default; tests can set a fixed time.',
	},
	{
		displayName: 'Program Manager Email',
		name: 'programManagerEmail',
		type: 'string',
		default: '',
		placeholder: 'Program Manager <program-manager@example.com>',
		displayOptions: showFor,
		description: "Who is told about every ending, read for each pair row (so an expression can give each pair its own program's manager). Leave empty to tell only the other member of the pair.",
	},
];

/**
 * The item of one ending: the pair row's new columns at the top (for a Data Table update),
 * `roster` (rows to change) and `notices` (messages to send), each a list to split out.
 */
export function endingItem(ending: PairEnding, itemIndex: number): INodeExecutionData {
	return {
		json: {
			programId: ending.programId,
			pairId: ending.pairId,
			...ending.pair,
			roster: ending.roster as unknown as IDataObject[],
			notices: ending.notices as unknown as IDataObject[],
		},
		pairedItem: { item: itemIndex },
	};
}
