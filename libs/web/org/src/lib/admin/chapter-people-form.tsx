import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { PersonSelect } from '../person-select';
import { ADMIN_REFETCH, AdminSection, Done } from './admin-section';

export const ChapterPeopleForm_tribe = graphql(`
  fragment ChapterPeopleForm_tribe on Tribe {
    id
    name
    chapters {
      id
      name
    }
  }
`);

const AddChapterMemberMutation = graphql(`
  mutation OrgAdminPageChapterMember($chapterId: ID!, $userId: ID!) {
    addChapterMember(chapterId: $chapterId, userId: $userId) {
      id
      name
      memberCount
    }
  }
`);

const SetChapterLeadMutation = graphql(`
  mutation OrgAdminPageChapterLead($chapterId: ID!, $userId: ID!) {
    setChapterLead(chapterId: $chapterId, userId: $userId) {
      id
      name
      lead {
        id
        displayName
      }
    }
  }
`);

/** Adds a person to a chapter or makes them its lead: one person, two actions. */
export function ChapterPeopleForm(props: { tribes: readonly FragmentType<typeof ChapterPeopleForm_tribe>[] }) {
  const tribes = getFragmentData(ChapterPeopleForm_tribe, props.tribes);
  const [chapterId, setChapterId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const problems = useFormProblems();
  const [done, setDone] = useState<string>();
  const [addMember, adding] = useMutation(AddChapterMemberMutation, { refetchQueries: ADMIN_REFETCH });
  const [setLead, leading] = useMutation(SetChapterLeadMutation, { refetchQueries: ADMIN_REFETCH });
  const options = tribes.map((t) => ({ group: t.name, items: t.chapters.map((c) => ({ value: c.id, label: c.name })) })).filter((g) => g.items.length);
  async function run(asLead: boolean) {
    setDone(undefined);
    const fields: Record<string, string> = {};
    if (!chapterId) fields['chapterId'] = 'Choose a chapter.';
    if (!userId) fields['userId'] = 'Choose a person.';
    if (!problems.check(fields) || !chapterId || !userId) return;
    await problems.submit(async () => {
      if (asLead) {
        const { data } = await setLead({ variables: { chapterId, userId } });
        setDone(`${data?.setChapterLead.lead?.displayName ?? 'They'} now leads ${data?.setChapterLead.name ?? 'the chapter'}.`);
      } else {
        const { data } = await addMember({ variables: { chapterId, userId } });
        setDone(`Added to ${data?.addChapterMember.name ?? 'the chapter'}; it has ${data?.addChapterMember.memberCount ?? '?'} members.`);
      }
    });
  }
  return (
    <AdminSection title="Chapter members and lead">
      <Stack>
        <Text size="sm" c="dimmed">
          A person joins a chapter of their squad&apos;s tribe only.
        </Text>
        <Select label="Chapter" data={options} value={chapterId} onChange={setChapterId} searchable error={problems.fields['chapterId']} nothingFoundMessage="No chapter found" />
        <PersonSelect label="Person for the chapter" value={userId} onChange={(id) => setUserId(id)} />
        {problems.fields['userId'] && (
          <Text size="sm" c="red">
            {problems.fields['userId']}
          </Text>
        )}
        <FormError message={problems.general} />
        <Done message={done} />
        <Group>
          <Button onClick={() => void run(false)} loading={adding.loading}>
            Add to chapter
          </Button>
          <Button variant="default" onClick={() => void run(true)} loading={leading.loading}>
            Make chapter lead
          </Button>
        </Group>
      </Stack>
    </AdminSection>
  );
}
