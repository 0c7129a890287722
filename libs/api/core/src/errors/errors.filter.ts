import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Where an error thrown in the API goes, so each failure is reported exactly once.
 *
 * In GraphQL, every error is rethrown to formatError (format-error.ts) as it is: errors the API
 * answers on purpose (a wrong password, a forbidden change, bad input) reach the client
 * with their code and are not logged as failures; anything else is logged there once, with
 * its stack, and hidden from the client. Nest's own handler would log it a second time.
 * Elsewhere (/health), Nest's default handling applies.
 */
@Catch()
export class ErrorsFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
