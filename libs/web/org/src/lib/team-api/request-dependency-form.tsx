import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TEAM_API_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { endOfDay, textProblem } from './labels';
import { TEAM_API_REFETCH } from './team-api-refetch';

const RequestDependencyMutation = graphql(`
  mutation RequestDependencyForm($input: DependencyInput!) {
    requestDependency(input: $input) {
      id
      status
    }
  }
`);

/** From another squad's offer: the viewer's squad asks it for something, by a date if it matters. */
export function RequestDependencyForm({ offer, requester, onDone }: { offer: { id: string; title: string; squad: { id: string; name: string } }; requester: { id: string; name: string }; onDone: () => void }) {
  const [description, setDescription] = useState('');
  const [neededBy, setNeededBy] = useState('');
  const problems = useFormProblems();
  const [request, { loading }] = useMutation(RequestDependencyMutation, TEAM_API_REFETCH);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const problem = textProblem(description, 'what your squad needs', TEAM_API_TEXT_MAX_LENGTH, true);
    if (problem) found['description'] = problem;
    if (!problems.check(found)) return;
    const input = { requesterSquadId: requester.id, providerSquadId: offer.squad.id, offerId: offer.id, description: description.trim(), neededBy: endOfDay(neededBy) };
    if (await problems.submit(() => request({ variables: { input } }))) onDone();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Request a dependency on ${offer.title}`}>
      <Stack gap="xs">
        <Text size="sm">
          {requester.name} asks {offer.squad.name} for something under “{offer.title}”; a member of {offer.squad.name} accepts or declines.
        </Text>
        <Textarea label="What your squad needs" required autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={problems.fields['description']} />
        <TextInput type="date" label="Needed by" description="Past this day, if not delivered, it shows as overdue." value={neededBy} onChange={(e) => setNeededBy(e.currentTarget.value)} error={problems.fields['neededBy']} />
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={loading}>
            Request it
          </Button>
          <Button size="sm" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
