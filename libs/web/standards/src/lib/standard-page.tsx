import { Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { createTwoFilesPatch } from 'diff';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, Markdown, PageHeader } from '@guildhall/web-ui';
import { AdoptionHistory } from './adoption-history';
import { AdoptionSummaryBar } from './adoption-summary';
import { DiffView } from './diff-view';
import { ReviewThread } from './review-thread';
import { StandardActions } from './standard-actions';
import { StandardHeader } from './standard-header';
import { VersionHistory } from './version-history';

const StandardPageQuery = graphql(`
  query StandardPage($slug: String!) {
    standard(slug: $slug) {
      id
      slug
      title
      status
      draftBody
      hasUnpublishedChanges
      currentVersion {
        number
        body
      }
      chapter {
        id
        slug
      }
      adoptionSummary {
        ...AdoptionSummaryBar_summary
      }
      ...StandardHeader_standard
      ...StandardActions_standard
      ...VersionHistory_standard
      ...ReviewThread_standard
      ...AdoptionHistory_standard
    }
  }
`);

/** /standards/:slug: the current text, what is pending, its versions and their changes, review, and rollout. */
export function StandardPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(StandardPageQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const s = data?.standard;
  const pendingDiff = useMemo(
    () => (s?.currentVersion && s.hasUnpublishedChanges ? createTwoFilesPatch('current', 'draft', s.currentVersion.body, s.draftBody, undefined, undefined, { context: 3 }) : ''),
    [s?.currentVersion, s?.hasUnpublishedChanges, s?.draftBody],
  );
  if (loading && !data) return <LoadingState label="Loading standard…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!s) {
    return (
      <>
        <PageHeader title="Standard not found" />
        <EmptyState title="This standard does not exist" actions={<LinkButton to="/standards">All standards</LinkButton>}>
          The link may be mistyped.
        </EmptyState>
      </>
    );
  }
  const current = s.currentVersion;
  return (
    <Stack>
      <StandardHeader standard={s} />
      <StandardActions standard={s} />
      {current && s.hasUnpublishedChanges ? (
        <Tabs defaultValue="current">
          <Tabs.List>
            <Tabs.Tab value="current">Version {current.number}</Tabs.Tab>
            <Tabs.Tab value="draft">Draft of version {current.number + 1}</Tabs.Tab>
            <Tabs.Tab value="changes">Changes in the draft</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="current" pt="xs">
            <Body text={current.body} />
          </Tabs.Panel>
          <Tabs.Panel value="draft" pt="xs">
            <Body text={s.draftBody} />
          </Tabs.Panel>
          <Tabs.Panel value="changes" pt="xs">
            <DiffView unified={pendingDiff} from={`version ${current.number}`} to="the draft" />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <section aria-label={current ? `Version ${current.number}` : 'Draft'}>
          {!current && (
            <Text size="sm" c="dimmed" mb={4}>
              Draft: not published yet.
            </Text>
          )}
          <Body text={current?.body ?? s.draftBody} />
        </section>
      )}
      <ReviewThread standard={s} />
      {current && (
        <Stack component="section" aria-labelledby="rollout-heading" gap="xs">
          <Group justify="space-between" gap="xs">
            <Title order={2} size="h4" id="rollout-heading">
              Rollout
            </Title>
            <LinkButton to={`/adoption?chapter=${s.chapter.slug}`} variant="default" size="xs">
              Adoption matrix
            </LinkButton>
          </Group>
          <AdoptionSummaryBar summary={s.adoptionSummary} label={`Adoption of ${s.title} across squads`} />
          <AdoptionHistory standard={s} />
        </Stack>
      )}
      <VersionHistory standard={s} />
    </Stack>
  );
}

function Body({ text }: { text: string }) {
  return (
    <Paper withBorder p="md">
      <Markdown>{text}</Markdown>
    </Paper>
  );
}
