import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { HrisSystem } from '../../core/hris/person';

/** Operations of HRIS Directory; the router's map is checked against this. */
export type HrisDirectoryOperation = 'listPeople';

/** The value of the "HR System" parameter. */
export type HrisDirectorySystem = HrisSystem;

/** What every operation file exports. */
export interface HrisDirectoryAction {
	description: INodeProperties[];
	/** Runs the operation for one input item; every returned item is paired with it. */
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}
