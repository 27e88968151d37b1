import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { MalformedInputError } from '../../core/errors';
import { confirmPairGoals, goalProblemsText } from '../../core/goals';
import { errorItemOrThrow, itemParameterError, rejectedItem } from '../../shared/errors';

const show = { show: { operation: ['confirmGoals'] } };
const GOAL_SLOTS = [1, 2, 3] as const;

export const description: INodeProperties[] = [
	{
		displayName:
			'Connect after a Mentorship Link node (Verify Link, purpose confirmGoals) and a read of the pair row. Each item becomes the goals to store on the pair (goals, goalsConfirmedAt) with changed: false for a replay of what is stored; goals that are too long, or none at all, go to Rejected with a message for the person.',
		name: 'confirmGoalsNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		displayName: 'Confirmed Goals',
		name: 'confirmedGoals',
		type: 'string',
		default: '={{ $json.goals }}',
		displayOptions: show,
		description: "The pair's goals confirmed so far, as the pair row stores them (a JSON list); empty before the first confirmation",
	},
	{
		displayName: 'Confirmed At',
		name: 'goalsConfirmedAt',
		type: 'string',
		default: '={{ $json.goalsConfirmedAt }}',
		displayOptions: show,
		description: 'When the goals were confirmed, as the pair row stores it; kept when nothing changes',
	},
	{
		displayName: "Mentee's Goals",
		name: 'proposedGoals',
		type: 'string',
		default: '={{ $json.menteeGoals }}',
		displayOptions: show,
		description: 'The goals the mentee named at enrolment (a JSON list), confirmed as they are when the form is sent blank and nothing was confirmed yet',
	},
	...GOAL_SLOTS.map(
		(slot): INodeProperties => ({
			displayName: `Goal ${slot}`,
			name: `goal${slot}`,
			type: 'string',
			default: '',
			displayOptions: show,
			description: `What the form sent as goal ${slot}; all three blank confirms the goals as they stand`,
		}),
	),
	{
		displayName: 'Answered At',
		name: 'answeredAt',
		type: 'string',
		default: '={{ $now.toISO() }}',
		displayOptions: show,
		description: "When the form was sent, e.g. the form's submittedAt",
	},
];

function answerTime(ctx: IExecuteFunctions, itemIndex: number): number {
	const value = ctx.getNodeParameter('answeredAt', itemIndex, '') as unknown;
	const text = String((value as { toISO?: () => string })?.toISO?.() ?? value);
	const at = text.length <= 64 ? Date.parse(text) : NaN;
	if (Number.isNaN(at)) throw itemParameterError(ctx, itemIndex, 'Answered At', `"${text.slice(0, 64)}" is not a date and time`, "Give an ISO timestamp such as the form's {{ $json.submittedAt }}");
	return at;
}

/** Confirm Goals: what a click on a pair's goals link stores (output Confirmed), or why nothing was stored (Rejected). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const confirmed: INodeExecutionData[] = [];
	const rejected: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = confirmPairGoals({
				confirmed: this.getNodeParameter('confirmedGoals', itemIndex, ''),
				confirmedAt: this.getNodeParameter('goalsConfirmedAt', itemIndex, ''),
				proposed: this.getNodeParameter('proposedGoals', itemIndex, ''),
				typed: GOAL_SLOTS.map((slot) => [`Goal ${slot}`, this.getNodeParameter(`goal${slot}`, itemIndex, '')] as const),
				at: answerTime(this, itemIndex),
			});
			if (result.ok) {
				confirmed.push({ json: { ...result }, pairedItem: { item: itemIndex } });
			} else {
				rejected.push(rejectedItem(new MalformedInputError(result.issues), itemIndex, { message: goalProblemsText(result.issues) }));
			}
		} catch (error) {
			rejected.push(errorItemOrThrow(this, error, itemIndex));
		}
	}
	return [confirmed, rejected];
}
