import { Select, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { PersonSelect } from '../person-select';
import { ADMIN_REFETCH, AdminForm, type Option } from './admin-section';

const SetTrioMutation = graphql(`
  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {
    setTrio(input: $input) {
      id
      trio {
        complete
      }
    }
  }
`);

export function SetTrioForm({ tribeOptions }: { tribeOptions: Option[] }) {
  const [tribeId, setTribeId] = useState<string | null>(null);
  const [seats, setSeats] = useState<{ tribeLeadId?: string | null; productLeadId?: string | null; designLeadId?: string | null }>({});
  const problems = useFormProblems();
  const [done, setDone] = useState<string>();
  const [setTrio, { loading }] = useMutation(SetTrioMutation, { refetchQueries: ADMIN_REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    if (!problems.check(tribeId ? {} : { tribeId: 'Choose a tribe.' }) || !tribeId) return;
    await problems.submit(async () => {
      const { data } = await setTrio({ variables: { input: { tribeId, ...seats } } });
      setDone(data?.setTrio.trio.complete ? 'Trio saved; it is complete.' : 'Trio saved; some seats are still empty.');
    });
  }
  return (
    <AdminForm title="Set a tribe's trio" submitLabel="Save trio" loading={loading} onSubmit={onSubmit} problem={problems.general} done={done}>
      <Text size="sm" c="dimmed">
        Seats you leave untouched stay as they are; clearing one empties it.
      </Text>
      <Select label="Tribe of the trio" data={tribeOptions} value={tribeId} onChange={setTribeId} searchable error={problems.fields['tribeId']} />
      <PersonSelect label="Tribe lead" value={seats.tribeLeadId ?? null} onChange={(id) => setSeats((s) => ({ ...s, tribeLeadId: id }))} clearable />
      <PersonSelect label="Product lead" value={seats.productLeadId ?? null} onChange={(id) => setSeats((s) => ({ ...s, productLeadId: id }))} clearable />
      <PersonSelect label="Design lead" value={seats.designLeadId ?? null} onChange={(id) => setSeats((s) => ({ ...s, designLeadId: id }))} clearable />
    </AdminForm>
  );
}
