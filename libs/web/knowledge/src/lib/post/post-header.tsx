import { Anchor, Badge, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { KIND_LABELS, formatDate } from '../post-card';

export const PostHeader_post = graphql(`
  fragment PostHeader_post on Post {
    id
    title
    kind
    tags
    pinned
    locked
    createdAt
    updatedAt
    author {
      id
      displayName
    }
    guild {
      id
      slug
      name
    }
    acceptedAnswer {
      id
    }
  }
`);

/** The post's guild, badges, title, byline and tags. */
export function PostHeader(props: { post: FragmentType<typeof PostHeader_post> }) {
  const post = getFragmentData(PostHeader_post, props.post);
  return (
    <div>
      <Text size="sm" c="dimmed">
        <Anchor component={Link} to={`/guilds/${post.guild.slug}`} inherit>
          {post.guild.name}
        </Anchor>
      </Text>
      <Group gap={6} mt={4}>
        <Badge variant="light" color={post.kind === 'QUESTION' ? 'teal' : post.kind === 'ANNOUNCEMENT' ? 'grape' : 'indigo'}>
          {KIND_LABELS[post.kind] ?? post.kind}
        </Badge>
        {post.pinned && (
          <Badge color="yellow" variant="light">
            Pinned
          </Badge>
        )}
        {post.locked && (
          <Badge color="gray" variant="light">
            Locked
          </Badge>
        )}
        {post.kind === 'QUESTION' && post.acceptedAnswer && (
          <Badge color="green" variant="outline">
            Answered
          </Badge>
        )}
      </Group>
      <Title order={1} size="h2" mt="xs" style={{ overflowWrap: 'anywhere' }}>
        {post.title}
      </Title>
      <Text size="sm" c="dimmed">
        by{' '}
        <Anchor component={Link} to={`/people/${post.author.id}`} inherit>
          {post.author.displayName}
        </Anchor>{' '}
        · {formatDate(post.createdAt)}
        {post.updatedAt !== post.createdAt ? ` · edited ${formatDate(post.updatedAt)}` : ''}
      </Text>
      {post.tags.length > 0 && (
        <Group gap={4} mt={6}>
          {post.tags.map((t) => (
            <Badge key={t} component={Link} to={`/guilds/${post.guild.slug}?tag=${encodeURIComponent(t)}`} variant="default" tt="none" style={{ cursor: 'pointer' }} aria-label={`Tag ${t}`}>
              #{t}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}
