import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { stableMatchParticipants } from '../../core/matching/stableOperation';
import { runMatcher, unmatchedAndSummaries } from '../helpers/run';

export const description: INodeProperties[] = [
	{
		displayName:
			'Stable pairs: no mentee and mentor who both prefer each other to what they got. The summary shows the total score next to the optimal (Match) total.',
		name: 'stableNotice',
		type: 'notice',
		displayOptions: { show: { operation: ['stable'] } },
		default: '',
	},
];

/** Stable: mentee-proposing deferred acceptance with capacities; outputs as Match. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const { input, outcome, itemOf } = runMatcher(this, (people, settings) =>
		stableMatchParticipants({ ...settings, participants: people.participants, existingPairs: people.existingPairs }),
	);
	return [
		outcome.matches.map((match) => ({ json: { ...match }, pairedItem: [{ item: itemOf(match.mentorId) }, { item: itemOf(match.menteeId) }] })),
		...unmatchedAndSummaries(input, outcome, itemOf),
	];
}
