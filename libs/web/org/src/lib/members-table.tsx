import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const MembersTable_user = graphql(`
  fragment MembersTable_user on User {
    id
    displayName
    discipline
  }
`);

type MemberRow = { id: string } & FragmentType<typeof MembersTable_user>;

/** People of a squad or chapter; `extra` adds one column (e.g. their chapter or squad). */
export function MembersTable<T extends MemberRow>({
  members,
  caption,
  extra,
}: {
  members: readonly T[];
  caption: string;
  extra?: { header: string; cell: (m: T) => ReactNode };
}) {
  if (members.length === 0) return <Text c="dimmed">No members yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Discipline</Table.Th>
            {extra && <Table.Th>{extra.header}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((row) => {
            const m = getFragmentData(MembersTable_user, row);
            return (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/people/${m.id}`} size="sm">
                    {m.displayName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{m.discipline ?? '—'}</Table.Td>
                {extra && <Table.Td>{extra.cell(row)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
