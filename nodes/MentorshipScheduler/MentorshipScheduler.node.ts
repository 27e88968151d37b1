import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { inputsExpression, outputsExpression, schedulerProperties } from './actions/properties';
import { router } from './actions/router';

/**
 * Mentorship Scheduler: plans each pair's sessions (Plan), finds the reminders due now
 * (Due Reminders) and keeps only those this execution claimed first (Keep Claimed).
 * The domain work is in nodes/core; this class only wires n8n to it.
 */
export class MentorshipScheduler implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mentorship Scheduler',
		name: 'mentorshipScheduler',
		icon: { light: 'file:mentorshipScheduler.svg', dark: 'file:mentorshipScheduler.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] }}',
		description: 'Plan mentorship sessions with topics and calendar files, and send every reminder exactly once',
		defaults: { name: 'Mentorship Scheduler' },
		inputs: inputsExpression,
		outputs: outputsExpression,
		usableAsTool: true,
		properties: schedulerProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
