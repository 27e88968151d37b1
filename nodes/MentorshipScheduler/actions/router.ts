import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as closeProgram from './closeProgram.operation';
import * as decideAcceptance from './decideAcceptance.operation';
import * as countMeetings from './countMeetings.operation';
import * as dueReminders from './dueReminders.operation';
import * as endLeavers from './endLeavers.operation';
import * as endPair from './endPair.operation';
import * as keepClaimed from './keepClaimed.operation';
import * as offerPlaces from './offerPlaces.operation';
import * as logMeeting from './logMeeting.operation';
import * as plan from './plan.operation';
import type { OperationExecute, SchedulerOperation } from './types';

const operations: Record<SchedulerOperation, OperationExecute> = {
	plan: plan.execute,
	dueReminders: dueReminders.execute,
	keepClaimed: keepClaimed.execute,
	endPair: endPair.execute,
	endLeavers: endLeavers.execute,
	offerPlaces: offerPlaces.execute,
	decideAcceptance: decideAcceptance.execute,
	closeProgram: closeProgram.execute,
	logMeeting: logMeeting.execute,
	countMeetings: countMeetings.execute,
};

/** Hands the execution to the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as SchedulerOperation;
	const execute = operations[operation];
	if (!execute) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known`);
	return await execute.call(this);
}
