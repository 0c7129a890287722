import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { DISCIPLINE_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH, isEmailAddress, PASSWORD_MIN_LENGTH } from '@guildhall/shared-domain';
import { FormError, PageHeader } from '@guildhall/web-ui';
import { useSignInComplete } from './use-sign-in-complete';

const SignUpPageMutation = graphql(`
  mutation SignUpPage($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        ...Viewer
      }
    }
  }
`);

interface Values {
  displayName: string;
  email: string;
  password: string;
  discipline: string;
}

function validate(v: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.displayName.trim()) errors['displayName'] = 'Enter the name colleagues know you by.';
  else if (v.displayName.trim().length > DISPLAY_NAME_MAX_LENGTH) errors['displayName'] = `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters.`;
  if (!isEmailAddress(v.email.trim())) errors['email'] = 'Enter an email address, like name@example.com.';
  if (v.password.length < PASSWORD_MIN_LENGTH) errors['password'] = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (v.discipline.trim().length > DISCIPLINE_MAX_LENGTH) errors['discipline'] = `Use at most ${DISCIPLINE_MAX_LENGTH} characters.`;
  return errors;
}

export function SignUpPage() {
  const [values, setValues] = useState<Values>({ displayName: '', email: '', password: '', discipline: '' });
  const problems = useFormProblems();
  const [signUp, { loading }] = useMutation(SignUpPageMutation);
  const complete = useSignInComplete();
  const set = (key: keyof Values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors = validate(values);
    if (!problems.check(errors)) return;
    await problems.submit(async () => {
      const { data } = await signUp({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
            discipline: values.discipline.trim() || null,
          },
        },
      });
      if (data) await complete(data.signUp.user);
    });
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <PageHeader title="Create your account" description="Join your organisation's Guildhall." />
      <form onSubmit={onSubmit} noValidate aria-label="Create your account">
        <Stack>
          <TextInput label="Display name" autoComplete="name" required value={values.displayName} onChange={set('displayName')} error={problems.fields['displayName']} />
          <TextInput label="Email" type="email" autoComplete="email" required value={values.email} onChange={set('email')} error={problems.fields['email']} />
          <PasswordInput
            label="Password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
            required
            value={values.password}
            onChange={set('password')}
            error={problems.fields['password']}
            visibilityToggleButtonProps={{ 'aria-label': 'Show or hide password' }}
          />
          <TextInput
            label="Discipline"
            description="The craft you practise, e.g. Backend, iOS, Data, Design. Optional."
            value={values.discipline}
            onChange={set('discipline')}
            error={problems.fields['discipline']}
          />
          <FormError message={problems.general} />
          <Button type="submit" loading={loading}>
            Create account
          </Button>
          <Text size="sm">
            Already have an account?{' '}
            <Anchor component={Link} to="/sign-in">
              Sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
