import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { conflict } from './app-errors';
import { formatError } from './format-error';

describe('formatError', () => {
  const asFormatted = (e: GraphQLError) => e.toJSON();

  it('passes API errors through with their code and message, without a stack', () => {
    const error = conflict('An account with this email already exists.');
    const out = formatError({ ...asFormatted(error), extensions: { ...error.extensions, stacktrace: ['at x'] } }, error);
    expect(out).toEqual({ message: 'An account with this email already exists.', extensions: { code: 'CONFLICT' } });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR and logs their stack', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const cause = new Error('connect ECONNREFUSED 10.0.0.5:5432');
    const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['me'] });
    const out = formatError({ message: cause.message, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } }, wrapped);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toMatch(/ECONNREFUSED/);
    expect(out.path).toEqual(['me']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
    log.mockRestore();
  });

  it('answers a database outage with SERVICE_UNAVAILABLE and a warning, not a logged stack', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const cause = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['me'] });
    const out = formatError({ message: cause.message, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(out.message).toMatch(/cannot reach its database/);
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    error.mockRestore();
    warn.mockRestore();
  });
});
