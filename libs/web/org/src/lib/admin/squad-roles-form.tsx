import { Select } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { PersonSelect } from '../person-select';
import { ADMIN_REFETCH, AdminForm } from './admin-section';

export const SquadRolesForm_tribe = graphql(`
  fragment SquadRolesForm_tribe on Tribe {
    id
    name
    squads {
      id
      name
    }
  }
`);

const UpdateSquadRolesMutation = graphql(`
  mutation OrgAdminPageSquadRoles($id: ID!, $input: UpdateSquadInput!) {
    updateSquad(id: $id, input: $input) {
      id
      name
      productOwner {
        id
        displayName
      }
      agileCoach {
        id
        displayName
      }
    }
  }
`);

export function SquadRolesForm(props: { tribes: readonly FragmentType<typeof SquadRolesForm_tribe>[] }) {
  const tribes = getFragmentData(SquadRolesForm_tribe, props.tribes);
  const [squadId, setSquadId] = useState<string | null>(null);
  const [roles, setRoles] = useState<{ productOwnerId?: string | null; agileCoachId?: string | null }>({});
  const problems = useFormProblems();
  const [done, setDone] = useState<string>();
  const [save, { loading }] = useMutation(UpdateSquadRolesMutation, { refetchQueries: ADMIN_REFETCH });
  const options = tribes.map((t) => ({ group: t.name, items: t.squads.map((s) => ({ value: s.id, label: s.name })) })).filter((g) => g.items.length);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    if (!problems.check(squadId ? {} : { squadId: 'Choose a squad.' }) || !squadId) return;
    const nothingChosen = !('productOwnerId' in roles) && !('agileCoachId' in roles);
    if (!problems.check({}, nothingChosen ? 'Choose a product owner or an agile coach to change.' : undefined)) return;
    await problems.submit(async () => {
      const { data } = await save({ variables: { id: squadId, input: roles } });
      const s = data?.updateSquad;
      if (s) setDone(`${s.name}: product owner ${s.productOwner?.displayName ?? 'none'}, agile coach ${s.agileCoach?.displayName ?? 'none'}.`);
    });
  }
  return (
    <AdminForm title="Squad product owner and agile coach" submitLabel="Save squad roles" loading={loading} onSubmit={onSubmit} problem={problems.general} done={done}>
      <Select label="Squad" data={options} value={squadId} onChange={setSquadId} searchable error={problems.fields['squadId']} nothingFoundMessage="No squad found" />
      <PersonSelect label="Product owner" value={roles.productOwnerId ?? null} onChange={(id) => setRoles((r) => ({ ...r, productOwnerId: id }))} clearable />
      <PersonSelect label="Agile coach" value={roles.agileCoachId ?? null} onChange={(id) => setRoles((r) => ({ ...r, agileCoachId: id }))} clearable />
    </AdminForm>
  );
}
