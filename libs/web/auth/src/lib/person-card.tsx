import { Anchor, Card } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { PersonLine, RoleBadge } from '@guildhall/web-ui';

export const PersonCard_user = graphql(`
  fragment PersonCard_user on User {
    id
    displayName
    discipline
    role
  }
`);

/** A person in the directory: avatar, name linking to their page, discipline, admin badge. */
export function PersonCard(props: { person: FragmentType<typeof PersonCard_user> }) {
  const person = getFragmentData(PersonCard_user, props.person);
  return (
    <Card withBorder component="li" padding="sm">
      <PersonLine
        name={person.displayName}
        discipline={person.discipline}
        nameElement={
          <Anchor component={Link} to={`/people/${person.id}`} inherit>
            {person.displayName}
          </Anchor>
        }
        extra={<RoleBadge role={person.role} />}
      />
    </Card>
  );
}
