import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { TEAM_API_TEXT_MAX_LENGTH, TEAM_API_TITLE_MAX_LENGTH } from '@guildhall/shared-domain';
import { graphql, hasErrorCode, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { textProblem } from './labels';
import { TEAM_API_REFETCH } from './team-api-refetch';

const PublishOfferMutation = graphql(`
  mutation OfferFormPublish($input: SquadOfferInput!) {
    publishSquadOffer(input: $input) {
      id
    }
  }
`);

const UpdateOfferMutation = graphql(`
  mutation OfferFormUpdate($id: ID!, $input: UpdateSquadOfferInput!) {
    updateSquadOffer(id: $id, input: $input) {
      id
      title
      description
      expectations
      limits
      revision
    }
  }
`);

interface OfferFields {
  title: string;
  description: string;
  expectations: string;
  limits: string;
}

type SavedOffer = { id: string; revision: number } & { [K in keyof OfferFields]: string | null };

/**
 * Publishes a new offer of the squad, or edits `offer` from the revision it showed: when someone
 * else saved it meanwhile (CONFLICT), their version is shown beside the form and saving again
 * replaces that version, knowingly.
 */
export function OfferForm({ squadId, offer, onDone }: { squadId: string; offer?: SavedOffer; onDone: () => void }) {
  const [fields, setFields] = useState<OfferFields>({
    title: offer?.title ?? '',
    description: offer?.description ?? '',
    expectations: offer?.expectations ?? '',
    limits: offer?.limits ?? '',
  });
  const problems = useFormProblems();
  const client = useApolloClient();
  const [base, setBase] = useState(offer?.revision);
  const [conflict, setConflict] = useState(false);
  // Once told of a conflict, a save replaces the version shown (the card's, refreshed).
  useEffect(() => {
    if (conflict && offer) setBase(offer.revision);
  }, [conflict, offer]);
  const [publish, publishing] = useMutation(PublishOfferMutation, TEAM_API_REFETCH);
  const [update, updating] = useMutation(UpdateOfferMutation, TEAM_API_REFETCH);
  const set = (key: keyof OfferFields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const check = (key: keyof OfferFields, what: string, max: number, required: boolean) => {
      const problem = textProblem(fields[key], what, max, required);
      if (problem) found[key] = problem;
    };
    check('title', 'the offer a title', TEAM_API_TITLE_MAX_LENGTH, true);
    check('description', 'a description of what the squad provides', TEAM_API_TEXT_MAX_LENGTH, true);
    check('expectations', 'the expectations', TEAM_API_TEXT_MAX_LENGTH, false);
    check('limits', 'the limits', TEAM_API_TEXT_MAX_LENGTH, false);
    if (!problems.check(found)) return;
    const input = {
      title: fields.title.trim(),
      description: fields.description.trim(),
      expectations: fields.expectations.trim() || null,
      limits: fields.limits.trim() || null,
    };
    const sent = await problems.submit(async () => {
      if (!offer) return publish({ variables: { input: { squadId, ...input } } });
      try {
        return await update({ variables: { id: offer.id, input: { ...input, expectedRevision: base ?? null } } });
      } catch (err) {
        if (hasErrorCode(err, 'CONFLICT')) {
          setConflict(true);
          await client.refetchQueries({ include: ['SquadTeamApi'] });
        }
        throw err;
      }
    });
    if (sent) onDone();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={offer ? `Edit the offer ${offer.title}` : 'Publish an offer'}>
      <Stack gap="xs">
        <TextInput label="Title" description="What the squad offers, in a few words." required value={fields.title} onChange={set('title')} error={problems.fields['title']} />
        <Textarea label="Description" description="What others get, and how to ask for it." required autosize minRows={2} value={fields.description} onChange={set('description')} error={problems.fields['description']} />
        <Textarea label="Expectations" description="What the squad expects from those who use it." autosize minRows={1} value={fields.expectations} onChange={set('expectations')} error={problems.fields['expectations']} />
        <Textarea label="Limits" description="What the squad will not do." autosize minRows={1} value={fields.limits} onChange={set('limits')} error={problems.fields['limits']} />
        <FormError message={problems.general} />
        {conflict && offer && (
          <Alert color="orange" variant="light" p="xs" title="Their version, saved while you edited">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {offer.title}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {offer.description}
              </Text>
              {offer.expectations && <Text size="sm">Expects: {offer.expectations}</Text>}
              {offer.limits && <Text size="sm">Limits: {offer.limits}</Text>}
              <Text size="sm" c="dimmed">
                Save again to replace it with yours, or cancel to keep theirs.
              </Text>
            </Stack>
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" size="sm" loading={publishing.loading || updating.loading}>
            {offer ? 'Save the offer' : 'Publish the offer'}
          </Button>
          <Button size="sm" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
