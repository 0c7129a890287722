// The test harness: fresh databases, a Guildhall server over HTTP, people in every role, org
// fixtures and page walking. Used by the API tests, the browser tests' server and the bench.
// It drives the server over HTTP and SQL only, never by importing its code.
export * from './backstage';
export * from './database';
export * from './fixtures';
export * from './knowledge';
export * from './org';
export * from './pages';
export * from './standards';
export * from './people';
export * from './tcp-proxy';
export * from './test-api';
export * from './timing';
