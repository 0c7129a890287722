import { Anchor, Button, Center, Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@guildhall/web-ui';

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
          occurredAt
          actorId
          actorName
          action
          subjectType
          subjectId
          subjectLabel
          before
          after
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** What each recorded action means, in words; the filter offers these. */
const ACTION_LABELS: Record<string, string> = {
  'user.role.changed': 'Role changed',
  'user.invited': 'Invitation created',
  'org.imported': 'Organisation imported',
  'tribe.created': 'Tribe created',
  'tribe.updated': 'Tribe changed',
  'tribe.trio.changed': 'Trio changed',
  'squad.created': 'Squad created',
  'squad.updated': 'Squad changed',
  'squad.member.added': 'Added to a squad',
  'squad.member.moved': 'Moved to another squad',
  'squad.member.removed': 'Removed from a squad',
  'chapter.created': 'Chapter created',
  'chapter.lead.changed': 'Chapter lead changed',
  'chapter.member.added': 'Added to a chapter',
  'chapter.member.moved': 'Moved to another chapter',
  'chapter.member.removed': 'Removed from a chapter',
  'guild.created': 'Guild created',
  'post.pinned': 'Post pinned',
  'post.unpinned': 'Post unpinned',
  'post.locked': 'Post locked',
  'post.unlocked': 'Post unlocked',
  'post.deleted': 'Post deleted by a moderator',
  'comment.deleted': 'Comment deleted by a moderator',
};

const SUBJECT_TYPES = ['user', 'organisation', 'tribe', 'squad', 'chapter', 'guild', 'post', 'comment'];

type Entry = {
  id: string;
  occurredAt: string;
  actorId: string;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  subjectLabel: string;
  before?: string | null;
  after?: string | null;
};

/** Admins only: every privileged action, newest first, filterable by action and subject; filters live in the URL. */
export function AuditLogPage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
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

  function setFilter(key: 'action' | 'subject', value: string | null) {
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  }

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
        <Button component={Link} to="/admin/org" variant="default">
          Manage structure
        </Button>
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
                  <Button variant="default" onClick={() => setParams({}, { replace: true })}>
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

function AuditRow({ entry }: { entry: Entry }) {
  const to = subjectPath(entry);
  return (
    <Table.Tr>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Text size="sm" fw={600}>
          {ACTION_LABELS[entry.action] ?? entry.action}
        </Text>
        <Text size="sm">
          {capitalise(entry.subjectType)}:{' '}
          {to ? (
            <Anchor component={Link} to={to} inherit>
              {entry.subjectLabel}
            </Anchor>
          ) : (
            entry.subjectLabel
          )}
        </Text>
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Anchor component={Link} to={`/people/${entry.actorId}`} size="sm">
          {entry.actorName || 'Someone'}
        </Anchor>
        <Text size="xs" c="dimmed">
          <time dateTime={entry.occurredAt}>{new Date(entry.occurredAt).toLocaleString()}</time>
        </Text>
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Changes before={entry.before} after={entry.after} />
      </Table.Td>
    </Table.Tr>
  );
}

/** before → after, one line per changed field. */
function Changes({ before, after }: { before?: string | null; after?: string | null }) {
  const old = parse(before);
  const next = parse(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  if (!keys.length) return <Text size="sm">—</Text>;
  return (
    <Stack gap={2}>
      {keys.map((key) => (
        <Text size="xs" key={key}>
          {key}: {key in old && <Code>{show(old[key])}</Code>}
          {key in old && key in next && ' → '}
          {key in next && <Code>{show(next[key])}</Code>}
        </Text>
      ))}
    </Stack>
  );
}

function parse(json?: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value = JSON.parse(json);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function subjectPath(entry: Entry): string | null {
  if (!entry.subjectId) return null;
  if (entry.subjectType === 'user') return `/people/${entry.subjectId}`;
  if (entry.subjectType === 'post' && !entry.action.endsWith('deleted')) return `/posts/${entry.subjectId}`;
  return null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
