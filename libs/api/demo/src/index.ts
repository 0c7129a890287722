export * from './demo-seeder';
export * from './demo-knowledge';
export * from './demo-standards';
export * from './demo-alliances';
export * from './demo-team-api';
