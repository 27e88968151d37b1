import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { properties } from './actions/description';
import { router } from './actions/router';

/**
 * People from the HR systems n8n has no stock node for (Personio, HiBob), as
 * mentorship participants with their managers and HR outcomes.
 */
export class HrisDirectory implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HRIS Directory',
		name: 'hrisDirectory',
		icon: { light: 'file:hrisDirectory.svg', dark: 'file:hrisDirectory.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: '={{ ($parameter["hris"] === "hibob" ? "HiBob" : "Personio") + ": list people" }}',
		description: 'Read people, managers, departments and HR outcomes from Personio or HiBob as mentorship participants',
		defaults: { name: 'HRIS Directory' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [
			{ name: 'personioApi', required: true, displayOptions: { show: { hris: ['personio'] } } },
			{ name: 'hiBobApi', required: true, displayOptions: { show: { hris: ['hibob'] } } },
		],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
