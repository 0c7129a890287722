import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { WARNING_LABELS } from './warnings';

const OrgHealthPageQuery = graphql(`
  query OrgHealthPage {
    orgWarnings {
      kind
      message
      subjectId
      subjectName
    }
  }
`);

// Separate operations: see useOrgWarnings for why the API needs one root field per request.
const OrgHealthPageLinksQuery = graphql(`
  query OrgHealthPageTribes {
    tribes {
      id
      slug
      squads {
        id
        slug
      }
      chapters {
        id
        slug
      }
    }
  }
`);

const OrgHealthPageGuildsQuery = graphql(`
  query OrgHealthPageGuilds {
    guilds(first: 100) {
      edges {
        node {
          id
          slug
        }
      }
    }
  }
`);

export function OrgHealthPage() {
  const { data, loading, error, refetch } = useQuery(OrgHealthPageQuery, { fetchPolicy: 'cache-and-network' });
  const tribesData = useQuery(OrgHealthPageLinksQuery).data;
  const guildsData = useQuery(OrgHealthPageGuildsQuery).data;
  if (loading && !data) return <LoadingState label="Checking the organisation…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const links = new Map<string, string>();
  for (const t of tribesData?.tribes ?? []) {
    links.set(t.id, `/tribes/${t.slug}`);
    t.squads.forEach((s) => links.set(s.id, `/squads/${s.slug}`));
    t.chapters.forEach((c) => links.set(c.id, `/chapters/${c.slug}`));
  }
  guildsData?.guilds.edges.forEach(({ node }) => links.set(node.id, `/guilds/${node.slug}`));
  const warnings = data?.orgWarnings ?? [];
  const kinds = [...new Set(warnings.map((w) => w.kind))];
  return (
    <>
      <PageHeader
        title="Org health"
        description="Where the structure drifts from the model: squad sizes, tribes over 150, incomplete trios, chapters without a lead, guilds without a coordinator, squads without a product owner. These are warnings, never hard limits."
        actions={
          <LinkButton to="/org" variant="default">Org chart</LinkButton>
        }
      />
      {warnings.length === 0 ? (
        <EmptyState title="No warnings">The organisation matches the model. Nothing to act on.</EmptyState>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}
          </Text>
          {kinds.map((kind) => {
            const list = warnings.filter((w) => w.kind === kind);
            return (
              <Paper key={kind} withBorder p="md" component="section" aria-label={WARNING_LABELS[kind] ?? kind}>
                <Group gap="xs" mb="xs">
                  <Title order={2} size="h4">
                    {WARNING_LABELS[kind] ?? kind}
                  </Title>
                  <Badge color="orange" variant="light">
                    {list.length}
                  </Badge>
                </Group>
                <Stack gap={4} component="ul" style={{ paddingLeft: '1rem', margin: 0 }}>
                  {list.map((w) => {
                    const to = links.get(w.subjectId);
                    return (
                      <Text component="li" size="sm" key={`${w.kind}-${w.subjectId}`}>
                        {to ? (
                          <Anchor component={Link} to={to} fw={600} inherit>
                            {w.subjectName}
                          </Anchor>
                        ) : (
                          <Text span fw={600} inherit>
                            {w.subjectName}
                          </Text>
                        )}
                        : {w.message}
                      </Text>
                    );
                  })}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
    </>
  );
}
