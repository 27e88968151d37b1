import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { HrisPerson } from '../../core/lifecycle';
import { endLeaversPairs } from '../../core/lifecycle';
import { readOptionalInput } from '../../shared/inputs';
import { endingItem } from './common/endings';
import { perPairRow } from './common/perPairRow';

const showFor = { show: { operation: ['endLeavers'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Input 1 takes the active pairs, input 2 the people from the HR system (HRIS Directory with "Include Former Employees", or any rows with <code>email</code> and <code>terminationDate</code>). Each pair with a member whose last day has come comes out on Ended, once per pair.',
		name: 'endLeaversNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
];

function hrisPerson(json: Record<string, unknown>): HrisPerson | undefined {
	const email = typeof json.email === 'string' ? json.email : '';
	const date = typeof json.terminationDate === 'string' ? json.terminationDate.slice(0, 10) : '';
	return email === '' ? undefined : { email, ...(date === '' ? {} : { terminationDate: date }) };
}

/** Ends the pairs of people who left the company (output Ended); unreadable pair rows go to Rejected. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const people = readOptionalInput(this, 1)
		.map((item) => hrisPerson(item.json))
		.filter((person): person is HrisPerson => person !== undefined);
	const now = String(this.getNodeParameter('endingNow', 0, ''));
	// One pair at a time, so one unreadable row is reported with its index and the rest still end. The program
	// manager is read per pair: one run may end pairs of several programs, each told to its own manager.
	return perPairRow(this, (pair, i) =>
		endLeaversPairs({ pairs: [pair], people, now, programManager: String(this.getNodeParameter('programManagerEmail', i, '')) }).map((ending) => endingItem(ending, i)),
	);
}
