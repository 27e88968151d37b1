import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pairPeersParticipants } from '../../core/matching/peerOperation';
import type { PeerObjective } from '../../core/matching/peers';
import { toNodeError } from '../../shared/errors';
import { checkOrgChart } from '../helpers/orgProblems';
import { readMatcherInput } from '../helpers/readInput';
import { readSettings } from '../helpers/settings';

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
	const items = this.getInputData();
	const input = readMatcherInput(this, items);
	const { settings, options } = readSettings(this);
	checkOrgChart(this, input, options.orgChartProblems);
	let outcome;
	try {
		outcome = pairPeersParticipants({
			...settings,
			participants: input.participants,
			existingPairs: input.existingPairs,
			objective: this.getNodeParameter('peerObjective', 0) as PeerObjective,
			trios: this.getNodeParameter('trios', 0) as boolean,
		});
	} catch (error) {
		throw toNodeError(this, error);
	}
	const itemOf = (id: string) => input.itemOf.get(id) ?? 0;
	return [
		outcome.groups.map((group) => ({ json: { ...group }, pairedItem: group.memberIds.map((id) => ({ item: itemOf(id) })) })),
		[...outcome.unmatched.map((person) => ({ json: { ...person }, pairedItem: { item: itemOf(person.id) } })), ...input.errorItems],
		outcome.summaries.map((summary) => ({
			json: { ...summary },
			pairedItem: input.participants.filter((person) => person.programId === summary.programId).map((person) => ({ item: itemOf(person.id) })),
		})),
	];
}
