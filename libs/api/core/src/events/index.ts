export * from './domain-events';
export * from './events.module';
export * from './privileged-action';
