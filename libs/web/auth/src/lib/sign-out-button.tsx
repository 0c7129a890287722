import { Button } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AppShellDocument, errorMessage, graphql } from '@guildhall/web-data-access';

const AppShellSignOutMutation = graphql(`
  mutation AppShellSignOut {
    signOut
  }
`);

export function SignOutButton({ onDone }: { onDone?: () => void }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(AppShellSignOutMutation);
  const [error, setError] = useState<string>();

  async function onClick() {
    setError(undefined);
    try {
      await signOut();
    } catch (err) {
      setError(errorMessage(err));
      return;
    }
    // Forget everything the previous person could see before anyone else uses this tab.
    await client.clearStore();
    client.writeQuery({ query: AppShellDocument, data: { me: null } });
    onDone?.();
    navigate('/sign-in', { replace: true });
  }

  return (
    <>
      <Button variant="default" fullWidth onClick={() => void onClick()} loading={loading}>
        Sign out
      </Button>
      {error && (
        <div role="alert" style={{ color: 'var(--mantine-color-red-7)', fontSize: 'var(--mantine-font-size-sm)' }}>
          {error}
        </div>
      )}
    </>
  );
}
