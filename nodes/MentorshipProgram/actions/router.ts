import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toNodeError } from '../../shared/errors';
import * as check from './check.operation';

const actions = { check } as const;

/** Runs the chosen operation; a parameter that cannot be used stops the node with its name. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as keyof typeof actions;
	try {
		return actions[operation].execute.call(this);
	} catch (error) {
		throw toNodeError(this, error);
	}
}
