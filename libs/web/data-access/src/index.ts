export * from './apollo-client';
export * from './errors';
export * from './viewer';
export { graphql } from './generated';
