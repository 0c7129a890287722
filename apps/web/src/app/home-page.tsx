import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useViewer } from '@guildhall/web-data-access';
import { PageHeader } from '@guildhall/web-ui';

export function HomePage() {
  const { viewer } = useViewer();
  return (
    <>
      <PageHeader title={`Welcome, ${viewer?.displayName ?? ''}`} description="Guildhall is where your organisation's structure and knowledge live." />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Anchor component={Link} to="/people" fw={600}>
            Find people
          </Anchor>
          <Text size="sm" c="dimmed">
            Search colleagues by name, discipline or email.
          </Text>
        </Card>
        <Card withBorder>
          <Anchor component={Link} to="/profile" fw={600}>
            Complete your profile
          </Anchor>
          <Text size="sm" c="dimmed">
            Tell colleagues your discipline and what they can ask you about.
          </Text>
        </Card>
      </SimpleGrid>
    </>
  );
}
