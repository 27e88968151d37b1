import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Items of an optional input. n8n throws when an input was never connected or got
 * no data in this run; for an optional input (a roster, HRIS rows) that simply means
 * "none".
 */
export function readOptionalInput(ctx: IExecuteFunctions, inputIndex: number): INodeExecutionData[] {
	try {
		return ctx.getInputData(inputIndex);
	} catch (error) {
		if (error instanceof Error && /input (with given index|index was not set)/i.test(error.message)) return [];
		throw new NodeOperationError(ctx.getNode(), error as Error);
	}
}
