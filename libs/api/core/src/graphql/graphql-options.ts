import { ApolloDriverConfig } from '@nestjs/apollo';
import depthLimit from 'graphql-depth-limit';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { formatError } from '../errors/format-error';
import { queryCostPlugin } from './query-limits.plugin';
import { GqlContext } from './request-context';
import { sqlStatsPlugin } from './sql-stats.plugin';

/** One place for how GraphQL is served: schema built from code, limits, errors, per-request context. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    // Apollo's CSRF prevention refuses simple (cross-site capable) requests; it stays on.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [depthLimit(config.maxQueryDepth)],
    plugins: [queryCostPlugin(config.maxQueryCost), ...(config.exposeSqlStats ? [sqlStatsPlugin()] : [])],
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({ req, res, loaders: new Map() }),
  };
}
