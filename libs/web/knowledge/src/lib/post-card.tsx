import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

export interface PostCardData {
  id: string;
  title: string;
  kind: string;
  tags: readonly string[];
  pinned: boolean;
  locked: boolean;
  score: number;
  commentCount: number;
  createdAt: string;
  author: { id: string; displayName: string };
  guild?: { slug: string; name: string };
  acceptedAnswer?: { id: string } | null;
}

export const KIND_LABELS: Record<string, string> = { ARTICLE: 'Article', QUESTION: 'Question', ANNOUNCEMENT: 'Announcement' };

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** One post in a list: title, kind, tags, counts. `tagLink` decides where a tag leads. */
export function PostCard({ post, tagLink }: { post: PostCardData; tagLink?: (tag: string) => string }) {
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
          {post.guild && (
            <>
              {' in '}
              <Anchor component={Link} to={`/guilds/${post.guild.slug}`} inherit>
                {post.guild.name}
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
