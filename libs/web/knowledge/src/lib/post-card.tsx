import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const PostCard_post = graphql(`
  fragment PostCard_post on Post {
    id
    title
    kind
    tags
    pinned
    locked
    score
    commentCount
    createdAt
    author {
      id
      displayName
    }
    acceptedAnswer {
      id
    }
  }
`);

/** Where the post was written, for lists that mix guilds (the feed). */
export const PostCard_guild = graphql(`
  fragment PostCard_guild on Guild {
    id
    slug
    name
  }
`);

export const KIND_LABELS: Record<string, string> = { ARTICLE: 'Article', QUESTION: 'Question', ANNOUNCEMENT: 'Announcement' };

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** One post in a list: title, kind, tags, counts. `tagLink` decides where a tag leads. */
export function PostCard(props: { post: FragmentType<typeof PostCard_post>; guild?: FragmentType<typeof PostCard_guild>; tagLink?: (tag: string) => string }) {
  const post = getFragmentData(PostCard_post, props.post);
  const guild = getFragmentData(PostCard_guild, props.guild);
  const { tagLink } = props;
  return (
    <Card withBorder component="li" padding="sm">
      <Stack gap={4}>
        <Group gap={6}>
          {post.pinned && (
            <Badge color="yellow" variant="light" size="sm">
              Pinned
            </Badge>
          )}
          <Badge variant="light" size="sm" color={post.kind === 'QUESTION' ? 'teal' : post.kind === 'ANNOUNCEMENT' ? 'grape' : 'indigo'}>
            {KIND_LABELS[post.kind] ?? post.kind}
          </Badge>
          {post.kind === 'QUESTION' && post.acceptedAnswer && (
            <Badge color="green" variant="outline" size="sm">
              Answered
            </Badge>
          )}
          {post.locked && (
            <Badge color="gray" variant="light" size="sm">
              Locked
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to={`/posts/${post.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {post.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {post.author.displayName}
          {guild && (
            <>
              {' in '}
              <Anchor component={Link} to={`/guilds/${guild.slug}`} inherit>
                {guild.name}
              </Anchor>
            </>
          )}
          {' · '}
          {formatDate(post.createdAt)} · {post.score} {post.score === 1 ? 'upvote' : 'upvotes'} · {post.commentCount} {post.commentCount === 1 ? 'comment' : 'comments'}
        </Text>
        {post.tags.length > 0 && (
          <Group gap={4}>
            {post.tags.map((t) =>
              tagLink ? (
                <Badge key={t} component={Link} to={tagLink(t)} variant="default" size="sm" tt="none" style={{ cursor: 'pointer' }} aria-label={`Tag ${t}`}>
                  #{t}
                </Badge>
              ) : (
                <Badge key={t} variant="default" size="sm" tt="none">
                  #{t}
                </Badge>
              ),
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
