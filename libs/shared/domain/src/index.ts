export * from './accounts';
export * from './org';
export * from './standards';
export * from './alliances';
export * from './team-api';
