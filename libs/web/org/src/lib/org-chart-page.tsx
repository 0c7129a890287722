import { Anchor, Badge, Button, Card, Collapse, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@guildhall/web-ui';
import { OrgLink } from './person-link';
import { TrioSeats } from './trio';
import { WarningBadges, useOrgWarnings, warningsBySubject } from './warnings';

const OrgChartPageQuery = graphql(`
  query OrgChartPage {
    tribes {
      id
      slug
      name
      mission
      memberCount
      trio {
        complete
        tribeLead {
          id
          displayName
        }
        productLead {
          id
          displayName
        }
        designLead {
          id
          displayName
        }
      }
      squads {
        id
        slug
        name
        memberCount
        framework
      }
      chapters {
        id
        slug
        name
        discipline
        memberCount
        lead {
          id
          displayName
        }
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
            <Button component={Link} to="/org/health" variant="default">
              Org health
            </Button>
            {viewer?.role === 'ADMIN' && (
              <Button component={Link} to="/admin/org">
                Manage structure
              </Button>
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
                <Button component={Link} to="/admin/org">
                  Create a tribe
                </Button>
                <Button component={Link} to="/admin/import" variant="default">
                  Import from Backstage
                </Button>
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
          {visible.map(({ tribe, squads, chapters }) => {
            const open = isOpen(tribe.id);
            const panelId = `tribe-panel-${tribe.id}`;
            return (
              <Paper key={tribe.id} withBorder radius="md" p="md" component="section" aria-labelledby={`tribe-title-${tribe.id}`}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Title order={2} size="h3" id={`tribe-title-${tribe.id}`}>
                      <OrgLink kind="tribes" slug={tribe.slug} name={tribe.name} />
                    </Title>
                    <Group gap="xs">
                      <Text size="sm" c="dimmed">
                        Tribe · {tribe.memberCount} {tribe.memberCount === 1 ? 'person' : 'people'} · {tribe.squads.length} squads · {tribe.chapters.length} chapters
                      </Text>
                      <WarningBadges warnings={warnings.get(tribe.id)} />
                    </Group>
                  </Stack>
                  <UnstyledButton
                    onClick={() => setToggled((t) => ({ ...t, [tribe.id]: !open }))}
                    aria-expanded={open}
                    aria-controls={panelId}
                    aria-label={`${open ? 'Hide' : 'Show'} ${tribe.name}`}
                    disabled={!!needle}
                    px="xs"
                    fz="sm"
                    c="indigo.7"
                  >
                    {open ? 'Hide' : 'Show'}
                  </UnstyledButton>
                </Group>
                <Collapse expanded={open} id={panelId}>
                  <Stack mt="sm" gap="sm">
                    <TrioSeats trio={tribe.trio} />
                    <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                      Squads
                    </Text>
                    {squads.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        No squads yet.
                      </Text>
                    ) : (
                      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
                        {squads.map((s) => (
                          <Card key={s.id} withBorder padding="xs" radius="sm">
                            <Text fw={600} size="sm">
                              <OrgLink kind="squads" slug={s.slug} name={s.name} />
                            </Text>
                            <Group gap={6}>
                              <Text size="xs" c="dimmed">
                                {s.memberCount} {s.memberCount === 1 ? 'member' : 'members'} · {s.framework.toLowerCase()}
                              </Text>
                              <WarningBadges warnings={warnings.get(s.id)} />
                            </Group>
                          </Card>
                        ))}
                      </SimpleGrid>
                    )}
                    <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                      Chapters
                    </Text>
                    {chapters.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        No chapters yet.
                      </Text>
                    ) : (
                      <Group gap="xs">
                        {chapters.map((c) => (
                          <Badge
                            key={c.id}
                            variant="outline"
                            size="lg"
                            radius="sm"
                            tt="none"
                            styles={{ label: { display: 'flex', gap: 6, alignItems: 'center' } }}
                          >
                            <Anchor component={Link} to={`/chapters/${c.slug}`} size="sm">
                              {c.name}
                            </Anchor>
                            <Text span size="xs" c="dimmed">
                              {c.memberCount}
                            </Text>
                            <WarningBadges warnings={warnings.get(c.id)} />
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Stack>
                </Collapse>
              </Paper>
            );
          })}
        </Stack>
      )}
    </>
  );
}
