import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { AppShellDocument } from './viewer';

/** Operations where UNAUTHENTICATED means "wrong credentials", not "your session ended". */
const SIGN_IN_OPERATIONS = new Set(['SignInPage', 'SignUpPage', 'AppShellSignOut']);

/**
 * The session lives in the httpOnly `gh_session` cookie the API sets, so the client
 * never sees or stores a token: it only sends same-origin credentials. HttpLink POSTs
 * JSON, which is what the API's CSRF prevention expects.
 */
export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          users: relayStylePagination(['search']),
          guilds: relayStylePagination(['search']),
          feed: relayStylePagination(),
          search: relayStylePagination(['query']),
          auditLog: relayStylePagination(['action', 'subjectType', 'subjectId', 'actorId']),
          standards: relayStylePagination(['chapterId', 'status']),
        },
      },
      Guild: {
        fields: {
          posts: relayStylePagination(['tag', 'kind', 'unanswered']),
        },
      },
      // A standard's parts without ids: pages select different fields of them, so merge, never drop.
      StandardVersion: { merge: true },
      AdoptionSummary: { merge: true },
    },
  });
  // A session that expires (or is revoked elsewhere) mid-visit: forget the viewer, and the
  // shell sends the person to sign in, coming back to where they were.
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: AppShellDocument, data: { me: null } });
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionEnded, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache,
  });
}
