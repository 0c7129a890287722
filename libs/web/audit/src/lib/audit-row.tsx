import { Anchor, Code, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { ACTION_LABELS, capitalise } from './audit-vocabulary';

export const AuditRow_entry = graphql(`
  fragment AuditRow_entry on AuditEntry {
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
`);

/** One entry: what happened to which subject, who did it and when, and the values before and after. */
export function AuditRow(props: { entry: FragmentType<typeof AuditRow_entry> }) {
  const entry = getFragmentData(AuditRow_entry, props.entry);
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

function subjectPath(entry: { subjectType: string; subjectId?: string | null; action: string }): string | null {
  if (!entry.subjectId) return null;
  if (entry.subjectType === 'user') return `/people/${entry.subjectId}`;
  if (entry.subjectType === 'post' && !entry.action.endsWith('deleted')) return `/posts/${entry.subjectId}`;
  return null;
}

