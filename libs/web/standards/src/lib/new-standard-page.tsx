import { Button, Group, Paper } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { DEFAULT_STANDARD_LEVEL } from '@guildhall/shared-domain';
import { errorMessage, graphql, useFormProblems, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { ChapterSelect, checkStandardFields, deadlineFromInput, StandardForm, type StandardFields } from './standard-form';

const NewStandardChaptersQuery = graphql(`
  query NewStandardPageChapters {
    tribes {
      id
      name
      chapters {
        id
        name
        lead {
          id
        }
      }
    }
  }
`);

const CreateStandardMutation = graphql(`
  mutation NewStandardPageCreate($input: CreateStandardInput!) {
    createStandard(input: $input) {
      id
      slug
    }
  }
`);

/** /new-standard?chapter=<id>: a chapter's lead (or an admin) drafts a standard. */
export function NewStandardPage() {
  const { viewer } = useViewer();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(NewStandardChaptersQuery);
  const [chapterId, setChapterId] = useState(params.get('chapter') ?? '');
  const [fields, setFields] = useState<StandardFields>({ title: '', summary: '', level: DEFAULT_STANDARD_LEVEL, adoptBy: '', body: '' });
  const problems = useFormProblems();
  const [create, creating] = useMutation(CreateStandardMutation, { refetchQueries: ['StandardsPage'] });

  if (loading && !data) return <LoadingState label="Loading chapters…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const isAdmin = viewer?.role === 'ADMIN';
  const chapters = (data?.tribes ?? []).flatMap((t) => t.chapters.filter((c) => isAdmin || c.lead?.id === viewer?.id).map((c) => ({ id: c.id, name: c.name, tribe: t.name })));
  if (chapters.length === 0) {
    return (
      <>
        <PageHeader title="New standard" />
        <EmptyState title="Only chapter leads write standards" actions={<LinkButton to="/standards">Read the standards</LinkButton>}>
          A chapter's lead (or an admin) drafts its standards; chapter members review them.
        </EmptyState>
      </>
    );
  }
  const chosen = chapters.some((c) => c.id === chapterId) ? chapterId : chapters.length === 1 ? chapters[0].id : '';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found = checkStandardFields(fields);
    if (!chosen) found['chapterId'] = 'Choose the chapter the standard belongs to.';
    if (!problems.check(found)) return;
    await problems.submit(async () => {
      const { data: created } = await create({
        variables: {
          input: { chapterId: chosen, title: fields.title.trim(), summary: fields.summary.trim() || null, level: fields.level as never, body: fields.body, adoptBy: deadlineFromInput(fields.adoptBy) },
        },
      });
      if (created) navigate(`/standards/${created.createStandard.slug}`);
    });
  }

  return (
    <>
      <PageHeader title="New standard" description="It starts as a draft; submit it for review by the chapter, then publish it as version 1." />
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate aria-label="New standard">
          <StandardForm
            value={fields}
            onChange={setFields}
            problems={problems.fields}
            before={<ChapterSelect chapters={chapters} value={chosen} onChange={setChapterId} error={problems.fields['chapterId']} />}
          />
          <FormError message={problems.general} />
          <Group mt="md">
            <Button type="submit" loading={creating.loading}>
              Save draft
            </Button>
            <LinkButton to="/standards" variant="default">
              Cancel
            </LinkButton>
          </Group>
        </form>
      </Paper>
    </>
  );
}
