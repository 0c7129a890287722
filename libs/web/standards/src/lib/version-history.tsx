import { Anchor, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { ErrorState, LoadingState } from '@guildhall/web-ui';
import { DiffView } from './diff-view';
import { formatDate } from './labels';

export const VersionHistory_standard = graphql(`
  fragment VersionHistory_standard on Standard {
    id
    versions {
      number
      changeNote
      publishedAt
      publishedBy {
        id
        displayName
      }
    }
  }
`);

const StandardDiffQuery = graphql(`
  query StandardDiff($standardId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    standardDiff(standardId: $standardId, fromVersion: $fromVersion, toVersion: $toVersion)
  }
`);

/** Published versions, newest first, and the changes between any two of them. */
export function VersionHistory(props: { standard: FragmentType<typeof VersionHistory_standard> }) {
  const standard = getFragmentData(VersionHistory_standard, props.standard);
  const versions = standard.versions;
  const newest = versions[0]?.number ?? 0;
  // Until the reader picks, the newest version against the one before it (also after a new one is published).
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const from = picked.from ?? Math.max(newest - 1, 1);
  const to = picked.to ?? newest;
  const setFrom = (n: number) => setPicked((p) => ({ ...p, from: n, to: p.to ?? to }));
  const setTo = (n: number) => setPicked((p) => ({ ...p, to: n, from: p.from ?? from }));
  if (versions.length === 0) {
    return (
      <section aria-labelledby="versions-heading">
        <Title order={2} size="h4" id="versions-heading">
          Version history
        </Title>
        <Text c="dimmed">Not published yet: the first version is made when the draft is published.</Text>
      </section>
    );
  }
  const options = versions.map((v) => ({ value: String(v.number), label: `Version ${v.number} (${formatDate(v.publishedAt)})` }));
  return (
    <Stack component="section" aria-labelledby="versions-heading" gap="sm">
      <Title order={2} size="h4" id="versions-heading">
        Version history
      </Title>
      <Stack component="ol" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Versions, newest first">
        {versions.map((v) => (
          <Text component="li" key={v.number} size="sm">
            <Text span fw={600}>
              Version {v.number}
            </Text>{' '}
            · {formatDate(v.publishedAt)} by{' '}
            <Anchor component={Link} to={`/people/${v.publishedBy.id}`} size="sm">
              {v.publishedBy.displayName}
            </Anchor>
            {v.changeNote ? ` · ${v.changeNote}` : ''}
          </Text>
        ))}
      </Stack>
      {versions.length > 1 && (
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <NativeSelect label="Compare" value={String(from)} onChange={(e) => setFrom(Number(e.currentTarget.value))} data={options} style={{ flex: '1 1 12rem' }} />
              <NativeSelect label="with" value={String(to)} onChange={(e) => setTo(Number(e.currentTarget.value))} data={options} style={{ flex: '1 1 12rem' }} />
            </Group>
            <VersionDiff standardId={standard.id} from={from} to={to} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function VersionDiff({ standardId, from, to }: { standardId: string; from: number; to: number }) {
  const { data, loading, error, refetch } = useQuery(StandardDiffQuery, { variables: { standardId, fromVersion: from, toVersion: to }, skip: from === to });
  if (from === to) return <Text c="dimmed">Choose two different versions to see what changed.</Text>;
  if (loading && !data) return <LoadingState label="Loading the changes…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  return <DiffView unified={data?.standardDiff ?? ''} from={`version ${from}`} to={`version ${to}`} />;
}
