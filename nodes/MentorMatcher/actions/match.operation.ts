import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { matchParticipants } from '../../core/matching/match';
import type { Objective } from '../../core/matching/types';
import { runMatcher, unmatchedAndSummaries } from '../helpers/run';
import { programKindOf } from '../helpers/settings';
import { executeCircles } from './matchCircles';

// Adjust Proposals re-solves with the same objective and exactness as Match; group programs
// form circles and have their own parameters (matchCircles.ts).
const show = { show: { operation: ['match', 'adjustProposals'] }, hide: { programKind: ['group'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Objective',
		name: 'objective',
		type: 'options',
		displayOptions: show,
		options: [
			{ name: 'Highest Total Score', value: 'totalScore', description: 'Best sum of pair scores; among equal sums, more pairs' },
			{ name: 'Most People Matched, Then Highest Score', value: 'mostMatched', description: 'As many pairs as the rules allow, then the best sum of scores' },
		],
		default: 'totalScore',
		description: 'What the optimal assignment maximises',
	},
	{
		displayName: 'Exact Mode',
		name: 'exact',
		type: 'boolean',
		displayOptions: show,
		default: true,
		description:
			'Whether to prove the result optimal over every allowed pair, not only each mentee’s best candidates. On by default because without it programs with few mentors and alike profiles can end far from the best (in our scarce-mentor benchmark, candidates only placed 3,737 of 9,883 possible pairs); it costs time: about 7 to 13 s for 20,000 mentees × 5,000 mentors on 2 cores.',
	},
];

/**
 * Match: the optimal capacitated assignment. Outputs Matches (one item per pair,
 * locked pairs included), Unmatched (each person with the reason) and one Summary
 * item per program.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	if (programKindOf(this) === 'group') return await executeCircles.call(this);
	const { input, outcome, itemOf } = runMatcher(this, (people, settings) =>
		matchParticipants({
			...settings,
			participants: people.participants,
			existingPairs: people.existingPairs,
			objective: this.getNodeParameter('objective', 0) as Objective,
			exact: this.getNodeParameter('exact', 0) as boolean,
		}),
	);
	const matches: INodeExecutionData[] = outcome.matches.map((match) => ({
		json: { ...match },
		pairedItem: [{ item: itemOf(match.mentorId) }, { item: itemOf(match.menteeId) }],
	}));
	return [matches, ...unmatchedAndSummaries(input, outcome, itemOf)];
}
