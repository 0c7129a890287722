import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { ErrorState, LoadingState, PageHeader } from '@guildhall/web-ui';
import { MembersTable } from './members-table';
import { NotFound } from './not-found';
import { PersonLink } from './person-link';
import { ChapterStandards } from './chapter-standards';
import { WarningBadges, useOrgWarnings, warningsBySubject } from './warnings';

const ChapterPageQuery = graphql(`
  query ChapterPage($slug: String!) {
    chapter(slug: $slug) {
      id
      slug
      name
      discipline
      memberCount
      ...ChapterStandards_chapter
      tribe {
        id
        slug
        name
      }
      lead {
        id
        ...PersonLink_user
      }
      members {
        id
        ...MembersTable_user
        squad {
          id
          slug
          name
        }
      }
    }
  }
`);

export function ChapterPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ChapterPageQuery, { variables: { slug } });
  const orgWarnings = useOrgWarnings();
  if (loading && !data) return <LoadingState label="Loading chapter…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const chapter = data?.chapter;
  if (!chapter) return <NotFound what="chapter" />;
  const warnings = warningsBySubject(orgWarnings);
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            Chapter in tribe{' '}
            <Anchor component={Link} to={`/tribes/${chapter.tribe.slug}`} inherit>
              {chapter.tribe.name}
            </Anchor>
          </>
        }
        title={chapter.name}
        description={
          <Group gap="xs">
            <Text size="sm">
              {chapter.discipline} · {chapter.memberCount} {chapter.memberCount === 1 ? 'member' : 'members'} · Lead: <PersonLink person={chapter.lead} empty="none yet" inherit />
            </Text>
            <WarningBadges warnings={warnings.get(chapter.id)} />
          </Group>
        }
      />
      <Stack>
        <Title order={2} size="h4">
          Members
        </Title>
        <MembersTable
          members={chapter.members}
          caption={`Members of ${chapter.name} and their squads`}
          extra={{
            header: 'Squad',
            cell: (m) =>
              m.squad ? (
                <Anchor component={Link} to={`/squads/${m.squad.slug}`} size="sm">
                  {m.squad.name}
                </Anchor>
              ) : (
                <Text span c="dimmed" size="sm">
                  —
                </Text>
              ),
          }}
        />
        <ChapterStandards chapter={chapter} />
      </Stack>
    </>
  );
}
