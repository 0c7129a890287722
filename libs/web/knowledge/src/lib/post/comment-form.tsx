import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage, graphql } from '@guildhall/web-data-access';

const AddCommentMutation = graphql(`
  mutation PostPageAddComment($postId: ID!, $body: String!, $parentId: ID) {
    addComment(postId: $postId, body: $body, parentId: $parentId) {
      id
    }
  }
`);

/** A comment on the post, or (compact) a reply to a comment that opens on demand. */
export function CommentForm({ postId, parentId, label, compact }: { postId: string; parentId?: string; label: string; compact?: boolean }) {
  const [body, setBody] = useState('');
  const [open, setOpen] = useState(!compact);
  const [problem, setProblem] = useState<string>();
  const [add, { loading }] = useMutation(AddCommentMutation, { refetchQueries: ['PostPage'], awaitRefetchQueries: true });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) return setProblem('Write something first.');
    setProblem(undefined);
    try {
      await add({ variables: { postId, body, parentId: parentId ?? null } });
      setBody('');
      if (compact) setOpen(false);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  }
  if (!open) {
    return (
      <Button size="xs" variant="subtle" mt={4} onClick={() => setOpen(true)} aria-label={label}>
        Reply
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs" mt="xs">
        <Textarea label={label} description="Markdown is supported." autosize minRows={compact ? 2 : 4} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={problem} />
        <Group gap="xs">
          <Button type="submit" size={compact ? 'xs' : 'sm'} loading={loading}>
            {compact ? 'Post reply' : 'Post'}
          </Button>
          {compact && (
            <Button size="xs" variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
