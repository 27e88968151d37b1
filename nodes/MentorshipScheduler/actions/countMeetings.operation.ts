import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { TalliedRow } from '../../core/meetings';
import { readMeetingRow, tallyMeetings } from '../../core/meetings';
import { MalformedInputError } from '../../core/errors';
import { rejectedItem } from '../../shared/errors';

const showFor = { show: { operation: ['countMeetings'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Connect rows of mentorship_meetings (a Data Table node, Get Many). One item per program and pair comes out with meetingCount (sessions someone said took place), lastMeetingAt (the latest "We met", or null) and notYetCount, ready to write to the pair.',
		name: 'countMeetingsNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
];

/** Count Meetings: meeting rows in, one tally per program and pair out (output Pairs); unreadable rows to Rejected. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const rows: TalliedRow[] = [];
	const sources = new Map<string, number[]>();
	const rejected: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const read = readMeetingRow(items[itemIndex].json as Record<string, unknown>);
		if (!read.ok) {
			rejected.push(rejectedItem(new MalformedInputError(read.issues), itemIndex));
			continue;
		}
		rows.push(read.row);
		const key = JSON.stringify([read.row.programId, read.row.pairId]);
		sources.set(key, [...(sources.get(key) ?? []), itemIndex]);
	}
	const tallies = tallyMeetings({ rows }).map((tally) => ({
		json: { ...tally },
		pairedItem: (sources.get(JSON.stringify([tally.programId, tally.pairId])) ?? []).map((item) => ({ item })),
	}));
	return [tallies, rejected];
}
