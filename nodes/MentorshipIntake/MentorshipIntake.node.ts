import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { intakeProperties } from './description';
import { executeIntake } from './execute';

export class MentorshipIntake implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mentorship Intake',
		name: 'mentorshipIntake',
		icon: { light: 'file:mentorshipIntake.svg', dark: 'file:mentorshipIntake.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["enrolmentMode"] === "open" ? "open enrolment" : $parameter["enrolmentMode"] }}',
		description: 'Turn application form submissions into enrolled, waitlisted or rejected program participants',
		defaults: { name: 'Mentorship Intake' },
		inputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'Submissions' },
			{ type: NodeConnectionTypes.Main, displayName: 'Roster' },
			{ type: NodeConnectionTypes.Main, displayName: 'HRIS' },
		],
		requiredInputs: 0,
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Enrolled', 'Waitlisted', 'Rejected'],
		usableAsTool: true,
		properties: intakeProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeIntake.call(this);
	}
}
