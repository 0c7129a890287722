import { Select, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { DEFAULT_SQUAD_FRAMEWORK, SQUAD_FRAMEWORK_LABELS, SQUAD_FRAMEWORKS, type SquadFrameworkName } from '@guildhall/shared-domain';
import { ADMIN_REFETCH, AdminForm, type Option } from './admin-section';

const CreateSquadMutation = graphql(`
  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {
    createSquad(input: $input) {
      id
      slug
      name
    }
  }
`);

export function CreateSquadForm({ tribeOptions }: { tribeOptions: Option[] }) {
  const [tribeId, setTribeId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [framework, setFramework] = useState<string | null>(DEFAULT_SQUAD_FRAMEWORK);
  const problems = useFormProblems();
  const [done, setDone] = useState<ReactNode>();
  const [create, { loading }] = useMutation(CreateSquadMutation, { refetchQueries: ADMIN_REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    const fields: Record<string, string> = {};
    if (!tribeId) fields['tribeId'] = 'Choose the tribe the squad belongs to.';
    if (!name.trim()) fields['name'] = 'Give the squad a name.';
    if (!problems.check(fields) || !tribeId) return;
    await problems.submit(async () => {
      const { data } = await create({ variables: { input: { tribeId, name: name.trim(), framework: (framework ?? DEFAULT_SQUAD_FRAMEWORK) as SquadFrameworkName } } });
      setName('');
      if (data) setDone(<>Created squad <Link to={`/squads/${data.createSquad.slug}`}>{data.createSquad.name}</Link>.</>);
    });
  }
  return (
    <AdminForm title="Create a squad" submitLabel="Create squad" loading={loading} onSubmit={onSubmit} problem={problems.general} done={done}>
      <Select label="Tribe of the squad" data={tribeOptions} value={tribeId} onChange={setTribeId} searchable error={problems.fields['tribeId']} nothingFoundMessage="Create a tribe first" />
      <TextInput label="Squad name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} />
      <Select
        label="Framework"
        data={SQUAD_FRAMEWORKS.map((value) => ({ value, label: SQUAD_FRAMEWORK_LABELS[value] }))}
        value={framework}
        onChange={setFramework}
        allowDeselect={false}
      />
    </AdminForm>
  );
}
