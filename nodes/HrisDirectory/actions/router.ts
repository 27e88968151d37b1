import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { toNodeError } from '../../shared/errors';
import * as listPeople from './listPeople.operation';
import type { HrisDirectoryAction, HrisDirectoryOperation } from './node.types';

const actions: Record<HrisDirectoryOperation, HrisDirectoryAction> = { listPeople };

/**
 * Runs the chosen operation once per input item (a schedule or a manual run gives
 * one). A failing item becomes an error item when the node continues on fail;
 * otherwise the run stops with an error that names the item.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const operation = this.getNodeParameter('operation', itemIndex) as HrisDirectoryOperation;
			output.push(...(await actions[operation].execute.call(this, itemIndex)));
		} catch (error) {
			if (this.continueOnFail()) {
				const message = error instanceof Error ? error.message : String(error);
				const description = (error as { description?: unknown }).description;
				output.push({
					json: { error: message, ...(typeof description === 'string' ? { description } : {}) },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			// An API error keeps its HTTP details; everything else becomes a NodeOperationError naming the item.
			throw error instanceof NodeApiError ? error : toNodeError(this, error, itemIndex);
		}
	}
	return [output];
}
