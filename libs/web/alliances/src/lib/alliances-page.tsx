import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { errorMessage, graphql, useUrlFilters } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { AllianceListItem } from './alliance-list-item';
import { ALLIANCE_STATUS_INFO, ALLIANCE_STATUSES, plural, type AllianceStatusName } from './labels';

const AlliancesPageQuery = graphql(`
  query AlliancesPage($status: AllianceStatus) {
    viewerCanFormAlliance
    alliances(status: $status) {
      id
      status
      ...AllianceListItem_alliance
    }
  }
`);

/**
 * /alliances: every alliance, grouped by status (active first), or those of one status chosen in
 * the address (?status=ACTIVE).
 */
export function AlliancesPage() {
  const { params, setFilter, clearFilters } = useUrlFilters();
  const statusParam = params.get('status') ?? '';
  const status = (ALLIANCE_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as AllianceStatusName) : null;
  const { data, loading, error, refetch } = useQuery(AlliancesPageQuery, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const alliances = data?.alliances;
  const canCreate = !!data?.viewerCanFormAlliance;
  const groups = ALLIANCE_STATUSES.map((s) => ({ status: s, items: (alliances ?? []).filter((a) => a.status === s) })).filter((g) => g.items.length > 0);
  const newButton = canCreate ? <LinkButton to="/new-alliance">New alliance</LinkButton> : null;

  return (
    <>
      <PageHeader
        title="Alliances"
        description="Trios of several tribes working towards a goal bigger than any one tribe: shared criteria, objectives and key results, milestones and decisions, in the open."
        actions={newButton}
      />
      <Paper withBorder p="sm" mb="md" component="form" role="search" aria-label="Filter alliances" onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label="Status"
            value={status ?? ''}
            onChange={(e) => setFilter('status', e.currentTarget.value || null)}
            data={[{ value: '', label: 'Any status' }, ...ALLIANCE_STATUSES.map((s) => ({ value: s, label: ALLIANCE_STATUS_INFO[s].label }))]}
            style={{ flex: '0 1 14rem' }}
          />
          {status && (
            <Button variant="subtle" onClick={clearFilters}>
              Clear filter
            </Button>
          )}
        </Group>
      </Paper>
      {loading && !alliances && <LoadingState label="Loading alliances…" />}
      {error && !alliances && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {alliances && (
        <Text size="sm" c="dimmed" mb="xs" role="status">
          {status ? `${plural(alliances.length, `${ALLIANCE_STATUS_INFO[status].label.toLowerCase()} alliance`)}` : plural(alliances.length, 'alliance')}
        </Text>
      )}
      {alliances && alliances.length === 0 && (
        <EmptyState
          title={status ? `No ${ALLIANCE_STATUS_INFO[status].label.toLowerCase()} alliances` : 'No alliances yet'}
          actions={status ? <Button onClick={clearFilters}>Show every alliance</Button> : canCreate ? <LinkButton to="/new-alliance">Plan the first alliance</LinkButton> : undefined}
        >
          {status ? 'Try another status.' : 'When the trios of two or more tribes plan a goal together, their alliance appears here.'}
        </EmptyState>
      )}
      <Stack gap="lg">
        {groups.map((g) => (
          <Stack key={g.status} component="section" gap="xs" aria-labelledby={`alliances-${g.status}`}>
            <Title order={2} size="h4" id={`alliances-${g.status}`}>
              {ALLIANCE_STATUS_INFO[g.status].label} ({g.items.length})
            </Title>
            <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`${ALLIANCE_STATUS_INFO[g.status].label} alliances`}>
              {g.items.map((a) => (
                <AllianceListItem key={a.id} alliance={a} />
              ))}
            </Stack>
          </Stack>
        ))}
      </Stack>
    </>
  );
}
