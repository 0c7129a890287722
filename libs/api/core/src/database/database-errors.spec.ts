import { QueryFailedError } from 'typeorm';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './database-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['admin shutdown', withCode('terminating connection due to administrator command', '57P01')],
    ['starting up', withCode('the database system is starting up', '57P03')],
    ['connection lost', new Error('Connection terminated unexpectedly')],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['wrapped by TypeORM', new QueryFailedError('SELECT 1', [], withCode('terminating connection', '57P01'))],
    ['wrapped by GraphQL', new GraphQLError('x', { originalError: new Error('Connection terminated unexpectedly') })],
  ])('is true when the database is %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('duplicate key', '23505'))],
    ['a syntax error', withCode('syntax error', '42601')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['an API error', new GraphQLError('Sign in to continue.', { extensions: { code: 'UNAUTHENTICATED' } })],
    ['nothing', undefined],
  ])('is false for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
