import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { stableMatchParticipants } from '../../core/matching/stableOperation';
import { toNodeError } from '../../shared/errors';
import { checkOrgChart } from '../helpers/orgProblems';
import { readMatcherInput } from '../helpers/readInput';
import { readSettings } from '../helpers/settings';

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
	const items = this.getInputData();
	const input = readMatcherInput(this, items);
	const { settings, options } = readSettings(this);
	checkOrgChart(this, input, options.orgChartProblems);
	let outcome;
	try {
		outcome = stableMatchParticipants({ ...settings, participants: input.participants, existingPairs: input.existingPairs });
	} catch (error) {
		throw toNodeError(this, error);
	}
	const itemOf = (id: string) => input.itemOf.get(id) ?? 0;
	return [
		outcome.matches.map((match) => ({ json: { ...match }, pairedItem: [{ item: itemOf(match.mentorId) }, { item: itemOf(match.menteeId) }] })),
		[...outcome.unmatched.map((person) => ({ json: { ...person }, pairedItem: { item: itemOf(person.id) } })), ...input.errorItems],
		outcome.summaries.map((summary) => ({
			json: { ...summary },
			pairedItem: input.participants.filter((person) => person.programId === summary.programId).map((person) => ({ item: itemOf(person.id) })),
		})),
	];
}
