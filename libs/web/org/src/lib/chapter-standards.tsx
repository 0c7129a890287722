import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const ChapterStandards_chapter = graphql(`
  fragment ChapterStandards_chapter on Chapter {
    id
    slug
    name
    standards {
      id
      slug
      title
      level
      status
      currentVersion {
        number
      }
      adoptionSummary {
        squads
        adopted
      }
    }
  }
`);

const STATUS_WORDS: Record<string, string> = { DRAFT: 'Draft', IN_REVIEW: 'In review', PUBLISHED: 'Published', DEPRECATED: 'Deprecated' };

/** The chapter's standards, alphabetical, with their status and how many squads adopted each. */
export function ChapterStandards(props: { chapter: FragmentType<typeof ChapterStandards_chapter> }) {
  const chapter = getFragmentData(ChapterStandards_chapter, props.chapter);
  return (
    <Stack component="section" aria-labelledby="chapter-standards-heading" gap="xs">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id="chapter-standards-heading">
          Standards
        </Title>
        <Group gap="md">
          <Anchor component={Link} to={`/adoption?chapter=${chapter.slug}`} size="sm">
            Adoption matrix
          </Anchor>
          <Anchor component={Link} to={`/standards?chapter=${chapter.id}`} size="sm">
            Filter the standards list
          </Anchor>
        </Group>
      </Group>
      {chapter.standards.length === 0 ? (
        <Text c="dimmed">The {chapter.name} chapter has no standards yet.</Text>
      ) : (
        <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Standards of ${chapter.name}`}>
          {chapter.standards.map((s) => (
            <Paper component="li" key={s.id} withBorder px="sm" py={6}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text span fw={700} size="xs">
                    {s.level}
                  </Text>{' '}
                  <Anchor component={Link} to={`/standards/${s.slug}`} size="sm">
                    {s.title}
                  </Anchor>
                  {s.currentVersion && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      · v{s.currentVersion.number} · adopted by {s.adoptionSummary.adopted} of {s.adoptionSummary.squads} squads
                    </Text>
                  )}
                </Text>
                <Badge variant="outline" color={s.status === 'PUBLISHED' ? 'green' : 'gray'} radius="sm">
                  {STATUS_WORDS[s.status] ?? s.status}
                </Badge>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
