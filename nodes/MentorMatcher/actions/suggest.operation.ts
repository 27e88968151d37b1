import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { suggestMentors } from '../../core/matching/suggest';
import { toNodeError } from '../../shared/errors';
import { invalidItem, rowCounts } from '../helpers/readInput';
import { prepareRun } from '../helpers/run';

const show = { show: { operation: ['suggest'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Suggestions Per Mentee',
		name: 'perMentee',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 50 },
		displayOptions: show,
		default: 3,
		description: 'How many mentors to suggest to each mentee',
	},
	{
		displayName: 'Respect Free Places',
		name: 'respectFreePlaces',
		type: 'boolean',
		displayOptions: show,
		default: false,
		description: 'Whether a mentor is suggested no more often than they have free places, across all mentees (best scores served first)',
	},
];

/**
 * Suggest: one item per mentee with their best allowed mentors, scores and reasons
 * (output Matches); mentees with no suggestion also go to Unmatched.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const { input, settings } = prepareRun(this);
	let lists;
	try {
		lists = suggestMentors({
			...settings,
			participants: input.participants,
			existingPairs: input.existingPairs,
			perMentee: this.getNodeParameter('perMentee', 0) as number,
			respectFreePlaces: this.getNodeParameter('respectFreePlaces', 0) as boolean,
		});
	} catch (error) {
		throw toNodeError(this, error);
	}
	const itemOf = (id: string) => input.itemOf.get(id) ?? 0;
	const suggestions: INodeExecutionData[] = lists.map((list) => ({
		json: { ...list },
		pairedItem: [{ item: itemOf(list.menteeId) }, ...list.suggestions.map((entry) => ({ item: itemOf(entry.mentorId) }))],
	}));
	const unmatched: INodeExecutionData[] = [
		...lists
			.filter((list) => list.suggestions.length === 0)
			.map((list) => ({
				json: {
					...(list.programId === undefined ? {} : { programId: list.programId }),
					id: list.menteeId,
					email: list.menteeEmail,
					name: list.menteeName,
					role: 'mentee',
					reason: 'noSuggestion',
					reasonCode: 'noSuggestion',
					message: 'No mentor is allowed by the rules and scores at least the minimum score',
				},
				pairedItem: { item: itemOf(list.menteeId) },
			})),
		...input.invalid.map(invalidItem),
	];
	const summary: INodeExecutionData[] = [
		{
			json: {
				mentees: lists.length,
				withSuggestions: lists.filter((list) => list.suggestions.length > 0).length,
				suggestions: lists.reduce((sum, list) => sum + list.suggestions.length, 0),
				...rowCounts(input, undefined, true),
			},
			pairedItem: [...new Set([...input.participants.map((person) => itemOf(person.id)), ...input.invalid.map((row) => row.index)])].map((item) => ({ item })),
		},
	];
	return [suggestions, unmatched, summary];
}
