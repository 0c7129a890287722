export * from './demo-seeder';
export * from './demo-knowledge';
