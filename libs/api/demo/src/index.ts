export * from './demo-seeder';
