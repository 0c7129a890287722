import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DOCUMENT_LIMITS, TOKEN_LIMIT_MESSAGE, tooManyTokens } from '../graphql/request-limits';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../database/database-errors';

const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const logger = new Logger('GraphQL');

/** Known errors pass through with their code; anything else is logged with its stack and hidden. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = restateLimitRefusal(formatted);
  if (limit) return limit;
  const code = formatted.extensions?.code as string | undefined;
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  // Nest's own HTTP exceptions (e.g. from pipes) carry a status we can map.
  const status = (original as { getStatus?: () => number })?.getStatus?.();
  if (status === 400) return publicError(formatted, 'BAD_USER_INPUT', (original as Error).message);
  if (status === 401) return publicError(formatted, 'UNAUTHENTICATED', 'Sign in to continue.');
  if (status === 403) return publicError(formatted, 'FORBIDDEN', 'You do not have permission to do this.');
  if (isDatabaseUnavailable(original)) {
    warnDatabaseUnavailable(original as Error);
    return publicError(formatted, 'SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
  }
  logger.error((original as Error)?.stack ?? String(original));
  return publicError(formatted, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. It has been logged; please try again.');
}

let lastOutageWarning = 0;
let failedSinceWarning = 0;

/** An outage fails every request: one warning line every few seconds says so, without stacks. */
function warnDatabaseUnavailable(error: Error) {
  failedSinceWarning++;
  if (Date.now() - lastOutageWarning < 5_000) return;
  logger.warn(`Database unavailable (${error.message}); ${failedSinceWarning} request(s) answered SERVICE_UNAVAILABLE.`);
  lastOutageWarning = Date.now();
  failedSinceWarning = 0;
}

/** graphql-js and Apollo word their own size limits for developers; say what to do instead. */
function restateLimitRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return publicError(formatted, 'GRAPHQL_VALIDATION_FAILED', tooManyTokens());
  }
  if (formatted.extensions?.validationErrorCode === 'MAX_RECURSIVE_SELECTIONS_EXCEEDED') {
    const message = `This query asks for more than ${DOCUMENT_LIMITS.selections} fields once its fragments are expanded. Ask for fewer, or split it into several requests.`;
    return publicError(formatted, 'GRAPHQL_VALIDATION_FAILED', message);
  }
  return undefined;
}

function publicError(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

export function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof GraphQLError;
}
