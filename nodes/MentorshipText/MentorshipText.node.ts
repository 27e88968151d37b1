import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { textProperties } from './actions/properties';
import { router } from './actions/router';

/**
 * Mentorship Text: every participant-facing text of the templates, in each person's language
 * (English or Dutch). The texts and the choice of language are in nodes/core/texts; this class
 * only wires n8n to them.
 */
export class MentorshipText implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mentorship Text',
		name: 'mentorshipText',
		icon: { light: 'file:mentorshipText.svg', dark: 'file:mentorshipText.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ "Render " + $parameter["area"] }}',
		description: 'Write emails, messages and pages in each participant\'s language (English or Dutch)',
		defaults: { name: 'Mentorship Text' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		properties: textProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
