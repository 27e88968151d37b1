import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { linkProperties } from './actions/properties';
import { router } from './actions/router';
import { mentorshipLinkSecretTest } from './helpers/secret';

/**
 * Mentorship Link: personal links nobody can forge. Create Link signs a token bound
 * to program, subject, person, role, purpose and expiry; Verify Link checks it in
 * constant time. The work is in nodes/core/links; this class only wires n8n to it.
 */
export class MentorshipLink implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mentorship Link',
		name: 'mentorshipLink',
		icon: { light: 'file:mentorshipLink.svg', dark: 'file:mentorshipLink.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] === "verify" ? "Verify link" : "Create link" }}',
		description: 'Make and check signed personal links (confirm, check-in, we met, end pair) that cannot be forged',
		defaults: { name: 'Mentorship Link' },
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{ $parameter["operation"] === "verify" ? [{ type: "main", displayName: "Valid" }, { type: "main", displayName: "Invalid" }] : [{ type: "main" }] }}`,
		usableAsTool: true,
		credentials: [{ name: 'mentorshipLinkSecretApi', required: true, testedBy: 'mentorshipLinkSecretTest' }],
		properties: linkProperties,
	};

	methods = { credentialTest: { mentorshipLinkSecretTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
