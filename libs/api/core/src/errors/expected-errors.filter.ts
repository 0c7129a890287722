import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors the API answers on purpose (AppError and other GraphQLErrors: a wrong password, a
 * forbidden change, bad input) go back to the client as they are, without being logged as
 * failures. Anything else falls through to Nest's handler, which logs it with its stack, and
 * formatGraphQLError hides its details from the client.
 */
@Catch(GraphQLError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}
