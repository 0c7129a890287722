import { Anchor, Badge, Card, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { OrgLink } from './person-link';
import { TrioSeats } from './trio';
import { WarningBadges, type SubjectWarnings } from './warnings';

export const OrgChartTribe_tribe = graphql(`
  fragment OrgChartTribe_tribe on Tribe {
    id
    slug
    name
    memberCount
    trio {
      ...TrioSeats_trio
    }
    squads {
      id
    }
    chapters {
      id
    }
  }
`);

export const OrgChartSquad_squad = graphql(`
  fragment OrgChartSquad_squad on Squad {
    id
    slug
    name
    memberCount
    framework
  }
`);

export const OrgChartChapter_chapter = graphql(`
  fragment OrgChartChapter_chapter on Chapter {
    id
    slug
    name
    memberCount
  }
`);

type WarningsOf = (subjectId: string) => SubjectWarnings;

export interface OrgChartTribeProps {
  tribe: FragmentType<typeof OrgChartTribe_tribe>;
  /** The squads and chapters to show: all of them, or those the filter matched. */
  squads: readonly FragmentType<typeof OrgChartSquad_squad>[];
  chapters: readonly FragmentType<typeof OrgChartChapter_chapter>[];
  open: boolean;
  onToggle: () => void;
  /** While a filter is typed every tribe stays open. */
  toggleDisabled: boolean;
  warningsOf: WarningsOf;
}

/** One tribe of the chart: its counts and warnings, and a fold with its trio, squads and chapters. */
export function OrgChartTribe({ open, onToggle, toggleDisabled, warningsOf, ...props }: OrgChartTribeProps) {
  const tribe = getFragmentData(OrgChartTribe_tribe, props.tribe);
  const squads = getFragmentData(OrgChartSquad_squad, props.squads);
  const chapters = getFragmentData(OrgChartChapter_chapter, props.chapters);
  const panelId = `tribe-panel-${tribe.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`tribe-title-${tribe.id}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} size="h3" id={`tribe-title-${tribe.id}`}>
            <OrgLink kind="tribes" slug={tribe.slug} name={tribe.name} />
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Tribe · {tribe.memberCount} {tribe.memberCount === 1 ? 'person' : 'people'} · {tribe.squads.length} squads · {tribe.chapters.length} chapters
            </Text>
            <WarningBadges warnings={warningsOf(tribe.id)} />
          </Group>
        </Stack>
        <UnstyledButton
          onClick={onToggle}
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={`${open ? 'Hide' : 'Show'} ${tribe.name}`}
          disabled={toggleDisabled}
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
          <NodeGroup title="Squads" empty={squads.length === 0 ? 'No squads yet.' : undefined} />
          {squads.length > 0 && (
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
                    <WarningBadges warnings={warningsOf(s.id)} />
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
          )}
          <NodeGroup title="Chapters" empty={chapters.length === 0 ? 'No chapters yet.' : undefined} />
          {chapters.length > 0 && (
            <Group gap="xs">
              {chapters.map((c) => (
                <Badge key={c.id} variant="outline" size="lg" radius="sm" tt="none" styles={{ label: { display: 'flex', gap: 6, alignItems: 'center' } }}>
                  <Anchor component={Link} to={`/chapters/${c.slug}`} size="sm">
                    {c.name}
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {c.memberCount}
                  </Text>
                  <WarningBadges warnings={warningsOf(c.id)} />
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Collapse>
    </Paper>
  );
}

/** A group's heading in the fold, and what to say when the group is empty. */
function NodeGroup({ title, empty }: { title: string; empty?: string }) {
  return (
    <>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {empty && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </>
  );
}
