import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { hasErrorCode } from '@guildhall/web-data-access';

/**
 * Saves that carry the alliance's revision: when someone else saved first (CONFLICT), the page is
 * reloaded with their changes and `conflicted` is set, so the form can tell the person instead of
 * overwriting what the other person did. Any other error is thrown on, to the form's problems.
 */
export function useRevisionedSave() {
  const client = useApolloClient();
  const [conflicted, setConflicted] = useState(false);
  const guard = useCallback(
    (send: () => Promise<unknown>) => async () => {
      setConflicted(false);
      try {
        await send();
      } catch (err) {
        if (!hasErrorCode(err, 'CONFLICT')) throw err;
        await client.refetchQueries({ include: ['AlliancePage'] });
        setConflicted(true);
        throw new Error('Someone else changed the alliance while you were working on it. The page now shows their version: look at it, then try again.');
      }
    },
    [client],
  );
  return { conflicted, guard, clear: () => setConflicted(false) };
}
