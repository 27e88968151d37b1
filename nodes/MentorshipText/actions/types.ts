import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** Operations of Mentorship Text; the router's map must cover each one. */
export type TextOperation = 'render';

export type OperationExecute = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
