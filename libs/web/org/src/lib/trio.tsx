import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { PersonLink } from './person-link';

type Person = { id: string; displayName: string } | null | undefined;

export function TrioSeats({ trio }: { trio: { tribeLead?: Person; productLead?: Person; designLead?: Person; complete: boolean } }) {
  const seats: [string, Person][] = [
    ['Tribe lead', trio.tribeLead],
    ['Product lead', trio.productLead],
    ['Design lead', trio.designLead],
  ];
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          Trio
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing={4}>
        {seats.map(([label, person]) => (
          <Text key={label} size="sm" component="div">
            <Text span size="xs" c="dimmed">
              {label}:{' '}
            </Text>
            <PersonLink person={person} />
          </Text>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
