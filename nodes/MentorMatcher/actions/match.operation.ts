import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { matchParticipants } from '../../core/matching/match';
import type { Objective } from '../../core/matching/types';
import { toNodeError } from '../../shared/errors';
import { checkOrgChart } from '../helpers/orgProblems';
import { readMatcherInput } from '../helpers/readInput';
import { readSettings } from '../helpers/settings';

const show = { show: { operation: ['match'] } };

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
		description: 'Whether to prove the result optimal over every allowed pair, not only each mentee’s best candidates (slower on very large programs)',
	},
];

/**
 * Match: the optimal capacitated assignment. Outputs Matches (one item per pair,
 * locked pairs included), Unmatched (each person with the reason) and one Summary
 * item per program.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const input = readMatcherInput(this, items);
	const { settings, options } = readSettings(this);
	checkOrgChart(this, input, options.orgChartProblems);
	let outcome;
	try {
		outcome = matchParticipants({
			...settings,
			participants: input.participants,
			existingPairs: input.existingPairs,
			objective: this.getNodeParameter('objective', 0) as Objective,
			exact: this.getNodeParameter('exact', 0) as boolean,
		});
	} catch (error) {
		throw toNodeError(this, error);
	}
	const itemOf = (id: string) => input.itemOf.get(id) ?? 0;
	const matches: INodeExecutionData[] = outcome.matches.map((match) => ({
		json: { ...match },
		pairedItem: [{ item: itemOf(match.mentorId) }, { item: itemOf(match.menteeId) }],
	}));
	const unmatched: INodeExecutionData[] = [
		...outcome.unmatched.map((person) => ({ json: { ...person }, pairedItem: { item: itemOf(person.id) } })),
		...input.errorItems,
	];
	const summaries: INodeExecutionData[] = outcome.summaries.map((summary) => ({
		json: { ...summary },
		pairedItem: input.participants
			.filter((person) => (person.programId ?? undefined) === summary.programId)
			.map((person) => ({ item: itemOf(person.id) })),
	}));
	return [matches, unmatched, summaries];
}
