import { Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql, useFormProblems, useViewer, type Viewer } from '@guildhall/web-data-access';
import { BIO_MAX_LENGTH, DISCIPLINE_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH } from '@guildhall/shared-domain';
import { FormError, LoadingState, PageHeader } from '@guildhall/web-ui';

const ProfilePageMutation = graphql(`
  mutation ProfilePage($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      discipline
      bio
    }
  }
`);

export function ProfilePage() {
  const { viewer } = useViewer();
  if (!viewer) return <LoadingState />;
  return <ProfileForm viewer={viewer} />;
}

function ProfileForm({ viewer }: { viewer: Viewer }) {
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [discipline, setDiscipline] = useState(viewer.discipline ?? '');
  const [bio, setBio] = useState(viewer.bio ?? '');
  const problems = useFormProblems();
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(ProfilePageMutation);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const errors: Record<string, string> = {};
    if (!displayName.trim()) errors['displayName'] = 'Enter the name colleagues know you by.';
    else if (displayName.trim().length > DISPLAY_NAME_MAX_LENGTH) errors['displayName'] = `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters.`;
    if (discipline.trim().length > DISCIPLINE_MAX_LENGTH) errors['discipline'] = `Use at most ${DISCIPLINE_MAX_LENGTH} characters.`;
    if (bio.length > BIO_MAX_LENGTH) errors['bio'] = `Use at most ${BIO_MAX_LENGTH} characters.`;
    if (!problems.check(errors)) return;
    await problems.submit(async () => {
      await update({ variables: { input: { displayName: displayName.trim(), discipline: discipline.trim(), bio } } });
      setSaved(true);
    });
  }

  return (
    <>
      <PageHeader
        title="Your profile"
        description="How colleagues see you in the people directory."
        actions={
          <Button component={Link} to={`/people/${viewer.id}`} variant="default">
            View your public page
          </Button>
        }
      />
      <Paper withBorder p="lg" radius="md" maw={640}>
        <form onSubmit={onSubmit} noValidate aria-label="Edit profile">
          <Stack>
            {viewer.email && (
              <Text size="sm" c="dimmed">
                Signed in as {viewer.email}
              </Text>
            )}
            <TextInput
              label="Display name"
              required
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={problems.fields['displayName']}
            />
            <TextInput
              label="Discipline"
              description="The craft you practise, e.g. Backend, iOS, Data, Design."
              value={discipline}
              onChange={(e) => setDiscipline(e.currentTarget.value)}
              error={problems.fields['discipline']}
            />
            <Textarea
              label="Bio"
              description={`What you work on and what people can ask you about. ${bio.length}/${BIO_MAX_LENGTH} characters.`}
              autosize
              minRows={4}
              value={bio}
              onChange={(e) => setBio(e.currentTarget.value)}
              error={problems.fields['bio']}
            />
            <FormError message={problems.general} />
            {saved && (
              <Alert color="green" role="status" variant="light" p="xs">
                Profile saved.
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={loading}>
                Save profile
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
