import { Button, Group, Paper } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorMessage, getFragmentData, graphql, hasErrorCode, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { ConflictPanel } from './conflict-panel';
import { checkStandardFields, dateInputValue, deadlineFromInput, StandardForm, type StandardFields } from './standard-form';

export const StandardEditor_standard = graphql(`
  fragment StandardEditor_standard on Standard {
    id
    slug
    title
    summary
    level
    adoptBy
    draftBody
    revision
    status
    viewerCanEdit
  }
`);

const EditStandardQuery = graphql(`
  query EditStandardPage($slug: String!) {
    standard(slug: $slug) {
      id
      ...StandardEditor_standard
    }
  }
`);

const UpdateDraftMutation = graphql(`
  mutation EditStandardPageUpdate($id: ID!, $input: UpdateStandardDraftInput!, $expectedRevision: Int!) {
    updateStandardDraft(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
      ...StandardEditor_standard
    }
  }
`);

const _readEditable = (s: FragmentType<typeof StandardEditor_standard>) => getFragmentData(StandardEditor_standard, s);
type Editable = ReturnType<typeof _readEditable>;

export function fieldsOf(s: Pick<Editable, 'title' | 'summary' | 'level' | 'adoptBy' | 'draftBody'>): StandardFields {
  return { title: s.title, summary: s.summary ?? '', level: s.level, adoptBy: dateInputValue(s.adoptBy), body: s.draftBody };
}

/** /standards/:slug/edit: the lead edits the draft; the next version is prepared, the current one stays. */
export function EditStandardPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EditStandardQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingState label="Loading the draft…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const standard = getFragmentData(StandardEditor_standard, data?.standard);
  if (!standard) {
    return (
      <>
        <PageHeader title="Standard not found" />
        <EmptyState title="This standard does not exist" actions={<LinkButton to="/standards">All standards</LinkButton>} />
      </>
    );
  }
  if (!standard.viewerCanEdit || standard.status === 'DEPRECATED') {
    return (
      <>
        <PageHeader title={`Edit ${standard.title}`} />
        <EmptyState title={standard.status === 'DEPRECATED' ? 'A deprecated standard no longer changes' : "Only the chapter's lead edits its standards"} actions={<LinkButton to={`/standards/${standard.slug}`}>Back to the standard</LinkButton>} />
      </>
    );
  }
  return <Editor key={standard.id} standard={data!.standard!} />;
}

function Editor(props: { standard: FragmentType<typeof StandardEditor_standard> }) {
  const loaded = getFragmentData(StandardEditor_standard, props.standard);
  const navigate = useNavigate();
  const client = useApolloClient();
  const [fields, setFields] = useState<StandardFields>(() => fieldsOf(loaded));
  // The revision this person's changes are based on; the server refuses a save based on an older one.
  const [base, setBase] = useState(loaded.revision);
  const [theirs, setTheirs] = useState<Editable | null>(null);
  const problems = useFormProblems();
  const [update, updating] = useMutation(UpdateDraftMutation);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!problems.check(checkStandardFields(fields))) return;
    const input = { title: fields.title.trim(), summary: fields.summary.trim() || null, level: fields.level as never, body: fields.body, adoptBy: deadlineFromInput(fields.adoptBy) };
    let conflicted = false;
    const saved = await problems.submit(async () => {
      try {
        await update({ variables: { id: loaded.id, input, expectedRevision: base } });
      } catch (err) {
        conflicted = hasErrorCode(err, 'CONFLICT');
        throw err;
      }
    });
    if (saved) {
      navigate(`/standards/${loaded.slug}`);
      return;
    }
    if (conflicted) {
      // Keep what this person wrote, and fetch what the other person saved to show beside it.
      const { data } = await client.query({ query: EditStandardQuery, variables: { slug: loaded.slug }, fetchPolicy: 'network-only' });
      const now = getFragmentData(StandardEditor_standard, data?.standard);
      if (now) setTheirs(now);
    }
  }

  return (
    <>
      <PageHeader title={`Edit ${loaded.title}`} description="Your changes prepare the next version; the published version stays as it is until you publish again." />
      {theirs && (
        <ConflictPanel
          mine={fields}
          theirs={fieldsOf(theirs)}
          onKeepMine={() => {
            setBase(theirs.revision);
            setTheirs(null);
            problems.check({});
          }}
          onTakeTheirs={() => {
            setFields(fieldsOf(theirs));
            setBase(theirs.revision);
            setTheirs(null);
            problems.check({});
          }}
        />
      )}
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate aria-label="Edit the draft">
          <StandardForm value={fields} onChange={setFields} problems={problems.fields} />
          <FormError message={theirs ? undefined : problems.general} />
          <Group mt="md">
            <Button type="submit" loading={updating.loading} disabled={!!theirs}>
              Save draft
            </Button>
            <LinkButton to={`/standards/${loaded.slug}`} variant="default">
              Cancel
            </LinkButton>
          </Group>
        </form>
      </Paper>
    </>
  );
}
