import { useApolloClient } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { AppShellDocument, type FragmentType, type ViewerFragmentDoc } from '@guildhall/web-data-access';
import { safeNextPath } from './next-path';

/** After sign-in or sign-up: start from a clean cache that knows the new viewer, then go on. */
export function useSignInComplete() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return async (user: FragmentType<typeof ViewerFragmentDoc>) => {
    await client.clearStore();
    client.writeQuery({ query: AppShellDocument, data: { me: user } });
    navigate(safeNextPath(params.get('next')), { replace: true });
  };
}
