import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from './generated';
import type { ViewerFragment } from './generated/graphql';

/** What every page knows about the signed-in person; sign-in and sign-up answer with it too. */
export const ViewerFragmentDoc = graphql(`
  fragment Viewer on User {
    id
    displayName
    email
    discipline
    bio
    role
  }
`);

/** Who is signed in; the shell asks once on load and every page reads it from the cache. */
export const AppShellDocument = graphql(`
  query AppShell {
    me {
      ...Viewer
    }
  }
`);

export type Viewer = ViewerFragment;

export function useViewer() {
  const { data, loading, error, refetch } = useQuery(AppShellDocument);
  return { viewer: getFragmentData(ViewerFragmentDoc, data?.me) ?? null, loading: loading && !data, error, refetch };
}
