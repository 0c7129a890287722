import { Button, Center, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, graphql, useFormProblems, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LoadingState, PageHeader } from '@guildhall/web-ui';
import { GuildCard } from './guild-card';

const GuildsPageQuery = graphql(`
  query GuildsPage($first: Int, $after: String, $search: String) {
    guilds(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          ...GuildCard_guild
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateGuildMutation = graphql(`
  mutation GuildsPageCreate($input: CreateGuildInput!) {
    createGuild(input: $input) {
      id
      slug
    }
  }
`);

export function GuildsPage() {
  const { viewer } = useViewer();
  const [input, setInput] = useState('');
  const [search] = useDebouncedValue(input.trim(), 250);
  const { data, loading, error, fetchMore, refetch } = useQuery(GuildsPageQuery, { variables: { first: 30, search: search || null } });
  const [creating, createModal] = useDisclosure(false);
  const guilds = data?.guilds;
  return (
    <>
      <PageHeader
        title="Guilds"
        description="Communities of interest across tribes. Anyone may join or leave; any member may volunteer to coordinate."
        actions={<Button onClick={createModal.open}>Start a guild</Button>}
      />
      <TextInput label="Search guilds" type="search" placeholder="e.g. Testing, Web performance" value={input} onChange={(e) => setInput(e.currentTarget.value)} maw={480} mb="md" />
      {loading && !guilds && <LoadingState label="Loading guilds…" />}
      {error && !guilds && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {guilds && guilds.edges.length === 0 && (
        <EmptyState title={search ? `No guild matches “${search}”` : 'No guilds yet'} actions={<Button onClick={createModal.open}>Start a guild</Button>}>
          {search ? 'Try another word, or start the guild you were looking for.' : 'Start the first guild around something people want to learn together.'}
        </EmptyState>
      )}
      {guilds && guilds.edges.length > 0 && (
        <Stack>
          <Text size="sm" c="dimmed" role="status">
            {guilds.totalCount} {guilds.totalCount === 1 ? 'guild' : 'guilds'}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }} aria-label="Guilds">
            {guilds.edges.map(({ node }) => (
              <GuildCard key={node.id} guild={node} viewerId={viewer?.id} />
            ))}
          </SimpleGrid>
          {guilds.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void fetchMore({ variables: { after: guilds.pageInfo.endCursor } })}>
                Load more guilds
              </Button>
            </Center>
          )}
        </Stack>
      )}
      <Modal opened={creating} onClose={createModal.close} title="Start a guild">
        <CreateGuildForm onCancel={createModal.close} />
      </Modal>
    </>
  );
}

function CreateGuildForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const problems = useFormProblems();
  const [create, { loading }] = useMutation(CreateGuildMutation, { refetchQueries: ['GuildsPage'] });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!problems.check(name.trim() ? {} : { name: 'Give the guild a name.' })) return;
    await problems.submit(async () => {
      const { data } = await create({ variables: { input: { name: name.trim(), description: description.trim() || null } } });
      if (data) navigate(`/guilds/${data.createGuild.slug}`);
    });
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Start a guild">
      <Stack>
        <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} data-autofocus />
        <Textarea label="Description" description="What the guild is about and who should join." value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={problems.fields['description']} autosize minRows={3} />
        <FormError message={problems.general} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create guild
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
