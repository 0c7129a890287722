export * from './apollo-client';
export * from './errors';
export * from './form-problems';
export * from './viewer';
export { getFragmentData, graphql, type FragmentType } from './generated';
export * from './url-filters';
