import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pairPeersParticipants } from '../../core/matching/peerOperation';
import type { PeerObjective } from '../../core/matching/peers';
import { runMatcher, unmatchedAndSummaries } from '../helpers/run';

const show = { show: { operation: ['pairPeers'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Peer Objective',
		name: 'peerObjective',
		type: 'options',
		displayOptions: show,
		options: [
			{ name: 'Most People Paired, Then Highest Score', value: 'maxCardinality' },
			{ name: 'Highest Total Score', value: 'maxWeight' },
		],
		default: 'maxCardinality',
		description: 'What the pairing maximises',
	},
	{
		displayName: 'Trios',
		name: 'trios',
		type: 'boolean',
		displayOptions: show,
		default: true,
		description: 'Whether someone left over (an odd count) joins a pair as a third member',
	},
];

/** Pair Peers: people with role "both" in one pool, pairs (and a trio), blossom matching. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const { input, outcome, itemOf } = runMatcher(this, (people, settings) =>
		pairPeersParticipants({
			...settings,
			participants: people.participants,
			existingPairs: people.existingPairs,
			objective: this.getNodeParameter('peerObjective', 0) as PeerObjective,
			trios: this.getNodeParameter('trios', 0) as boolean,
		}),
	);
	return [
		outcome.groups.map((group) => ({ json: { ...group }, pairedItem: group.memberIds.map((id) => ({ item: itemOf(id) })) })),
		...unmatchedAndSummaries(input, outcome, itemOf),
	];
}
