import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { ADOPTION_INFO, formatDate } from './labels';

export const AdoptionHistory_standard = graphql(`
  fragment AdoptionHistory_standard on Standard {
    id
    adoptionHistory(first: 20) {
      edges {
        node {
          id
          changedAt
          fromStatus
          toStatus
          toVersion
          note
          exemptUntil
          changedBy {
            id
            displayName
          }
          squad {
            id
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const word = (status: string) => (ADOPTION_INFO[status]?.label ?? status).toLowerCase();

/** The newest adoption changes: who moved which squad from what to what, and the note they gave. */
export function AdoptionHistory(props: { standard: FragmentType<typeof AdoptionHistory_standard> }) {
  const s = getFragmentData(AdoptionHistory_standard, props.standard);
  const changes = s.adoptionHistory.edges.map((e) => e.node);
  return (
    <Stack component="section" aria-labelledby="adoption-history-heading" gap="xs">
      <Title order={3} size="h5" id="adoption-history-heading">
        Adoption changes
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No squad has recorded anything yet.
        </Text>
      ) : (
        <Stack component="ol" gap={2} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Adoption changes, newest first">
          {changes.map((c) => (
            <Text component="li" key={c.id} size="sm">
              {formatDate(c.changedAt)}:{' '}
              <Anchor component={Link} to={`/squads/${c.squad.slug}`} inherit>
                {c.squad.name}
              </Anchor>{' '}
              from {word(c.fromStatus)} to {word(c.toStatus)}
              {c.toVersion && (c.toStatus === 'ADOPTED' || c.toStatus === 'IN_PROGRESS') ? ` (version ${c.toVersion})` : ''}
              {c.exemptUntil ? ` until ${formatDate(c.exemptUntil)}` : ''}
              {c.changedBy ? `, by ${c.changedBy.displayName}` : ''}
              {c.note ? `: “${c.note}”` : ''}
            </Text>
          ))}
          {s.adoptionHistory.pageInfo.hasNextPage && (
            <Text component="li" size="sm" c="dimmed">
              Older changes are kept too.
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
