import { Button, Center, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, graphql, useUrlFilters, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { AuditRow } from './audit-row';
import { ACTION_LABELS, SUBJECT_TYPES, capitalise } from './audit-vocabulary';

const AuditLogPageQuery = graphql(`
  query AuditLogPage($first: Int, $after: String, $action: String, $subjectType: String) {
    auditLog(first: $first, after: $after, action: $action, subjectType: $subjectType) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuditRow_entry
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** Admins only: every privileged action, newest first, filterable by action and subject; filters live in the URL. */
export function AuditLogPage() {
  const { viewer } = useViewer();
  const { params, setFilter, clearFilters } = useUrlFilters();
  const action = params.get('action') || null;
  const subjectType = params.get('subject') || null;
  const isAdmin = viewer?.role === 'ADMIN';
  const { data, loading, error, fetchMore, refetch } = useQuery(AuditLogPageQuery, {
    variables: { first: PAGE_SIZE, action, subjectType },
    skip: !isAdmin,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const log = data?.auditLog;


  async function loadMore() {
    if (!log?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: log.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  const header = (
    <PageHeader
      title="Audit log"
      description="Privileged actions: role changes, structure changes, imports, invitations and moderation. Who acted, on what, when, and the values before and after."
      actions={
        <LinkButton to="/admin/org" variant="default">Manage structure</LinkButton>
      }
    />
  );
  if (!viewer) return header;
  if (!isAdmin) {
    return (
      <>
        {header}
        <ErrorState title="Admins only" message="Only admins can read the audit log." />
      </>
    );
  }
  return (
    <>
      {header}
      <Group mb="md" align="flex-end" wrap="wrap">
        <Select
          label="Action"
          placeholder="All actions"
          clearable
          data={Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          value={action}
          onChange={(value) => setFilter('action', value)}
          w={{ base: '100%', xs: 260 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Subject"
          placeholder="All subjects"
          clearable
          data={SUBJECT_TYPES.map((t) => ({ value: t, label: capitalise(t) }))}
          value={subjectType}
          onChange={(value) => setFilter('subject', value)}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      {error && !log && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {!log && loading && <LoadingState label="Loading the audit log…" />}
      {log && (
        <Stack>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {log.totalCount === 1 ? '1 entry' : `${log.totalCount} entries`}
            {action || subjectType ? ' matching the filters' : ''}
          </Text>
          {log.edges.length === 0 ? (
            <EmptyState
              title={action || subjectType ? 'No entries match' : 'Nothing recorded yet'}
              actions={
                action || subjectType ? (
                  <Button variant="default" onClick={clearFilters}>
                    Clear filters
                  </Button>
                ) : undefined
              }
            >
              {action || subjectType
                ? 'Choose another action or subject, or clear the filters.'
                : 'Role changes, structure changes, imports, invitations and moderation appear here as they happen.'}
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={340}>
              <Table striped verticalSpacing="xs" layout="fixed">
                <Table.Caption>Privileged actions, newest first</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>What</Table.Th>
                    <Table.Th>Who and when</Table.Th>
                    <Table.Th>Change</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.edges.map(({ node }) => (
                    <AuditRow key={node.id} entry={node} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {error && <ErrorState message={errorMessage(error)} />}
          {log.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                Load older entries
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </>
  );
}
