import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** Operations of Mentorship Link; the router's map must cover each one. */
export type LinkOperation = 'create' | 'verify';

export type OperationExecute = (this: IExecuteFunctions, secret: string) => Promise<INodeExecutionData[][]>;
