import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
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

/** Verdicts remembered per (document, operation, variables); past this many the oldest go first. */
const VERDICT_CACHE_ENTRIES = 2_000;
/** Only requests this small are remembered (their variables are part of the key): an import's megabytes are not. */
const VERDICT_KEY_MAX_BODY = 4_000;

/**
 * Refuses operations whose estimated cost exceeds the limit, before any resolver runs. The same
 * document with the same variables always costs the same, so the verdict is computed once and
 * remembered (walking the document took ~2% of a feed request's CPU).
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const verdicts = new Map<string, number>();
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document, queryHash }) {
          const bodySize = Number(request.http?.headers.get('content-length') ?? Infinity);
          const key = bodySize <= VERDICT_KEY_MAX_BODY ? `${queryHash}\n${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}` : undefined;
          let cost = key === undefined ? undefined : verdicts.get(key);
          if (cost === undefined) {
            cost = estimate(schema, document, request.operationName, request.variables);
            if (key !== undefined) {
              if (verdicts.size >= VERDICT_CACHE_ENTRIES) verdicts.delete(verdicts.keys().next().value!);
              verdicts.set(key, cost);
            }
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

function estimate(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
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
}
