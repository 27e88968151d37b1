import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as render from './render.operation';
import type { OperationExecute, TextOperation } from './types';

const operations: Record<TextOperation, OperationExecute> = {
	render: render.execute,
};

/** Hands the execution to the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as TextOperation;
	const execute = operations[operation];
	if (!execute) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known`);
	return await execute.call(this);
}
