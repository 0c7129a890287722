import { Paper, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LinkButton, LoadingState, Markdown, PageHeader, useDocumentTitle } from '@guildhall/web-ui';
import { PostActions } from './post-actions';
import { PostComments } from './post-comments';
import { PostHeader } from './post-header';
import { postPermissions, usePostAction } from './post-permissions';

const PostPageQuery = graphql(`
  query PostPage($id: ID!) {
    post(id: $id) {
      id
      title
      body
      ...PostHeader_post
      ...PostPermissions_post
      ...PostActions_post
      ...PostComments_post
    }
  }
`);

/** /posts/:id: the post, what the viewer may do with it, and its comments. */
export function PostPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(PostPageQuery, { variables: { id } });
  const post = data?.post;
  useDocumentTitle(post?.title ?? 'Post');
  const action = usePostAction();

  if (loading && !data) return <LoadingState label="Loading post…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!post) {
    return (
      <>
        <PageHeader title="Post not found" />
        <EmptyState
          title="This post does not exist"
          actions={
            <LinkButton to="/">Go to your feed</LinkButton>
          }
        >
          It may have been deleted, or the link is mistyped.
        </EmptyState>
      </>
    );
  }

  const can = postPermissions(post, viewer);
  return (
    <Stack>
      <PostHeader post={post} />
      <Paper withBorder p="md">
        <Markdown>{post.body}</Markdown>
      </Paper>
      <PostActions post={post} can={can} act={action.act} />
      <FormError message={action.error} />
      <PostComments post={post} can={can} act={action.act} />
    </Stack>
  );
}
