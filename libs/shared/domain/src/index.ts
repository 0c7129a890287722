export * from './accounts';
export * from './org';
export * from './standards';
export * from './team-api';
