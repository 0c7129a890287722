export * from './alliances.module';
