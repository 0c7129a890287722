import { Anchor, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { REVIEW_COMMENT_MAX_LENGTH } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError, Markdown } from '@guildhall/web-ui';
import { formatDate } from './labels';

export const ReviewThread_standard = graphql(`
  fragment ReviewThread_standard on Standard {
    id
    status
    viewerCanComment
    reviewComments {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

const AddReviewCommentMutation = graphql(`
  mutation StandardPageAddReviewComment($standardId: ID!, $body: String!) {
    addReviewComment(standardId: $standardId, body: $body) {
      id
    }
  }
`);

/** The review's comments, oldest first; the chapter's members add theirs while it is in review. */
export function ReviewThread(props: { standard: FragmentType<typeof ReviewThread_standard> }) {
  const s = getFragmentData(ReviewThread_standard, props.standard);
  const inReview = s.status === 'IN_REVIEW';
  if (!inReview && s.reviewComments.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="review-heading" gap="sm">
      <Title order={2} size="h4" id="review-heading">
        {inReview ? 'Review' : 'Earlier review comments'} ({s.reviewComments.length})
      </Title>
      {inReview && s.reviewComments.length === 0 && <Text c="dimmed">No comments yet.</Text>}
      <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Review comments">
        {s.reviewComments.map((c) => (
          <Paper component="li" key={c.id} withBorder p="sm" aria-label={`Comment by ${c.author.displayName}`}>
            <Text size="sm" c="dimmed" mb={4}>
              <Anchor component={Link} to={`/people/${c.author.id}`} size="sm">
                {c.author.displayName}
              </Anchor>{' '}
              · {formatDate(c.createdAt)}
            </Text>
            <Markdown>{c.body}</Markdown>
          </Paper>
        ))}
      </Stack>
      {inReview && s.viewerCanComment && <ReviewCommentForm standardId={s.id} />}
      {inReview && !s.viewerCanComment && (
        <Text size="sm" c="dimmed">
          Members of the chapter comment on its standards while they are in review.
        </Text>
      )}
    </Stack>
  );
}

function ReviewCommentForm({ standardId }: { standardId: string }) {
  const [body, setBody] = useState('');
  const problems = useFormProblems();
  const [add, { loading }] = useMutation(AddReviewCommentMutation, { refetchQueries: ['StandardPage'], awaitRefetchQueries: true });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!body.trim()) fields['body'] = 'Write a comment.';
    else if (body.trim().length > REVIEW_COMMENT_MAX_LENGTH) fields['body'] = `Keep the comment to ${REVIEW_COMMENT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`;
    if (!problems.check(fields)) return;
    if (await problems.submit(() => add({ variables: { standardId, body } }))) setBody('');
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a review comment">
      <Stack gap="xs">
        <Textarea label="Your review comment" description="Markdown is supported." autosize minRows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={problems.fields['body']} />
        <FormError message={problems.general} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          Add comment
        </Button>
      </Stack>
    </form>
  );
}
