import { TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { ADMIN_REFETCH, AdminForm } from './admin-section';

const CreateTribeMutation = graphql(`
  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {
    createTribe(input: $input) {
      id
      slug
      name
    }
  }
`);

export function CreateTribeForm() {
  const [name, setName] = useState('');
  const [mission, setMission] = useState('');
  const problems = useFormProblems();
  const [done, setDone] = useState<ReactNode>();
  const [create, { loading }] = useMutation(CreateTribeMutation, { refetchQueries: ADMIN_REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    if (!problems.check(name.trim() ? {} : { name: 'Give the tribe a name.' })) return;
    await problems.submit(async () => {
      const { data } = await create({ variables: { input: { name: name.trim(), mission: mission.trim() || null } } });
      setName('');
      setMission('');
      if (data) setDone(<>Created tribe <Link to={`/tribes/${data.createTribe.slug}`}>{data.createTribe.name}</Link>.</>);
    });
  }
  return (
    <AdminForm title="Create a tribe" submitLabel="Create tribe" loading={loading} onSubmit={onSubmit} problem={problems.general} done={done}>
      <TextInput label="Tribe name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} />
      <TextInput label="Tribe mission" value={mission} onChange={(e) => setMission(e.currentTarget.value)} error={problems.fields['mission']} />
    </AdminForm>
  );
}
