import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Under "continue on fail" an item that failed becomes an error item paired with
 * its input; otherwise the error is thrown. A plain error item also carries the
 * error as the item's error, which n8n's error output routes on. Given extra
 * fields to keep, it does not: n8n replaces the fields of an item that carries an
 * error with the message alone.
 */
export function itemErrorOrThrow(ctx: IExecuteFunctions, error: unknown, itemIndex: number, json: IDataObject = {}): INodeExecutionData {
	const nodeError =
		error instanceof NodeOperationError ? error : new NodeOperationError(ctx.getNode(), error instanceof Error ? error : String(error), { itemIndex });
	if (!ctx.continueOnFail()) throw nodeError;
	const pairedItem = { item: itemIndex };
	if (Object.keys(json).length > 0) return { json: { ...json, error: nodeError.message }, pairedItem };
	return { json: { error: nodeError.message }, error: nodeError, pairedItem };
}
