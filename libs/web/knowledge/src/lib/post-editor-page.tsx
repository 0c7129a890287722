import { Button, Group, Paper, SegmentedControl, Stack, Tabs, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage, getFragmentData, graphql, useFormProblems, useViewer, type FragmentType } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LoadingState, Markdown, PageHeader } from '@guildhall/web-ui';

const EditorGuildQuery = graphql(`
  query PostEditorPageGuild($slug: String!) {
    guild(slug: $slug) {
      id
      slug
      name
      viewerIsMember
      coordinators {
        id
      }
    }
  }
`);
const PostEditor_post = graphql(`
  fragment PostEditor_post on Post {
    id
    title
    body
    tags
    kind
    guild {
      id
      slug
      name
    }
  }
`);
const EditorPostQuery = graphql(`
  query PostEditorPagePost($id: ID!) {
    post(id: $id) {
      id
      author {
        id
      }
      ...PostEditor_post
    }
  }
`);
const CreatePostMutation = graphql(`
  mutation PostEditorPageCreate($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`);
const UpdatePostMutation = graphql(`
  mutation PostEditorPageUpdate($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      id
      title
      body
      tags
      updatedAt
    }
  }
`);

const MAX_TAGS = 5;
type Kind = 'ARTICLE' | 'QUESTION' | 'ANNOUNCEMENT';

/** New post in a guild: /guilds/:slug/new-post. */
export function NewPostPage() {
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(EditorGuildQuery, { variables: { slug } });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const guild = data?.guild;
  if (!guild) return <EmptyState title="Guild not found" actions={<Button component={Link} to="/guilds">Browse guilds</Button>}>Choose a guild to post in.</EmptyState>;
  if (!guild.viewerIsMember) {
    return (
      <>
        <PageHeader title={`New post in ${guild.name}`} />
        <EmptyState title="Join the guild first" actions={<Button component={Link} to={`/guilds/${guild.slug}`}>Open {guild.name}</Button>}>
          Only members of a guild may post in it.
        </EmptyState>
      </>
    );
  }
  const isCoordinator = guild.coordinators.some((c) => c.id === viewer?.id);
  return <PostEditor mode={{ kind: 'create', guildId: guild.id, guildSlug: guild.slug, guildName: guild.name, canAnnounce: isCoordinator }} />;
}

/** Edit one's own post: /posts/:id/edit. */
export function EditPostPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(EditorPostQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const post = data?.post;
  if (!post) return <EmptyState title="Post not found" actions={<Button component={Link} to="/">Go to your feed</Button>}>It may have been deleted.</EmptyState>;
  if (post.author.id !== viewer?.id) {
    return <ErrorState title="Only the author can edit this post" message="Add a comment instead, or ask the author to change it." />;
  }
  return <PostEditor mode={{ kind: 'edit', post }} />;
}

type Mode =
  | { kind: 'create'; guildId: string; guildSlug: string; guildName: string; canAnnounce: boolean }
  | { kind: 'edit'; post: FragmentType<typeof PostEditor_post> };

function PostEditor({ mode }: { mode: Mode }) {
  const navigate = useNavigate();
  const editing = mode.kind === 'edit' ? getFragmentData(PostEditor_post, mode.post) : undefined;
  const [title, setTitle] = useState(editing?.title ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [tags, setTags] = useState<string[]>([...(editing?.tags ?? [])]);
  const [kind, setKind] = useState<Kind>((editing?.kind as Kind) ?? 'ARTICLE');
  const [tab, setTab] = useState<string | null>('write');
  const problems = useFormProblems();
  const [create, creating] = useMutation(CreatePostMutation);
  const [update, updating] = useMutation(UpdatePostMutation);
  const guildName = editing ? editing.guild.name : mode.kind === 'create' ? mode.guildName : '';
  const guildSlug = editing ? editing.guild.slug : mode.kind === 'create' ? mode.guildSlug : '';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!title.trim()) fields['title'] = 'Give the post a title.';
    if (!body.trim()) fields['body'] = 'Write the post itself.';
    if (tags.length > MAX_TAGS) fields['tags'] = `Use at most ${MAX_TAGS} tags.`;
    if (!problems.check(fields)) {
      if (fields['body']) setTab('write');
      return;
    }
    const cleanTags = [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    await problems.submit(async () => {
      if (mode.kind === 'create') {
        const { data } = await create({ variables: { input: { guildId: mode.guildId, kind, title: title.trim(), body, tags: cleanTags } }, refetchQueries: ['GuildPagePosts', 'FeedPage'] });
        if (data) navigate(`/posts/${data.createPost.id}`);
      } else if (editing) {
        await update({ variables: { id: editing.id, input: { title: title.trim(), body, tags: cleanTags } } });
        navigate(`/posts/${editing.id}`);
      }
    });
  }

  const kinds = [
    { value: 'ARTICLE', label: 'Article' },
    { value: 'QUESTION', label: 'Question' },
    ...(mode.kind === 'create' && mode.canAnnounce ? [{ value: 'ANNOUNCEMENT', label: 'Announcement' }] : []),
  ];

  return (
    <>
      <PageHeader title={editing ? 'Edit post' : `New post in ${guildName}`} description="Posts are Markdown: **bold**, `code`, lists, tables, links and fenced code blocks with a language." />
      <Paper withBorder p="md" maw={900}>
        <form onSubmit={onSubmit} noValidate aria-label={editing ? 'Edit post' : 'New post'}>
          <Stack>
            {!editing && (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="post-kind-label">
                  Kind of post
                </Text>
                <SegmentedControl aria-labelledby="post-kind-label" data={kinds} value={kind} onChange={(v) => setKind(v as Kind)} />
              </Stack>
            )}
            <TextInput label="Title" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problems.fields['title']} placeholder={kind === 'QUESTION' ? 'What do you want to know?' : undefined} />
            <TagsInput
              label="Tags"
              description={`Up to ${MAX_TAGS}, lower-case. Press Enter after each.`}
              value={tags}
              onChange={(v) => setTags(v.map((t) => t.toLowerCase()))}
              maxTags={MAX_TAGS}
              error={problems.fields['tags']}
              clearable
            />
            <Tabs value={tab} onChange={setTab}>
              <Tabs.List>
                <Tabs.Tab value="write">Write</Tabs.Tab>
                <Tabs.Tab value="preview">Preview</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="write" pt="xs">
                <Textarea label="Body" required autosize minRows={10} maxRows={40} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={problems.fields['body']} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="xs">
                <Paper withBorder p="md" mih={200} aria-label="Preview">
                  {body.trim() ? <Markdown>{body}</Markdown> : <Text c="dimmed">Nothing to preview yet.</Text>}
                </Paper>
              </Tabs.Panel>
            </Tabs>
            <FormError message={problems.general} />
            <Group>
              <Button type="submit" loading={creating.loading || updating.loading}>
                {editing ? 'Save changes' : 'Publish'}
              </Button>
              <Button component={Link} to={editing ? `/posts/${editing.id}` : `/guilds/${guildSlug}`} variant="default">
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
