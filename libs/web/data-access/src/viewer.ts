import { useQuery } from '@apollo/client/react';
import { graphql } from './generated';
import type { AppShellQuery } from './generated/graphql';

/** Who is signed in; the shell asks once on load and every page reads it from the cache. */
export const AppShellDocument = graphql(`
  query AppShell {
    me {
      id
      displayName
      email
      discipline
      bio
      role
    }
  }
`);

export type Viewer = NonNullable<AppShellQuery['me']>;

export function useViewer() {
  const { data, loading, error, refetch } = useQuery(AppShellDocument);
  return { viewer: data?.me ?? null, loading: loading && !data, error, refetch };
}
