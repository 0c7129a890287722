export * from './page-title';
export * from './states';
export * from './person';
