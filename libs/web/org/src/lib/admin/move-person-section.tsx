import { Button, Group, List, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { PersonSelect } from '../person-select';
import { ADMIN_REFETCH, AdminSection, Done } from './admin-section';

export const MovePersonSection_tribe = graphql(`
  fragment MovePersonSection_tribe on Tribe {
    id
    name
    squads {
      id
      name
      memberCount
    }
  }
`);

const MovePersonQuery = graphql(`
  query OrgAdminPagePerson($id: ID!) {
    user(id: $id) {
      id
      displayName
      squad {
        id
        name
        tribe {
          id
          name
        }
      }
      chapter {
        id
        name
        tribe {
          id
          name
        }
      }
    }
  }
`);

const MovePersonMutation = graphql(`
  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {
    addSquadMember(squadId: $squadId, userId: $userId) {
      id
      slug
      name
      memberCount
    }
  }
`);

/** Moves a person after showing what the move changes: squad, chapter kept or dropped, squad size. */
export function MovePersonSection(props: { tribes: readonly FragmentType<typeof MovePersonSection_tribe>[] }) {
  const tribes = getFragmentData(MovePersonSection_tribe, props.tribes);
  const [userId, setUserId] = useState<string | null>(null);
  const [squadId, setSquadId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const person = useQuery(MovePersonQuery, { variables: { id: userId ?? '' }, skip: !userId, fetchPolicy: 'network-only' });
  const [move, { loading }] = useMutation(MovePersonMutation, { refetchQueries: [...ADMIN_REFETCH, 'OrgAdminPagePerson'] });

  const squadOptions = tribes.map((t) => ({ group: t.name, items: t.squads.map((s) => ({ value: s.id, label: `${s.name} (${t.name})` })) })).filter((g) => g.items.length);
  const target = tribes.flatMap((t) => t.squads.map((s) => ({ ...s, tribe: t }))).find((s) => s.id === squadId);
  const who = person.data?.user;

  const changes: string[] = [];
  if (who && target) {
    changes.push(
      who.squad
        ? `${who.displayName} leaves ${who.squad.name} (tribe ${who.squad.tribe.name}) and joins ${target.name} (tribe ${target.tribe.name}).`
        : `${who.displayName} joins ${target.name} (tribe ${target.tribe.name}); they are in no squad now.`,
    );
    if (who.chapter) {
      changes.push(
        who.chapter.tribe.id === target.tribe.id
          ? `They stay in the ${who.chapter.name} chapter, which belongs to the same tribe.`
          : `They leave the ${who.chapter.name} chapter, because it belongs to tribe ${who.chapter.tribe.name}.`,
      );
    }
    changes.push(`${target.name} grows to ${target.memberCount + 1} members.`);
  }
  const alreadyThere = !!who?.squad && who.squad.id === squadId;

  async function confirm() {
    if (!userId || !squadId) return;
    setProblem(undefined);
    try {
      await move({ variables: { userId, squadId } });
      setDone(`${who?.displayName ?? 'The person'} now works in ${target?.name ?? 'the squad'}.`);
      setConfirming(false);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  }

  return (
    <AdminSection title="Move a person to a squad">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect
            label="Person to move"
            value={userId}
            onChange={(id) => {
              setUserId(id);
              setDone(undefined);
            }}
          />
          <Select label="Destination squad" data={squadOptions} value={squadId} onChange={(v) => { setSquadId(v); setDone(undefined); }} searchable nothingFoundMessage="No squad found" />
        </SimpleGrid>
        {who && (
          <Text size="sm" c="dimmed">
            {who.displayName} is now in {who.squad ? `${who.squad.name} (tribe ${who.squad.tribe.name})` : 'no squad'}
            {who.chapter ? ` and the ${who.chapter.name} chapter` : ' and no chapter'}.
          </Text>
        )}
        {alreadyThere && <Text size="sm">They are already in this squad.</Text>}
        <Done message={done} />
        <Group>
          <Button onClick={() => setConfirming(true)} disabled={!who || !target || alreadyThere}>
            Review move
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Confirm the move">
        <Stack>
          <Text size="sm">This move changes:</Text>
          <List size="sm" spacing={4}>
            {changes.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
          <FormError message={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button onClick={() => void confirm()} loading={loading}>
              Move {who?.displayName}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </AdminSection>
  );
}
