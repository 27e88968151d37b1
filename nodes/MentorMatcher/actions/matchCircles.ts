import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { matchCircles } from '../../core/matching/circles/matchCircles';
import { programRecordOf } from '../../shared/programRecord';
import { runMatcher, unmatchedAndSummaries } from '../helpers/run';

const showForCircles = { show: { operation: ['match'], programKind: ['group'] } };

/** Parameters of Match in a group program: the circle sizes. */
export const circleProperties: INodeProperties[] = [
	{
		displayName: 'Circle Size Min',
		name: 'circleSizeMin',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		displayOptions: showForCircles,
		default: 3,
		description: 'Fewest mentees in a circle; a mentor who cannot gather this many leads no circle',
	},
	{
		displayName: 'Circle Size Max',
		name: 'circleSizeMax',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		displayOptions: showForCircles,
		default: 6,
		description: 'Most mentees in a circle (replaces each mentor’s capacity)',
	},
	{
		displayName:
			'Group programs form circles: each mentor leads one circle of Circle Size Min to Max mentees or none. Matches gets one item per circle (mentor, mentees, memberEmails and pairs, one pair item per mentee). The result places the most mentees possible, then fills the free seats of existing circles (a mentor with active pairs keeps them and takes no minimum), then has the highest total pair score.',
		name: 'circlesNotice',
		type: 'notice',
		displayOptions: showForCircles,
		default: '',
	},
];

/** Circle sizes: the program record's when settings come from it, else the node's parameters. */
function circleSizesOf(ctx: IExecuteFunctions): { circleSizeMin: number; circleSizeMax: number } {
	const own = { circleSizeMin: ctx.getNodeParameter('circleSizeMin', 0, 3) as number, circleSizeMax: ctx.getNodeParameter('circleSizeMax', 0, 6) as number };
	const program = programRecordOf(ctx);
	if (!program) return own;
	const size = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
	return { circleSizeMin: size(program.circleSizeMin, own.circleSizeMin), circleSizeMax: size(program.circleSizeMax, own.circleSizeMax) };
}

/**
 * Match in a group program: Matches holds one item per circle (paired with the mentor's
 * and every mentee's input item), then Unmatched and Summary as for pairs.
 */
export async function executeCircles(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const { input, outcome, itemOf } = runMatcher(this, (people, settings) =>
		matchCircles({
			...settings,
			participants: people.participants,
			existingPairs: people.existingPairs,
			...circleSizesOf(this),
		}),
	);
	const circles: INodeExecutionData[] = outcome.circles.map((circle) => ({
		json: { ...circle },
		pairedItem: [circle.mentorId, ...circle.mentees.map((mentee) => mentee.id)].map((id) => ({ item: itemOf(id) })),
	}));
	return [circles, ...unmatchedAndSummaries(input, outcome, itemOf)];
}
