export * from './standards.module';
export * from './standard/standard-events';
export * from './standard/standard.model';
export { StandardRecord } from './standard/standard.record';
export { StandardsLoaders } from './standards.loaders';
export * from './adoption/adoption.model';
export * from './standard/standard-seeding';
