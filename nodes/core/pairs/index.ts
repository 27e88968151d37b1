export * from './status';
export * from './history';
