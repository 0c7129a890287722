import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { GuildActions } from './guild-actions';

export const GuildCard_guild = graphql(`
  fragment GuildCard_guild on Guild {
    id
    slug
    name
    description
    memberCount
    coordinators {
      id
    }
    ...GuildActions_guild
  }
`);

/** A guild in the directory: name, what it is about, size, and join or leave. */
export function GuildCard({ viewerId, ...props }: { guild: FragmentType<typeof GuildCard_guild>; viewerId: string | undefined }) {
  const g = getFragmentData(GuildCard_guild, props.guild);
  return (
    <Card withBorder component="li">
      <Stack gap={6} h="100%" justify="space-between">
        <div>
          <Anchor component={Link} to={`/guilds/${g.slug}`} fw={600}>
            {g.name}
          </Anchor>
          {g.description && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {g.description}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {g.memberCount} {g.memberCount === 1 ? 'member' : 'members'}
            {g.coordinators.length === 0 ? ' · no coordinator yet' : ''}
          </Text>
        </div>
        <GuildActions guild={g} viewerId={viewerId} compact />
      </Stack>
    </Card>
  );
}
