export * from './types';
export * from './endReasons';
export * from './pairMembers';
export { endPair, endLeaversPairs } from './endPair';
export type { EndPairOptions, EndLeaversOptions, HrisPerson } from './endPair';
export * from './places';
export * from './closeProgram';
