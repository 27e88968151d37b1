import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as confirmGoals from './confirmGoals.operation';
import * as kpis from './kpis.operation';
import * as score from './score.operation';
import type { SurveyOperation } from './types';

const operations: Record<SurveyOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> }> = {
	score,
	kpis,
	confirmGoals,
};

/** Hands execution to the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as SurveyOperation;
	const chosen = operations[operation];
	if (!chosen) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return await chosen.execute.call(this);
}
