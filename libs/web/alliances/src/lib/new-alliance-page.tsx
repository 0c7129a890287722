import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ALLIANCE_GOAL_MAX_LENGTH, ALLIANCE_NAME_MAX_LENGTH, ALLIANCE_TRIBES_MAX, ALLIANCE_TRIBES_MIN } from '@guildhall/shared-domain';
import { errorMessage, graphql, useFormProblems } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { checkCriteria, CriteriaEditor } from './criteria-editor';
import { useTribeChoices } from './tribe-choices';

const CreateAllianceMutation = graphql(`
  mutation NewAlliancePageCreate($input: CreateAllianceInput!) {
    createAlliance(input: $input) {
      id
      slug
    }
  }
`);

interface Fields {
  name: string;
  goal: string;
  tribeIds: string[];
  criteria: string[];
}

/** The form's own refusals, with the limits the API applies. */
export function checkNewAlliance(f: Fields, trioTribeIds: readonly string[] | null): Record<string, string> {
  const problems: Record<string, string> = {};
  const name = f.name.trim();
  const goal = f.goal.trim();
  if (!name) problems['name'] = 'Give the alliance a name.';
  else if (name.length > ALLIANCE_NAME_MAX_LENGTH) problems['name'] = `Keep the name to ${ALLIANCE_NAME_MAX_LENGTH} characters or fewer.`;
  if (!goal) problems['goal'] = 'Say the goal in one sentence.';
  else if (goal.length > ALLIANCE_GOAL_MAX_LENGTH) problems['goal'] = `Keep the goal to one sentence of ${ALLIANCE_GOAL_MAX_LENGTH} characters or fewer.`;
  if (f.tribeIds.length < ALLIANCE_TRIBES_MIN) problems['tribeIds'] = `Choose at least ${ALLIANCE_TRIBES_MIN} tribes: an alliance spans several.`;
  else if (f.tribeIds.length > ALLIANCE_TRIBES_MAX) problems['tribeIds'] = `Choose ${ALLIANCE_TRIBES_MAX} tribes or fewer.`;
  else if (trioTribeIds && !f.tribeIds.some((id) => trioTribeIds.includes(id))) problems['tribeIds'] = 'Include a tribe whose trio you sit in.';
  const criteria = checkCriteria(f.criteria);
  if (criteria) problems['criteria'] = criteria;
  return problems;
}

/** /new-alliance: a trio member (or an admin) plans an alliance with other tribes. */
export function NewAlliancePage() {
  const navigate = useNavigate();
  const { tribes, isAdmin, canCreate, loading, error, refetch } = useTribeChoices();
  const [fields, setFields] = useState<Fields>({ name: '', goal: '', tribeIds: [], criteria: [] });
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
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }));

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
