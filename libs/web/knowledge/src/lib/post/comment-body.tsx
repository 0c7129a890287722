import { Anchor, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { Markdown } from '@guildhall/web-ui';
import { formatDate } from '../post-card';

export const CommentBody_comment = graphql(`
  fragment CommentBody_comment on Comment {
    id
    body
    createdAt
    author {
      id
      displayName
    }
  }
`);

const DeleteCommentMutation = graphql(`
  mutation PostPageDeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

/** One comment: author, date, Markdown body, and a two-step delete for those allowed. */
export function CommentBody(props: { comment: FragmentType<typeof CommentBody_comment>; canDelete: boolean }) {
  const comment = getFragmentData(CommentBody_comment, props.comment);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [remove, { loading }] = useMutation(DeleteCommentMutation, { refetchQueries: ['PostPage'], awaitRefetchQueries: true });
  async function onDelete() {
    setProblem(undefined);
    try {
      await remove({ variables: { id: comment.id } });
    } catch (err) {
      setProblem(errorMessage(err));
      setConfirming(false);
    }
  }
  return (
    <>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          <Anchor component={Link} to={`/people/${comment.author.id}`} inherit fw={600}>
            {comment.author.displayName}
          </Anchor>{' '}
          · {formatDate(comment.createdAt)}
        </Text>
        {props.canDelete &&
          (confirming ? (
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" color="red" loading={loading} onClick={() => void onDelete()} aria-label={`Confirm deleting the comment by ${comment.author.displayName}`}>
                Delete
              </Button>
              <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </Group>
          ) : (
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setConfirming(true)} aria-label={`Delete the comment by ${comment.author.displayName}`}>
              Delete
            </Button>
          ))}
      </Group>
      <Markdown>{comment.body}</Markdown>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
    </>
  );
}
