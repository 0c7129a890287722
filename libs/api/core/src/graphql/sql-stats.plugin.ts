import type { ApolloServerPlugin } from '@apollo/server';
import { sqlStats } from '../database/sql-stats';

/** When EXPOSE_SQL_STATS is on (tests, benchmarks), responses carry `extensions.sqlStatements`. */
export function sqlStatsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const stats = sqlStats.getStore();
          if (stats && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: stats.statements };
          }
        },
      };
    },
  };
}
