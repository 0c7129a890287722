import { Group, Progress, Stack, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const ImportProgressBar_progress = graphql(`
  fragment ImportProgressBar_progress on ImportProgress {
    phase
    done
    total
    finished
  }
`);

const ProgressQuery = graphql(`
  query ImportPageProgress($id: ID!) {
    importProgress(id: $id) {
      ...ImportProgressBar_progress
    }
  }
`);

/** How often a running import's progress is read. */
const POLL_MS = 300;

/**
 * Reads importProgress every 300 ms (one request at a time) while the import runs, then once more
 * for how it ended. The readings live here, so they re-render the bar only, not a large catalog.
 */
export function ImportProgressBar({ progressId, running }: { progressId: string; running: boolean }) {
  const client = useApolloClient();
  const [reading, setReading] = useState<FragmentType<typeof ImportProgressBar_progress>>();
  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function read() {
      try {
        const { data } = await client.query({ query: ProgressQuery, variables: { id: progressId }, fetchPolicy: 'no-cache' });
        if (active && data?.importProgress) setReading(data.importProgress);
      } catch {
        // Progress is a nicety: the import's own answer says how it went.
      }
      if (active && running) timer = setTimeout(() => void read(), POLL_MS);
    }
    if (running) timer = setTimeout(() => void read(), POLL_MS);
    else void read();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [client, progressId, running]);

  const progress = getFragmentData(ImportProgressBar_progress, reading);
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : progress.finished ? 100 : 0;
  const counts = `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {progress.phase}
        </Text>
        <Text size="sm" c="dimmed">
          {counts}
        </Text>
      </Group>
      <Progress.Root size="lg">
        <Progress.Section
          value={percent}
          animated={!progress.finished}
          withAria={false}
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${progress.phase}: ${counts}`}
        />
      </Progress.Root>
    </Stack>
  );
}
