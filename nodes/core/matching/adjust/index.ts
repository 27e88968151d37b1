export { adjustProposals } from './adjustProposals';
export type { AdjustProposalsOptions } from './adjustProposals';
export { ADJUST_LIMITS, readAdjustments } from './readAdjustments';
export { describeRule } from './ruleText';
export type * from './types';
