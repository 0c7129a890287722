export * from './standards.module';
export * from './standard/standard-events';
export * from './standard/standard.model';
export * from './adoption/adoption.model';
export * from './standard/standard-seeding';
