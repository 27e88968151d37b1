import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { properties } from './actions/properties';
import { router } from './actions/router';

/**
 * A program's design in one record (`mentorship_programs`): checked, completed with the
 * recommended defaults, and summarised, so every template can read its settings from it.
 */
export class MentorshipProgram implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mentorship Program',
		name: 'mentorshipProgram',
		icon: { light: 'file:mentorshipProgram.svg', dark: 'file:mentorshipProgram.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: 'Check program record',
		description: 'Check a mentorship program record (setup form answers or a mentorship_programs row) and fill in the recommended defaults',
		defaults: { name: 'Mentorship Program' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Valid', 'Invalid'],
		usableAsTool: true,
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
