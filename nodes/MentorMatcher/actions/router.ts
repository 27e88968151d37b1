import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as adjustProposals from './adjustProposals.operation';
import * as match from './match.operation';
import * as pairPeers from './pairPeers.operation';
import * as stable from './stable.operation';
import * as suggest from './suggest.operation';
import type { MatcherOperation, OperationExecute } from './types';

const operations: Record<MatcherOperation, OperationExecute> = {
	match: match.execute,
	suggest: suggest.execute,
	stable: stable.execute,
	pairPeers: pairPeers.execute,
	adjustProposals: adjustProposals.execute,
};

/** Hands the execution to the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as MatcherOperation;
	const execute = operations[operation];
	if (!execute) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known`);
	return await execute.call(this);
}
