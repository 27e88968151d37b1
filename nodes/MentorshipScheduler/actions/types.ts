import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** The operations of the node; `displayOptions` values and the router's map are checked against it. */
export type SchedulerOperation =
	| 'plan'
	| 'dueReminders'
	| 'keepClaimed'
	| 'endPair'
	| 'endLeavers'
	| 'offerPlaces'
	| 'decideAcceptance'
	| 'closeProgram'
	| 'logMeeting'
	| 'countMeetings';

export type OperationExecute = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
