import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { matcherProperties } from './actions/properties';
import { router } from './actions/router';

const output = (displayName: string) => ({ type: NodeConnectionTypes.Main, displayName });
const MATCH_OUTPUTS = ['Matches', 'Unmatched', 'Summary'].map(output);
const ADJUST_OUTPUTS = ['Proposals', 'Unmatched', 'Summary', 'Refused', 'Audit'].map(output);

/**
 * Mentor Matcher: optimal, explained, rule-safe mentor–mentee matching (Match), ranked
 * suggestions for self-matching (Suggest), stable matching (Stable) and peer pairing
 * (Pair Peers). The domain work is in nodes/core/matching; this class only wires n8n to it.
 */
export class MentorMatcher implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mentor Matcher',
		name: 'mentorMatcher',
		icon: { light: 'file:mentorMatcher.svg', dark: 'file:mentorMatcher.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] }}',
		description: 'Pair mentors and mentees optimally under hard rules, with a score and reasons for every pair',
		defaults: { name: 'Mentor Matcher' },
		inputs: [NodeConnectionTypes.Main],
		// Adjust Proposals adds Refused and Audit; the other operations keep their three outputs.
		outputs: `={{ $parameter.operation === 'adjustProposals' ? ${JSON.stringify(ADJUST_OUTPUTS)} : ${JSON.stringify(MATCH_OUTPUTS)} }}`,
		usableAsTool: true,
		properties: matcherProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
