import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

export function PersonLink({ person, empty = 'Vacant' }: { person: { id: string; displayName: string } | null | undefined; empty?: string }) {
  if (!person) {
    return (
      <Text span c="dimmed" fs="italic" size="sm">
        {empty}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/people/${person.id}`} size="sm">
      {person.displayName}
    </Anchor>
  );
}

export function OrgLink({ kind, slug, name }: { kind: 'tribes' | 'squads' | 'chapters' | 'guilds'; slug: string; name: string }) {
  return (
    <Anchor component={Link} to={`/${kind}/${slug}`} inherit>
      {name}
    </Anchor>
  );
}
