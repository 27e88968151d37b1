import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** Operations of the Mentor Matcher; the router's map must cover each one. */
export type MatcherOperation = 'match' | 'suggest' | 'stable' | 'pairPeers' | 'adjustProposals';

export type OperationExecute = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
