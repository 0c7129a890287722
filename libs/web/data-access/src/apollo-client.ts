import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The session lives in the httpOnly `gh_session` cookie the API sets, so the client
 * never sees or stores a token: it only sends same-origin credentials. HttpLink POSTs
 * JSON, which is what the API's CSRF prevention expects.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            users: relayStylePagination(['search']),
            guilds: relayStylePagination(['search']),
            feed: relayStylePagination(),
            search: relayStylePagination(['query']),
          },
        },
        Guild: {
          fields: {
            posts: relayStylePagination(['tag', 'kind', 'unanswered']),
          },
        },
      },
    }),
  });
}
