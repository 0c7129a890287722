import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * The size limits every GraphQL document must fit before any work grows with it. The web app's
 * largest operation uses a small fraction of each; the cost limit (query-limits.plugin.ts) and
 * depth (MAX_QUERY_DEPTH) are settings because deployments tune them.
 */
export const DOCUMENT_LIMITS = {
  /** Characters of the query text (variables are not counted: an org import sends megabytes of YAML in one). */
  characters: 20_000,
  /** Lexical tokens, counted by graphql-js while parsing, so parsing stops at the limit. */
  tokens: 3_000,
  /** Fields and fragments after expanding every fragment spread (Apollo's own memoised count). */
  selections: 5_000,
  aliases: 30,
  directives: 50,
};

export const QUERY_TOO_LARGE = 'GRAPHQL_VALIDATION_FAILED';

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_LARGE, http: { status: 400 } } });
}

/**
 * GraphQL Armor's depth, alias and directive rules. Each visits every fragment once (memoised),
 * so fragments spreading each other cost linear time. They report through the validation
 * context instead of throwing, which would end the request as a server fault. Apollo runs them
 * only after the specified rules pass (see `maxRecursiveSelections` in graphql-options.ts), so a
 * fragment cycle is refused by graphql-js's NoFragmentCyclesRule before they run.
 */
export function documentLimitRules(maxDepth: number): ValidationRule[] {
  const report = (message: string) => ({
    exposeLimits: false,
    errorMessage: message,
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null) => ctx?.reportError(limitError(message))],
  });
  return [
    // Armor counts root fields as depth 1; MAX_QUERY_DEPTH has always counted them as 0.
    maxDepthRule({ n: maxDepth + 1, ...report(`This query nests fields more than ${maxDepth} levels deep (depth limit). Ask for less nesting.`) }),
    maxAliasesRule({
      n: DOCUMENT_LIMITS.aliases,
      ...report(`This query uses more than ${DOCUMENT_LIMITS.aliases} aliases. Split it into several requests.`),
    }),
    maxDirectivesRule({
      n: DOCUMENT_LIMITS.directives,
      ...report(`This query uses more than ${DOCUMENT_LIMITS.directives} directives. Split it into several requests.`),
    }),
  ] as unknown as ValidationRule[];
}

/** graphql-js's token limit aborts parsing with this message (sic: "more that"); the error formatter restates it. */
export const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;
export const tooManyTokens = () =>
  `This query has more than ${DOCUMENT_LIMITS.tokens} tokens (names, punctuation and values). Split it into several requests.`;

/**
 * Express middleware on /graphql: refuses a query text longer than the limit before Apollo reads
 * it (Apollo cannot refuse a request from its plugins before parsing without answering 500).
 */
export function documentLengthLimit() {
  return (req: Request, res: Response, next: NextFunction) => {
    const query = req.method === 'GET' ? req.query?.['query'] : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && query.length > DOCUMENT_LIMITS.characters) {
      const message = `This query is ${query.length} characters long; the limit is ${DOCUMENT_LIMITS.characters}. Split it into several requests.`;
      res.status(400).json({ errors: [{ message, extensions: { code: QUERY_TOO_LARGE } }] });
      return;
    }
    next();
  };
}
