export * from './attainment';
export * from './confirmGoals';
export * from './goalLevel';
export * from './limits';
export * from './readGoals';
export * from './texts';
