import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ComponentProps } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { PersonLink } from './person-link';

export const TrioSeats_trio = graphql(`
  fragment TrioSeats_trio on Trio {
    complete
    tribeLead {
      id
      ...PersonLink_user
    }
    productLead {
      id
      ...PersonLink_user
    }
    designLead {
      id
      ...PersonLink_user
    }
  }
`);

type Seat = ComponentProps<typeof PersonLink>['person'];

/** A tribe's trio: tribe lead, product lead and design lead, each a link or "Vacant". */
export function TrioSeats(props: { trio: FragmentType<typeof TrioSeats_trio> }) {
  const trio = getFragmentData(TrioSeats_trio, props.trio);
  const seats: [string, Seat][] = [
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
