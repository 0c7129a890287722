import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { DEFAULT_INTERACTION_MODE, INTERACTION_MODES, TEAM_API_LONG_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { endOfDay, MODE_HELP, MODE_LABEL, textProblem } from './labels';
import { TEAM_API_REFETCH } from './team-api-refetch';

const ProposeAgreementMutation = graphql(`
  mutation ProposeAgreementForm($input: AgreementInput!) {
    proposeAgreement(input: $input) {
      id
      status
    }
  }
`);

/** From another squad's offer: the viewer's squad proposes to use it on written terms. */
export function ProposeAgreementForm({ offer, consumer, onDone }: { offer: { id: string; title: string; squad: { name: string } }; consumer: { id: string; name: string }; onDone: () => void }) {
  const [terms, setTerms] = useState('');
  const [mode, setMode] = useState<string>(DEFAULT_INTERACTION_MODE);
  const [reviewBy, setReviewBy] = useState('');
  const problems = useFormProblems();
  const [propose, { loading }] = useMutation(ProposeAgreementMutation, TEAM_API_REFETCH);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const termsProblem = textProblem(terms, 'the terms', TEAM_API_LONG_TEXT_MAX_LENGTH, true);
    if (termsProblem) found['terms'] = termsProblem;
    if (!problems.check(found)) return;
    const input = { offerId: offer.id, consumerSquadId: consumer.id, terms: terms.trim(), mode: mode as never, reviewBy: endOfDay(reviewBy) };
    if (await problems.submit(() => propose({ variables: { input } }))) onDone();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Propose an agreement on ${offer.title}`}>
      <Stack gap="xs">
        <Text size="sm">
          {consumer.name} proposes to use “{offer.title}”; a member of {offer.squad.name} accepts it.
        </Text>
        <Textarea label="Terms" description="What each side commits to." required autosize minRows={2} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={problems.fields['terms']} />
        <NativeSelect
          label="How the squads work together"
          description={MODE_HELP[mode]}
          value={mode}
          onChange={(e) => setMode(e.currentTarget.value)}
          error={problems.fields['mode']}
          data={INTERACTION_MODES.map((m) => ({ value: m, label: MODE_LABEL[m] }))}
        />
        <TextInput type="date" label="Review by" description="Past this day the agreement shows as due for review." value={reviewBy} onChange={(e) => setReviewBy(e.currentTarget.value)} error={problems.fields['reviewBy']} />
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={loading}>
            Propose the agreement
          </Button>
          <Button size="sm" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
