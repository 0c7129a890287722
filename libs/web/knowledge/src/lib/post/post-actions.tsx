import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import type { PostAct, PostPermissions } from './post-permissions';

export const PostActions_post = graphql(`
  fragment PostActions_post on Post {
    id
    title
    pinned
    locked
    score
    viewerHasUpvoted
    guild {
      id
      slug
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

/** Upvote for everyone; edit for the author; pin, lock and delete for moderators (delete for the author too). */
export function PostActions(props: { post: FragmentType<typeof PostActions_post>; can: PostPermissions; act: PostAct }) {
  const post = getFragmentData(PostActions_post, props.post);
  const { can, act } = props;
  const navigate = useNavigate();
  const [upvote, upvoting] = useMutation(UpvoteMutation);
  const [removeUpvote, removing] = useMutation(RemoveUpvoteMutation);
  const [pin] = useMutation(PinMutation);
  const [lock] = useMutation(LockMutation);
  const [del, deleting] = useMutation(DeletePostMutation);
  const [confirmDelete, deleteModal] = useDisclosure(false);
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button
          variant={post.viewerHasUpvoted ? 'filled' : 'default'}
          aria-pressed={post.viewerHasUpvoted}
          loading={upvoting.loading || removing.loading}
          onClick={() => void act(() => (post.viewerHasUpvoted ? removeUpvote({ variables: { postId: post.id } }) : upvote({ variables: { postId: post.id } })))}
        >
          Upvote · {post.score}
        </Button>
        {can.isAuthor && (
          <Button component={Link} to={`/posts/${post.id}/edit`} variant="default">
            Edit post
          </Button>
        )}
        {can.canModerate && (
          <>
            <Button variant="default" onClick={() => void act(() => pin({ variables: { postId: post.id, pinned: !post.pinned } }))}>
              {post.pinned ? 'Unpin' : 'Pin to top'}
            </Button>
            <Button variant="default" onClick={() => void act(() => lock({ variables: { postId: post.id, locked: !post.locked } }))}>
              {post.locked ? 'Unlock comments' : 'Lock comments'}
            </Button>
          </>
        )}
        {(can.isAuthor || can.canModerate) && (
          <Button variant="subtle" color="red" onClick={deleteModal.open}>
            Delete post
          </Button>
        )}
      </Group>
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
    </>
  );
}
