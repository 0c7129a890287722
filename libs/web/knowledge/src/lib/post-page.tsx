import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LoadingState, Markdown, PageHeader, useDocumentTitle } from '@guildhall/web-ui';
import { KIND_LABELS, formatDate } from './post-card';

const PostPageQuery = graphql(`
  query PostPage($id: ID!) {
    post(id: $id) {
      id
      title
      body
      kind
      tags
      pinned
      locked
      score
      viewerHasUpvoted
      commentCount
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
        viewerIsMember
        coordinators {
          id
        }
      }
      acceptedAnswer {
        id
      }
      comments(first: 100) {
        totalCount
        edges {
          node {
            id
            body
            createdAt
            author {
              id
              displayName
            }
            parent {
              id
            }
          }
        }
      }
    }
  }
`);

const UpvoteMutation = graphql(`
  mutation PostPageUpvote($postId: ID!) {
    upvotePost(postId: $postId) {
      id
      score
      viewerHasUpvoted
    }
  }
`);
const RemoveUpvoteMutation = graphql(`
  mutation PostPageRemoveUpvote($postId: ID!) {
    removeUpvote(postId: $postId) {
      id
      score
      viewerHasUpvoted
    }
  }
`);
const AddCommentMutation = graphql(`
  mutation PostPageAddComment($postId: ID!, $body: String!, $parentId: ID) {
    addComment(postId: $postId, body: $body, parentId: $parentId) {
      id
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
const PinMutation = graphql(`
  mutation PostPagePin($postId: ID!, $pinned: Boolean!) {
    pinPost(postId: $postId, pinned: $pinned) {
      id
      pinned
    }
  }
`);
const LockMutation = graphql(`
  mutation PostPageLock($postId: ID!, $locked: Boolean!) {
    lockPost(postId: $postId, locked: $locked) {
      id
      locked
    }
  }
`);
const DeletePostMutation = graphql(`
  mutation PostPageDelete($id: ID!) {
    deletePost(id: $id)
  }
`);

const DeleteCommentMutation = graphql(`
  mutation PostPageDeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

type CommentNode = { id: string; body: string; createdAt: string; author: { id: string; displayName: string }; parent?: { id: string } | null };

export function PostPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(PostPageQuery, { variables: { id } });
  const post = data?.post;
  useDocumentTitle(post?.title ?? 'Post');
  const [actionError, setActionError] = useState<string>();
  const [upvote, upvoting] = useMutation(UpvoteMutation);
  const [removeUpvote, removing] = useMutation(RemoveUpvoteMutation);
  const [accept] = useMutation(AcceptAnswerMutation);
  const [pin] = useMutation(PinMutation);
  const [lock] = useMutation(LockMutation);
  const [del, deleting] = useMutation(DeletePostMutation);
  const [confirmDelete, deleteModal] = useDisclosure(false);

  if (loading && !data) return <LoadingState label="Loading post…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!post) {
    return (
      <>
        <PageHeader title="Post not found" />
        <EmptyState
          title="This post does not exist"
          actions={
            <Button component={Link} to="/">
              Go to your feed
            </Button>
          }
        >
          It may have been deleted, or the link is mistyped.
        </EmptyState>
      </>
    );
  }

  const isAuthor = viewer?.id === post.author.id;
  const isCoordinator = post.guild.coordinators.some((c) => c.id === viewer?.id);
  const canModerate = isCoordinator || viewer?.role === 'ADMIN';
  const canComment = post.guild.viewerIsMember && !post.locked;
  const act = async (fn: () => Promise<unknown>) => {
    setActionError(undefined);
    try {
      await fn();
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  const comments = post.comments.edges.map((e) => e.node as CommentNode);
  const topLevel = comments.filter((c) => !c.parent);
  const replies = (parentId: string) => comments.filter((c) => c.parent?.id === parentId);

  return (
    <Stack>
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
      <Paper withBorder p="md">
        <Markdown>{post.body}</Markdown>
      </Paper>
      <Group gap="xs" wrap="wrap">
        <Button
          variant={post.viewerHasUpvoted ? 'filled' : 'default'}
          aria-pressed={post.viewerHasUpvoted}
          loading={upvoting.loading || removing.loading}
          onClick={() => void act(() => (post.viewerHasUpvoted ? removeUpvote({ variables: { postId: post.id } }) : upvote({ variables: { postId: post.id } })))}
        >
          Upvote · {post.score}
        </Button>
        {isAuthor && (
          <Button component={Link} to={`/posts/${post.id}/edit`} variant="default">
            Edit post
          </Button>
        )}
        {canModerate && (
          <>
            <Button variant="default" onClick={() => void act(() => pin({ variables: { postId: post.id, pinned: !post.pinned } }))}>
              {post.pinned ? 'Unpin' : 'Pin to top'}
            </Button>
            <Button variant="default" onClick={() => void act(() => lock({ variables: { postId: post.id, locked: !post.locked } }))}>
              {post.locked ? 'Unlock comments' : 'Lock comments'}
            </Button>
          </>
        )}
        {(isAuthor || canModerate) && (
          <Button variant="subtle" color="red" onClick={deleteModal.open}>
            Delete post
          </Button>
        )}
      </Group>
      <FormError message={actionError} />

      <Title order={2} size="h3" mt="md">
        {post.kind === 'QUESTION' ? 'Answers' : 'Comments'} ({post.commentCount})
      </Title>
      {topLevel.length === 0 && (
        <Text c="dimmed">
          {post.kind === 'QUESTION' ? 'No answers yet.' : 'No comments yet.'} {canComment ? 'Be the first to reply below.' : ''}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={post.kind === 'QUESTION' ? 'Answers' : 'Comments'}>
        {topLevel.map((c) => {
          const accepted = post.acceptedAnswer?.id === c.id;
          return (
            <Paper key={c.id} component="li" withBorder p="sm" style={accepted ? { borderColor: 'var(--mantine-color-green-6)', borderWidth: 2 } : undefined} aria-label={accepted ? `Accepted answer by ${c.author.displayName}` : `Comment by ${c.author.displayName}`}>
              <CommentBody comment={c} canDelete={canModerate || c.author.id === viewer?.id} />
              {accepted && (
                <Badge color="green" mt={4}>
                  Accepted answer
                </Badge>
              )}
              <Group gap="xs" mt={4}>
                {post.kind === 'QUESTION' && isAuthor && !accepted && (
                  <Button size="xs" variant="light" color="green" onClick={() => void act(() => accept({ variables: { commentId: c.id } }))}>
                    Accept this answer
                  </Button>
                )}
              </Group>
              {replies(c.id).length > 0 && (
                <Stack gap="xs" mt="xs" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }} component="ol" aria-label={`Replies to ${c.author.displayName}`}>
                  {replies(c.id).map((r) => (
                    <li key={r.id} style={{ listStyle: 'none' }}>
                      <CommentBody comment={r} canDelete={canModerate || r.author.id === viewer?.id} />
                    </li>
                  ))}
                </Stack>
              )}
              {canComment && <CommentForm postId={post.id} parentId={c.id} label={`Reply to ${c.author.displayName}`} compact />}
            </Paper>
          );
        })}
      </Stack>
      {canComment ? (
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
      <Modal opened={confirmDelete} onClose={deleteModal.close} title="Delete this post?">
        <Stack>
          <Text size="sm">“{post.title}” and all its comments will be deleted. This cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={deleteModal.close}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={deleting.loading}
              onClick={() =>
                void act(async () => {
                  await del({ variables: { id: post.id } });
                  navigate(`/guilds/${post.guild.slug}`, { replace: true });
                })
              }
            >
              Delete post
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function CommentBody({ comment, canDelete }: { comment: CommentNode; canDelete: boolean }) {
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
        {canDelete &&
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

function CommentForm({ postId, parentId, label, compact }: { postId: string; parentId?: string; label: string; compact?: boolean }) {
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
