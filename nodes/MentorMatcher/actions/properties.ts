import type { INodeProperties } from 'n8n-workflow';

import * as adjustProposals from './adjustProposals.operation';
import { circleProperties } from './matchCircles';
import { commonOptions, commonProperties } from './common.description';
import * as match from './match.operation';
import * as pairPeers from './pairPeers.operation';
import * as stable from './stable.operation';
import * as suggest from './suggest.operation';

const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Adjust Proposals',
			value: 'adjustProposals',
			action: 'Adjust proposed pairs and re solve',
			description: 'Apply the program manager’s locks, drops, moves and leave-outs to a run’s proposals and re-solve around them',
		},
		{ name: 'Match', value: 'match', action: 'Match mentors and mentees', description: 'Optimal pairs under the hard rules, each explained' },
		{ name: 'Pair Peers', value: 'pairPeers', action: 'Pair peers from one pool', description: 'Pairs (and a trio) from people with role both, no repeats' },
		{ name: 'Stable', value: 'stable', action: 'Match mentors and mentees stably', description: 'Deferred acceptance: nobody can do better by leaving together' },
		{ name: 'Suggest', value: 'suggest', action: 'Suggest mentors to each mentee', description: 'Best mentors per mentee, for programs where mentees choose' },
	],
	default: 'match',
};

/** The node's parameters: operation first, then each operation's, then the shared ones. */
export const matcherProperties: INodeProperties[] = [
	operation,
	...match.description,
	...suggest.description,
	...stable.description,
	...pairPeers.description,
	...adjustProposals.description,
	...commonProperties,
	...circleProperties,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: commonOptions,
	},
];
