import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { STANDARD_NOTE_MAX_LENGTH } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError, LinkButton } from '@guildhall/web-ui';

export const StandardActions_standard = graphql(`
  fragment StandardActions_standard on Standard {
    id
    slug
    title
    status
    hasUnpublishedChanges
    viewerCanEdit
    currentVersion {
      number
    }
    chapter {
      id
      standards(status: PUBLISHED) {
        id
        title
      }
    }
  }
`);

const SubmitMutation = graphql(`
  mutation StandardPageSubmit($id: ID!) {
    submitStandardForReview(id: $id) {
      id
      status
    }
  }
`);
const PublishMutation = graphql(`
  mutation StandardPagePublish($id: ID!, $changeNote: String) {
    publishStandard(id: $id, changeNote: $changeNote) {
      id
      status
      hasUnpublishedChanges
    }
  }
`);
const DeprecateMutation = graphql(`
  mutation StandardPageDeprecate($id: ID!, $reason: String!, $supersededById: ID) {
    deprecateStandard(id: $id, reason: $reason, supersededById: $supersededById) {
      id
      status
    }
  }
`);

const REFETCH = { refetchQueries: ['StandardPage'], awaitRefetchQueries: true };
type Open = 'publish' | 'deprecate' | null;

/** What the chapter's lead (or an admin) does next with the standard; nothing for anyone else. */
export function StandardActions(props: { standard: FragmentType<typeof StandardActions_standard> }) {
  const s = getFragmentData(StandardActions_standard, props.standard);
  const [open, setOpen] = useState<Open>(null);
  const problems = useFormProblems();
  const [submit, submitting] = useMutation(SubmitMutation, REFETCH);
  if (!s.viewerCanEdit || s.status === 'DEPRECATED') return null;
  const canSubmit = s.status === 'DRAFT' || (s.status === 'PUBLISHED' && s.hasUnpublishedChanges);
  const canPublish = s.status !== 'DRAFT' && s.hasUnpublishedChanges;
  const next = (s.currentVersion?.number ?? 0) + 1;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="actions-heading">
      <Stack gap="sm">
        <Title order={2} size="h5" id="actions-heading">
          Manage this standard
        </Title>
        <Group gap="xs" wrap="wrap">
          <LinkButton to={`/standards/${s.slug}/edit`} variant="default">
            {s.hasUnpublishedChanges || !s.currentVersion ? 'Edit draft' : `Draft version ${next}`}
          </LinkButton>
          {canSubmit && (
            <Button variant="default" loading={submitting.loading} onClick={() => void problems.submit(() => submit({ variables: { id: s.id } }))}>
              Submit for review
            </Button>
          )}
          {canPublish && (
            <Button onClick={() => setOpen(open === 'publish' ? null : 'publish')} aria-expanded={open === 'publish'}>
              Publish version {next}…
            </Button>
          )}
          {s.currentVersion && (
            <Button variant="default" color="red" onClick={() => setOpen(open === 'deprecate' ? null : 'deprecate')} aria-expanded={open === 'deprecate'}>
              Deprecate…
            </Button>
          )}
        </Group>
        {s.status === 'DRAFT' && <Text size="sm" c="dimmed">A first draft is reviewed by the chapter before it is published.</Text>}
        <FormError message={problems.general} />
        {open === 'publish' && <PublishForm id={s.id} next={next} onDone={() => setOpen(null)} />}
        {open === 'deprecate' && <DeprecateForm id={s.id} successors={s.chapter.standards.filter((o) => o.id !== s.id)} onDone={() => setOpen(null)} />}
      </Stack>
    </Paper>
  );
}

function PublishForm({ id, next, onDone }: { id: string; next: number; onDone: () => void }) {
  const [note, setNote] = useState('');
  const problems = useFormProblems();
  const [publish, { loading }] = useMutation(PublishMutation, REFETCH);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (note.trim().length > STANDARD_NOTE_MAX_LENGTH) fields['changeNote'] = `Keep the note to ${STANDARD_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`;
    if (!problems.check(fields)) return;
    if (await problems.submit(() => publish({ variables: { id, changeNote: note.trim() || null } }))) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Publish version ${next}`}>
      <Stack gap="xs">
        <Textarea label="Change note" description="What changed and why; squads read it when they are told." autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={problems.fields['changeNote']} />
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" loading={loading}>
            Publish version {next}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeprecateForm({ id, successors, onDone }: { id: string; successors: { id: string; title: string }[]; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [successor, setSuccessor] = useState('');
  const problems = useFormProblems();
  const [deprecate, { loading }] = useMutation(DeprecateMutation, REFETCH);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!reason.trim()) fields['reason'] = 'Say why the standard is deprecated.';
    else if (reason.trim().length > STANDARD_NOTE_MAX_LENGTH) fields['reason'] = `Keep the reason to ${STANDARD_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`;
    if (!problems.check(fields)) return;
    if (await problems.submit(() => deprecate({ variables: { id, reason: reason.trim(), supersededById: successor || null } }))) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Deprecate the standard">
      <Stack gap="xs">
        <Textarea label="Reason" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={problems.fields['reason']} />
        <NativeSelect label="Superseded by" value={successor} onChange={(e) => setSuccessor(e.currentTarget.value)} error={problems.fields['supersededById']} data={[{ value: '', label: 'No successor' }, ...successors.map((o) => ({ value: o.id, label: o.title }))]} />
        <Text size="sm" c="dimmed">
          A deprecated standard can no longer change, and squads stop being asked to adopt it.
        </Text>
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" color="red" loading={loading}>
            Deprecate
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
