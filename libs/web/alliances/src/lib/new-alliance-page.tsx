import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ALLIANCE_TRIBES_MIN } from '@guildhall/shared-domain';
import { errorMessage, graphql, useFormProblems } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { checkNewAlliance, type NewAllianceFields } from './alliance-checks';
import { CriteriaEditor } from './criteria-editor';
import { useTribeChoices } from './tribe-choices';

const CreateAllianceMutation = graphql(`
  mutation NewAlliancePageCreate($input: CreateAllianceInput!) {
    createAlliance(input: $input) {
      id
      slug
    }
  }
`);

/** /new-alliance: a trio member (or an admin) plans an alliance with other tribes. */
export function NewAlliancePage() {
  const navigate = useNavigate();
  const { tribes, isAdmin, canCreate, loading, error, refetch } = useTribeChoices();
  const [fields, setFields] = useState<NewAllianceFields>({ name: '', goal: '', tribeIds: [], criteria: [] });
  const problems = useFormProblems();
  const [create, creating] = useMutation(CreateAllianceMutation, { refetchQueries: ['AlliancesPage'] });

  if (loading) return <LoadingState label="Loading tribes…" />;
  if (error) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!canCreate) {
    return (
      <>
        <PageHeader title="New alliance" />
        <EmptyState title="Only trio members plan alliances" actions={<LinkButton to="/alliances">See the alliances</LinkButton>}>
          The tribe lead, product lead and design lead of a tribe (or an admin) start an alliance with other tribes; everyone can follow it.
        </EmptyState>
      </>
    );
  }
  const set = (patch: Partial<NewAllianceFields>) => setFields((f) => ({ ...f, ...patch }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!problems.check(checkNewAlliance(fields, isAdmin ? null : tribes.filter((t) => t.inViewersTrio).map((t) => t.id)))) return;
    await problems.submit(async () => {
      const { data } = await create({
        variables: { input: { name: fields.name.trim(), goal: fields.goal.trim(), tribeIds: fields.tribeIds, criteria: fields.criteria.map((c) => c.trim()) } },
      });
      if (data) navigate(`/alliances/${data.createAlliance.slug}`);
    });
  }

  return (
    <>
      <PageHeader title="New alliance" description="A goal bigger than any one tribe, the tribes that share it, and the criteria that will settle trade-offs." />
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate aria-label="New alliance">
          <Stack>
            <TextInput label="Name" required value={fields.name} onChange={(e) => set({ name: e.currentTarget.value })} error={problems.fields['name']} />
            <Textarea
              label="Goal"
              description="One sentence everyone in the tribes can repeat."
              required
              autosize
              minRows={2}
              value={fields.goal}
              onChange={(e) => set({ goal: e.currentTarget.value.replace(/\n/g, ' ') })}
              error={problems.fields['goal']}
            />
            <Checkbox.Group
              label="Tribes"
              description={`At least ${ALLIANCE_TRIBES_MIN}${isAdmin ? '' : ', one of them yours'}. Their trios become the alliance's editors.`}
              withAsterisk
              value={fields.tribeIds}
              onChange={(tribeIds) => set({ tribeIds })}
              error={problems.fields['tribeIds']}
            >
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mt="xs">
                {tribes.map((t) => (
                  <Checkbox key={t.id} value={t.id} label={t.inViewersTrio ? `${t.name} (your trio)` : t.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <CriteriaEditor value={fields.criteria} onChange={(criteria) => set({ criteria })} error={problems.fields['criteria']} />
            <FormError message={problems.general} />
            <Group>
              <Button type="submit" loading={creating.loading}>
                Create alliance
              </Button>
              <LinkButton to="/alliances" variant="default">
                Cancel
              </LinkButton>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
