import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { closeProgram, SURVEY_LINK_PLACEHOLDER } from '../../core/lifecycle';
import { perPairRow } from './common/perPairRow';

const showFor = { show: { operation: ['closeProgram'] } };

export const description: INodeProperties[] = [
	{
		displayName: `Input: the program's active pairs. From the program's last day on, each comes out on Closed with its new columns (status completed, completedAt) for an update filtered on <code>status = active</code>, and <code>messages</code> to split out: a closing message to each member (put their own final survey link where the text says ${SURVEY_LINK_PLACEHOLDER}) and a thank-you certificate to the mentor.`,
		name: 'closeProgramNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
	{
		displayName: 'Program End',
		name: 'closeProgramEnd',
		type: 'string',
		default: '',
		placeholder: '2026-09-02',
		displayOptions: showFor,
		description:
			'The last day of the program (YYYY-MM-DD). Pairs close on that day or the first run after it.',
	},
	{
		displayName: 'Program Name',
		name: 'closeProgramName',
		type: 'string',
		default: 'The mentoring program',
		displayOptions: showFor,
		description: 'How the program is called in the closing messages',
	},
	{
		displayName: 'Current Time',
		name: 'closeNow',
		type: 'string',
		default: '={{ $now.toISO() }}',
		displayOptions: showFor,
		description: 'The moment of the run. Keep the default; tests can set a fixed time.',
	},
];

/** Closes each active pair from the program's last day on (output Closed); unreadable rows go to Rejected. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return perPairRow(
		this,
		(pair, i) =>
			closeProgram({
				pairs: [pair],
				programEnd: String(this.getNodeParameter('closeProgramEnd', i, '')).trim().slice(0, 10),
				now: String(this.getNodeParameter('closeNow', i, '')),
				programName: String(this.getNodeParameter('closeProgramName', i, '')).trim() || 'The mentoring program',
			}).map((closing) => ({
				json: { programId: closing.programId, pairId: closing.pairId, ...closing.pair, messages: closing.messages as unknown as IDataObject[] },
				pairedItem: { item: i },
			})),
		// A program end or time that cannot be read is the node's setup, not the pair's.
		(field) => field === 'programEnd' || field === 'now',
	);
}
