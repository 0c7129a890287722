import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { OrgChartTribe } from './org-chart-tribe';
import { useOrgWarnings, warningsBySubject } from './warnings';

const OrgChartPageQuery = graphql(`
  query OrgChartPage {
    tribes {
      id
      name
      mission
      ...OrgChartTribe_tribe
      squads {
        id
        name
        ...OrgChartSquad_squad
      }
      chapters {
        id
        name
        discipline
        ...OrgChartChapter_chapter
      }
    }
  }
`);

/** Above this many tribes the chart starts folded, so 50 tribes stay scannable. */
const EXPAND_UP_TO = 6;

export function OrgChartPage() {
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(OrgChartPageQuery);
  const orgWarnings = useOrgWarnings();
  const [filter, setFilter] = useState('');
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const warnings = useMemo(() => warningsBySubject(orgWarnings), [orgWarnings]);

  const tribes = useMemo(() => data?.tribes ?? [], [data]);
  const needle = filter.trim().toLowerCase();
  const visible = useMemo(() => {
    if (!needle) return tribes.map((t) => ({ tribe: t, squads: t.squads, chapters: t.chapters, matched: false }));
    const has = (s: string | null | undefined) => !!s && s.toLowerCase().includes(needle);
    return tribes
      .map((t) => {
        const tribeHit = has(t.name) || has(t.mission);
        const squads = tribeHit ? t.squads : t.squads.filter((s) => has(s.name));
        const chapters = tribeHit ? t.chapters : t.chapters.filter((c) => has(c.name) || has(c.discipline));
        return { tribe: t, squads, chapters, matched: tribeHit || squads.length > 0 || chapters.length > 0 };
      })
      .filter((v) => v.matched);
  }, [tribes, needle]);

  const defaultOpen = tribes.length <= EXPAND_UP_TO;
  const isOpen = (id: string) => (needle ? true : (toggled[id] ?? defaultOpen));
  const setAll = (open: boolean) => setToggled(Object.fromEntries(tribes.map((t) => [t.id, open])));

  return (
    <>
      <PageHeader
        title="Org chart"
        description="Tribes with their trios, squads and chapters. Badges mark where the structure drifts from the model."
        actions={
          <>
            <LinkButton to="/org/health" variant="default">Org health</LinkButton>
            {viewer?.role === 'ADMIN' && (
              <LinkButton to="/admin/org">Manage structure</LinkButton>
            )}
          </>
        }
      />
      {loading && !data && <LoadingState label="Loading the org chart…" />}
      {error && !data && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {data && tribes.length === 0 && (
        <EmptyState
          title="No tribes yet"
          actions={
            viewer?.role === 'ADMIN' ? (
              <>
                <LinkButton to="/admin/org">Create a tribe</LinkButton>
                <LinkButton to="/admin/import" variant="default">Import from Backstage</LinkButton>
              </>
            ) : undefined
          }
        >
          {viewer?.role === 'ADMIN' ? 'Create the first tribe, or import your organisation from a Backstage catalog.' : 'An admin has not set up the organisation yet. Ask them to create tribes and squads.'}
        </EmptyState>
      )}
      {tribes.length > 0 && (
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Filter tribes, squads and chapters"
              placeholder="e.g. Payments, iOS"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              style={{ flex: '1 1 16rem' }}
            />
            <Group gap="xs">
              <Button variant="default" onClick={() => setAll(true)} disabled={!!needle}>
                Expand all
              </Button>
              <Button variant="default" onClick={() => setAll(false)} disabled={!!needle}>
                Collapse all
              </Button>
            </Group>
          </Group>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {needle ? `${visible.length} of ${tribes.length} tribes match` : `${tribes.length} ${tribes.length === 1 ? 'tribe' : 'tribes'}`}
          </Text>
          {visible.length === 0 && (
            <EmptyState
              title={`Nothing matches “${filter.trim()}”`}
              actions={
                <Button variant="default" onClick={() => setFilter('')}>
                  Clear filter
                </Button>
              }
            >
              Try part of a tribe, squad or chapter name, or a discipline.
            </EmptyState>
          )}
          {visible.map(({ tribe, squads, chapters }) => (
            <OrgChartTribe
              key={tribe.id}
              tribe={tribe}
              squads={squads}
              chapters={chapters}
              open={isOpen(tribe.id)}
              onToggle={() => setToggled((t) => ({ ...t, [tribe.id]: !isOpen(tribe.id) }))}
              toggleDisabled={!!needle}
              warningsOf={(id) => warnings.get(id)}
            />
          ))}
        </Stack>
      )}
    </>
  );
}
