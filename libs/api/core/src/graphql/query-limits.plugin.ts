import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/cursor';

/** A list field costs its page size times what each item costs. */
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!args || !('first' in args)) return undefined;
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return 1 + first * Math.max(childComplexity, 1);
};

/** Refuses operations whose estimated cost exceeds the limit, before any resolver runs. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`This query is too expensive (cost ${cost}, limit ${maxCost}). Ask for fewer items or fields.`, {
              extensions: { code: 'BAD_USER_INPUT', cost, maxCost },
            });
          }
        },
      };
    },
  };
}
