export * from './page-title';
export * from './states';
export * from './person';
export * from './markdown';
export * from './snippet';
export * from './link-button';
export * from './dependency-map';
