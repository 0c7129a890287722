import { Anchor, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ALLIANCE_TRIBES_MIN } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';

export const AllianceTribes_alliance = graphql(`
  fragment AllianceTribes_alliance on Alliance {
    id
    name
    viewerCanEdit
    tribesViewerCanAdd {
      id
      name
    }
    tribes {
      id
      slug
      name
      trio {
        tribeLead {
          id
          displayName
        }
        productLead {
          id
          displayName
        }
        designLead {
          id
          displayName
        }
      }
    }
  }
`);

const AddTribeMutation = graphql(`
  mutation AlliancePageAddTribe($allianceId: ID!, $tribeId: ID!) {
    addTribeToAlliance(allianceId: $allianceId, tribeId: $tribeId) {
      id
    }
  }
`);

const RemoveTribeMutation = graphql(`
  mutation AlliancePageRemoveTribe($allianceId: ID!, $tribeId: ID!) {
    removeTribeFromAlliance(allianceId: $allianceId, tribeId: $tribeId) {
      id
    }
  }
`);

const REFETCH = { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true };
type Seat = { id: string; displayName: string } | null | undefined;

/** A tribe's trio seats, each a link to the person or "Vacant". */
function TrioSeats({ seats }: { seats: [string, Seat][] }) {
  return (
    <Stack gap={2} component="dl" m={0}>
      {seats.map(([label, person]) => (
        <Group key={label} gap={6} wrap="nowrap">
          <Text component="dt" size="xs" c="dimmed" miw="6.5em">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {person ? (
              <Anchor component={Link} to={`/people/${person.id}`} size="sm">
                {person.displayName}
              </Anchor>
            ) : (
              <Text span c="dimmed" fs="italic" size="sm">
                Vacant
              </Text>
            )}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * The tribes in the alliance with their trios (its editors). Editors add and remove tribes; a
 * tribe's own trio may bring it in; the last two cannot be removed.
 */
export function AllianceTribes(props: { alliance: FragmentType<typeof AllianceTribes_alliance> }) {
  const a = getFragmentData(AllianceTribes_alliance, props.alliance);
  const problems = useFormProblems();
  const [adding, setAdding] = useState('');
  const [add, addState] = useMutation(AddTribeMutation, REFETCH);
  const [remove, removeState] = useMutation(RemoveTribeMutation, REFETCH);
  // Editors may add any other tribe; anyone else only a tribe whose trio they sit in.
  const addable = a.tribesViewerCanAdd;
  const canRemove = a.viewerCanEdit && a.tribes.length > ALLIANCE_TRIBES_MIN;

  async function onAdd(e: FormEvent) {
    e.preventDefault();
    if (!problems.check(adding ? {} : { tribeId: 'Choose a tribe to add.' })) return;
    if (await problems.submit(() => add({ variables: { allianceId: a.id, tribeId: adding } }))) setAdding('');
  }

  return (
    <Stack component="section" aria-labelledby="alliance-tribes-heading" gap="xs">
      <Title order={2} size="h4" id="alliance-tribes-heading">
        Tribes and their trios
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Tribes of ${a.name}`}>
        {a.tribes.map((t) => (
          <Card component="li" key={t.id} withBorder padding="sm" aria-label={t.name}>
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Anchor component={Link} to={`/tribes/${t.slug}`} fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {t.name}
                </Anchor>
                {canRemove && (
                  <Button size="compact-xs" variant="subtle" color="red" loading={removeState.loading} onClick={() => void problems.submit(() => remove({ variables: { allianceId: a.id, tribeId: t.id } }))} aria-label={`Remove ${t.name} from the alliance`}>
                    Remove
                  </Button>
                )}
              </Group>
              <TrioSeats
                seats={[
                  ['Tribe lead', t.trio.tribeLead],
                  ['Product lead', t.trio.productLead],
                  ['Design lead', t.trio.designLead],
                ]}
              />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {a.viewerCanEdit && !canRemove && (
        <Text size="xs" c="dimmed">
          An alliance spans at least {ALLIANCE_TRIBES_MIN} tribes: add another before removing one.
        </Text>
      )}
      {addable.length > 0 && (
        <form onSubmit={onAdd} noValidate aria-label="Add a tribe to the alliance">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect
              label={a.viewerCanEdit ? 'Add a tribe' : 'Bring your tribe in'}
              value={adding}
              onChange={(e) => setAdding(e.currentTarget.value)}
              error={problems.fields['tribeId']}
              data={[{ value: '', label: 'Choose a tribe' }, ...addable.map((t) => ({ value: t.id, label: t.name }))]}
              style={{ flex: '0 1 18rem' }}
            />
            <Button type="submit" variant="default" loading={addState.loading}>
              Add tribe
            </Button>
          </Group>
        </form>
      )}
      <FormError message={problems.general} />
    </Stack>
  );
}
