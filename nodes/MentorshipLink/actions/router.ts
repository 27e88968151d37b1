import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readLinkSecret } from '../helpers/secret';
import * as create from './create.operation';
import type { LinkOperation, OperationExecute } from './types';
import * as verify from './verify.operation';

const operations: Record<LinkOperation, OperationExecute> = {
	create: create.execute,
	verify: verify.execute,
};

/** Reads the secret once, then hands the execution to the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as LinkOperation;
	const execute = operations[operation];
	if (!execute) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known`);
	const secret = await readLinkSecret(this);
	return await execute.call(this, secret);
}
