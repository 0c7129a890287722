import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const PersonLink_user = graphql(`
  fragment PersonLink_user on User {
    id
    displayName
  }
`);

/** A person's name linking to their page, or `empty` for a seat nobody holds; `inherit` inside a sentence (underlined). */
export function PersonLink({ empty = 'Vacant', inherit, ...props }: { person: FragmentType<typeof PersonLink_user> | null | undefined; empty?: string; inherit?: boolean }) {
  const person = getFragmentData(PersonLink_user, props.person);
  if (!person) {
    return (
      <Text span c="dimmed" fs="italic" size="sm">
        {empty}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/people/${person.id}`} size={inherit ? undefined : 'sm'} inherit={inherit}>
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
