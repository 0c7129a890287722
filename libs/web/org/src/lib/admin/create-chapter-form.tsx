import { Select, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { PersonSelect } from '../person-select';
import { ADMIN_REFETCH, AdminForm, type Option } from './admin-section';

const CreateChapterMutation = graphql(`
  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {
    createChapter(input: $input) {
      id
      slug
      name
    }
  }
`);

export function CreateChapterForm({ tribeOptions }: { tribeOptions: Option[] }) {
  const [tribeId, setTribeId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [discipline, setDiscipline] = useState('');
  const [leadId, setLeadId] = useState<string | null>(null);
  const problems = useFormProblems();
  const [done, setDone] = useState<ReactNode>();
  const [create, { loading }] = useMutation(CreateChapterMutation, { refetchQueries: ADMIN_REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    const fields: Record<string, string> = {};
    if (!tribeId) fields['tribeId'] = 'Choose the tribe the chapter belongs to.';
    if (!name.trim()) fields['name'] = 'Give the chapter a name.';
    if (!discipline.trim()) fields['discipline'] = 'Name the discipline, e.g. Backend.';
    if (!problems.check(fields) || !tribeId) return;
    await problems.submit(async () => {
      const { data } = await create({ variables: { input: { tribeId, name: name.trim(), discipline: discipline.trim(), leadId } } });
      setName('');
      setDiscipline('');
      if (data) setDone(<>Created chapter <Link to={`/chapters/${data.createChapter.slug}`}>{data.createChapter.name}</Link>.</>);
    });
  }
  return (
    <AdminForm title="Create a chapter" submitLabel="Create chapter" loading={loading} onSubmit={onSubmit} problem={problems.general} done={done}>
      <Select label="Tribe of the chapter" data={tribeOptions} value={tribeId} onChange={setTribeId} searchable error={problems.fields['tribeId']} nothingFoundMessage="Create a tribe first" />
      <TextInput label="Chapter name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} />
      <TextInput label="Chapter discipline" required value={discipline} onChange={(e) => setDiscipline(e.currentTarget.value)} error={problems.fields['discipline']} />
      <PersonSelect label="Chapter lead" description="Optional." value={leadId} onChange={(id) => setLeadId(id)} clearable />
    </AdminForm>
  );
}
