import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader, Snippet } from '@guildhall/web-ui';
import { KIND_LABELS } from './post-card';

const TagsPageQuery = graphql(`
  query TagsPage($first: Int) {
    tags(first: $first) {
      tag
      count
    }
  }
`);

const TagPageQuery = graphql(`
  query TagPage($query: String!) {
    search(query: $query, first: 50) {
      edges {
        cursor
        snippet
        node {
          __typename
          ... on Post {
            id
            title
            kind
            tags
            guild {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);

/** The most used tags, largest first: /tags. */
export function TagsPage() {
  const { data, loading, error, refetch } = useQuery(TagsPageQuery, { variables: { first: 100 } });
  const tags = data?.tags ?? [];
  const max = Math.max(1, ...tags.map((t) => t.count));
  return (
    <>
      <PageHeader title="Tags" description="What people write about most. Open a tag to see its posts across every guild." />
      {loading && !data && <LoadingState label="Loading tags…" />}
      {error && !data && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {data && tags.length === 0 && <EmptyState title="No tags yet">Tags appear once posts carry them. Add up to five when you write a post.</EmptyState>}
      {tags.length > 0 && (
        <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }} aria-label="Tags">
          {tags.map((t) => (
            <li key={t.tag}>
              <Badge
                component={Link}
                to={`/tags/${encodeURIComponent(t.tag)}`}
                variant="light"
                tt="none"
                size={t.count / max > 0.66 ? 'xl' : t.count / max > 0.33 ? 'lg' : 'md'}
                style={{ cursor: 'pointer' }}
                aria-label={`${t.tag}: ${t.count} ${t.count === 1 ? 'post' : 'posts'}`}
              >
                #{t.tag} · {t.count}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </>
  );
}

/** Posts carrying one tag across guilds: /tags/:tag. */
export function TagPage() {
  const { tag = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TagPageQuery, { variables: { query: tag }, skip: !tag });
  const posts = (data?.search.edges ?? []).flatMap((e) => (e.node.__typename === 'Post' && e.node.tags.includes(tag) ? [{ ...e.node, snippet: e.snippet }] : []));
  return (
    <>
      <PageHeader
        eyebrow="Tag"
        title={`#${tag}`}
        actions={
          <LinkButton to="/tags" variant="default">All tags</LinkButton>
        }
      />
      {loading && !data && <LoadingState label="Loading posts…" />}
      {error && !data && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {data && posts.length === 0 && (
        <EmptyState title={`No posts tagged #${tag}`} actions={<Button component={Link} to="/tags">Browse tags</Button>}>
          Pick another tag, or tag your next post with it.
        </EmptyState>
      )}
      {posts.length > 0 && (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Posts tagged ${tag}`}>
          {posts.map((p) => (
            <Card key={p.id} withBorder component="li" padding="sm">
              <Text size="xs" c="dimmed">
                {KIND_LABELS[p.kind] ?? 'Post'} in{' '}
                <Anchor component={Link} to={`/guilds/${p.guild.slug}?tag=${encodeURIComponent(tag)}`} inherit>
                  {p.guild.name}
                </Anchor>
              </Text>
              <Anchor component={Link} to={`/posts/${p.id}`} fw={600}>
                {p.title}
              </Anchor>
              {p.snippet && <Snippet text={p.snippet} />}
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
