import { Anchor, Button, Center, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, graphql, useUrlFilters, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { LEVEL_INFO, STANDARD_LEVELS, STANDARD_STATUSES, STATUS_INFO, deadlineText, formatDate, plural } from './labels';
import { StandardBadges } from './standard-badges';

const StandardsPageChaptersQuery = graphql(`
  query StandardsPageChapters {
    tribes {
      id
      slug
      name
      chapters {
        id
        slug
        name
        lead {
          id
        }
      }
    }
  }
`);

const StandardsPageQuery = graphql(`
  query StandardsPage($chapterId: ID, $status: StandardStatus, $first: Int, $after: String) {
    standards(chapterId: $chapterId, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          title
          summary
          level
          status
          adoptBy
          hasUnpublishedChanges
          currentVersion {
            number
          }
          chapter {
            id
            name
          }
          adoptionSummary {
            squads
            adopted
            adoptionRate
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE = 50;
type StatusName = (typeof STANDARD_STATUSES)[number];

/**
 * /standards: every chapter's standards, alphabetical, filtered by chapter, status and level in the
 * address. The API filters chapter and status; level is filtered here over the pages loaded.
 */
export function StandardsPage() {
  const { viewer } = useViewer();
  const { params, setFilter, clearFilters } = useUrlFilters();
  const chapterId = params.get('chapter') || null;
  const statusParam = params.get('status');
  const status = (STANDARD_STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as StatusName) : null;
  const level = params.get('level') || null;
  const chapters = useQuery(StandardsPageChaptersQuery);
  const { data, loading, error, refetch, fetchMore } = useQuery(StandardsPageQuery, { variables: { chapterId, status, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [more, setMore] = useState(false);

  const tribes = chapters.data?.tribes ?? [];
  const isAdmin = viewer?.role === 'ADMIN';
  const writable = tribes.flatMap((t) => t.chapters).filter((c) => isAdmin || c.lead?.id === viewer?.id);
  const list = data?.standards;
  const shown = list?.edges.filter((e) => !level || e.node.level === level) ?? [];
  const filtered = !!(chapterId || status || level);
  const newLink = writable.length ? `/new-standard${chapterId && writable.some((c) => c.id === chapterId) ? `?chapter=${chapterId}` : ''}` : null;

  return (
    <>
      <PageHeader
        title="Standards"
        description="How our chapters agree to work: reviewed, versioned, and adopted squad by squad."
        actions={
          <>
            <LinkButton to="/adoption" variant="default">
              Adoption matrix
            </LinkButton>
            {newLink && <LinkButton to={newLink}>New standard</LinkButton>}
          </>
        }
      />
      <Paper withBorder p="sm" mb="md" component="form" role="search" aria-label="Filter standards" onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label="Chapter"
            value={chapterId ?? ''}
            onChange={(e) => setFilter('chapter', e.currentTarget.value || null)}
            style={{ flex: '1 1 12rem' }}
          >
            <option value="">All chapters</option>
            {tribes.map((t) => (
              <optgroup key={t.id} label={t.name}>
                {t.chapters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </NativeSelect>
          <NativeSelect
            label="Status"
            value={status ?? ''}
            onChange={(e) => setFilter('status', e.currentTarget.value || null)}
            data={[{ value: '', label: 'Any status' }, ...STANDARD_STATUSES.map((s) => ({ value: s, label: STATUS_INFO[s].label }))]}
            style={{ flex: '1 1 9rem' }}
          />
          <NativeSelect
            label="Level"
            value={level ?? ''}
            onChange={(e) => setFilter('level', e.currentTarget.value || null)}
            data={[{ value: '', label: 'Any level' }, ...STANDARD_LEVELS.map((l) => ({ value: l, label: `${l}: ${LEVEL_INFO[l].meaning}` }))]}
            style={{ flex: '1 1 9rem' }}
          />
          {filtered && (
            <Button variant="subtle" onClick={clearFilters}>
              Clear filters
            </Button>
          )}
        </Group>
      </Paper>
      {loading && !list && <LoadingState label="Loading standards…" />}
      {error && !list && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {list && (
        <Text size="sm" c="dimmed" mb="xs" role="status">
          {level
            ? `${plural(shown.length, `${level} standard`)} among the first ${plural(list.edges.length, 'standard')} of ${list.totalCount.toLocaleString('en-GB')}`
            : plural(list.totalCount, 'standard')}
        </Text>
      )}
      {list && shown.length === 0 && (
        <EmptyState title={filtered ? 'No standards match these filters' : 'No standards yet'} actions={filtered ? <Button onClick={clearFilters}>Clear filters</Button> : newLink ? <LinkButton to={newLink}>Write the first standard</LinkButton> : undefined}>
          {filtered ? 'Try another chapter, status or level.' : 'Chapter leads write standards for the practices their chapter agrees on; they appear here once drafted.'}
        </EmptyState>
      )}
      {shown.length > 0 && (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Standards">
          {shown.map(({ node: s }) => (
            <Paper key={s.id} component="li" withBorder p="sm">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
                  <Anchor component={Link} to={`/standards/${s.slug}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {s.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {s.chapter.name}
                    {s.currentVersion ? ` · v${s.currentVersion.number}` : ' · not published yet'}
                    {s.hasUnpublishedChanges && s.currentVersion ? ' · changes pending' : ''}
                    {s.status === 'PUBLISHED' && s.adoptionSummary.squads > 0 ? ` · adopted by ${s.adoptionSummary.adopted} of ${plural(s.adoptionSummary.squads, 'squad')}` : ''}
                    {s.adoptBy && s.status === 'PUBLISHED' ? ` · adopt by ${formatDate(s.adoptBy)} (${deadlineText(s.adoptBy).text})` : ''}
                  </Text>
                  {s.summary && <Text size="sm">{s.summary}</Text>}
                </Stack>
                <StandardBadges level={s.level} status={s.status} />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {list?.pageInfo.hasNextPage && (
        <Center mt="md">
          <Button
            variant="default"
            loading={more}
            onClick={() => {
              setMore(true);
              void fetchMore({ variables: { after: list.pageInfo.endCursor } }).finally(() => setMore(false));
            }}
          >
            Load more standards
          </Button>
        </Center>
      )}
    </>
  );
}
