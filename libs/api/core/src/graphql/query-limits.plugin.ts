import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/cursor';
import { DOCUMENT_LIMITS } from './request-limits';

/**
 * What one database query costs on top of the rows it returns. Every root field (a lookup such
 * as `guild(slug)` as much as `search`) and every list field with `first` runs its own query,
 * so each pays it: a few hundred of them in one request exceed MAX_QUERY_COST.
 */
export const QUERY_CHARGE = 100;

/**
 * A field costs 1 plus its children; a list with `first` costs its page size times each item;
 * a field that runs its own query adds QUERY_CHARGE.
 */
const fieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const paged = field.args.some((a) => a.name === 'first');
  const isRoot = type.name === 'Query' || type.name === 'Mutation';
  const own = paged ? 1 + pageSize(args['first']) * Math.max(childComplexity, 1) : 1 + childComplexity;
  return own + (paged || isRoot ? QUERY_CHARGE : 0);
};

function pageSize(first: unknown): number {
  return typeof first === 'number' ? Math.min(Math.max(first, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/** Refuses operations whose estimated cost exceeds the limit, before any resolver runs. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldCost],
              maxQueryNodes: DOCUMENT_LIMITS.selections * 2,
            });
          } catch (e) {
            // Variable values that do not fit their types (e.g. an Int beyond 32 bits) are the
            // client's mistake; execution would refuse them the same way.
            throw new GraphQLError(e instanceof Error ? e.message : String(e), {
              extensions: { code: /^Variable "\$/.test(String((e as Error)?.message)) ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query is too expensive (cost ${cost}, limit ${maxCost}). Ask for fewer items, fields or top-level queries per request.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
