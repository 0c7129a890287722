import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData, graphql, useViewer, type FragmentType } from '@guildhall/web-data-access';
import { CommentBody } from './comment-body';
import { CommentForm } from './comment-form';
import type { PostAct, PostPermissions } from './post-permissions';

export const PostComments_post = graphql(`
  fragment PostComments_post on Post {
    id
    kind
    locked
    commentCount
    guild {
      id
      slug
      name
    }
    acceptedAnswer {
      id
    }
    comments(first: 100) {
      totalCount
      edges {
        node {
          id
          author {
            id
            displayName
          }
          parent {
            id
          }
          ...CommentBody_comment
        }
      }
    }
  }
`);

const AcceptAnswerMutation = graphql(`
  mutation PostPageAcceptAnswer($commentId: ID!) {
    acceptAnswer(commentId: $commentId) {
      id
      acceptedAnswer {
        id
      }
    }
  }
`);

/** Comments (answers, on a question) with one level of replies, and the form to add one. */
export function PostComments(props: { post: FragmentType<typeof PostComments_post>; can: PostPermissions; act: PostAct }) {
  const post = getFragmentData(PostComments_post, props.post);
  const { can, act } = props;
  const { viewer } = useViewer();
  const [accept] = useMutation(AcceptAnswerMutation);
  const comments = post.comments.edges.map((e) => e.node);
  const topLevel = comments.filter((c) => !c.parent);
  const replies = (parentId: string) => comments.filter((c) => c.parent?.id === parentId);
  const noun = post.kind === 'QUESTION' ? 'Answers' : 'Comments';

  return (
    <>
      <Title order={2} size="h3" mt="md">
        {noun} ({post.commentCount})
      </Title>
      {topLevel.length === 0 && (
        <Text c="dimmed">
          {post.kind === 'QUESTION' ? 'No answers yet.' : 'No comments yet.'} {can.canComment ? 'Be the first to reply below.' : ''}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={noun}>
        {topLevel.map((c) => {
          const accepted = post.acceptedAnswer?.id === c.id;
          return (
            <Paper key={c.id} component="li" withBorder p="sm" style={accepted ? { borderColor: 'var(--mantine-color-green-6)', borderWidth: 2 } : undefined} aria-label={accepted ? `Accepted answer by ${c.author.displayName}` : `Comment by ${c.author.displayName}`}>
              <CommentBody comment={c} canDelete={can.canModerate || c.author.id === viewer?.id} />
              {accepted && (
                <Badge color="green" mt={4}>
                  Accepted answer
                </Badge>
              )}
              <Group gap="xs" mt={4}>
                {post.kind === 'QUESTION' && can.isAuthor && !accepted && (
                  <Button size="xs" variant="light" color="green" onClick={() => void act(() => accept({ variables: { commentId: c.id } }))}>
                    Accept this answer
                  </Button>
                )}
              </Group>
              {replies(c.id).length > 0 && (
                <Stack gap="xs" mt="xs" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }} component="ol" aria-label={`Replies to ${c.author.displayName}`}>
                  {replies(c.id).map((r) => (
                    <li key={r.id} style={{ listStyle: 'none' }}>
                      <CommentBody comment={r} canDelete={can.canModerate || r.author.id === viewer?.id} />
                    </li>
                  ))}
                </Stack>
              )}
              {can.canComment && <CommentForm postId={post.id} parentId={c.id} label={`Reply to ${c.author.displayName}`} compact />}
            </Paper>
          );
        })}
      </Stack>
      {can.canComment ? (
        <CommentForm postId={post.id} label={post.kind === 'QUESTION' ? 'Your answer' : 'Your comment'} />
      ) : (
        <Text size="sm" c="dimmed">
          {post.locked ? 'Comments are locked on this post.' : `Join ${post.guild.name} to comment.`}{' '}
          {!post.locked && (
            <Anchor component={Link} to={`/guilds/${post.guild.slug}`} inherit>
              Open the guild
            </Anchor>
          )}
        </Text>
      )}
    </>
  );
}
