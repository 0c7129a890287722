import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { formatError } from '../errors/format-error';
import type { FairShare } from './fair-share';
import { queryCostPlugin } from './query-limits.plugin';
import { documentLimitRules, DOCUMENT_LIMITS } from './request-limits';
import { withReadAlongFields } from './read-along';
import { GqlContext } from './request-context';
import { sqlStatsPlugin } from './sql-stats.plugin';

/** One place for how GraphQL is served: schema built from code, limits, errors, per-request context. */
export function graphqlOptions(config: AppConfig, fairShare: FairShare): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Clients build from the committed schema file, so production shows attackers no map of the API.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production, // no "Did you mean …" suggestions
    // No landing page anywhere (Nest then installs Apollo's disabled one): the web app is at /.
    playground: false,
    plugins: [
      queryCostPlugin(config.maxQueryCost),
      ...(config.exposeSqlStats ? [sqlStatsPlugin()] : []),
      // No @cacheControl hints here: Apollo's cache-control plugin would wrap every field's resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Apollo's CSRF prevention refuses simple (cross-site capable) requests; it stays on.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    // Every request's size is bounded before work grows with it: tokens while parsing, then the
    // selections counted with each fragment once; setting maxRecursiveSelections also makes Apollo
    // run our rules only once graphql-js's own have passed (a fragment cycle is refused first).
    parseOptions: { maxTokens: DOCUMENT_LIMITS.tokens },
    maxRecursiveSelections: DOCUMENT_LIMITS.selections,
    validationRules: documentLimitRules(config.maxQueryDepth),
    transformSchema: (schema) => fairShare.inTurns(withReadAlongFields(schema)),
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({ req, res, loaders: new Map() }),
  };
}
