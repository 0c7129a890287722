import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { isEmailAddress } from '@guildhall/shared-domain';
import { FormError, PageHeader } from '@guildhall/web-ui';
import { useSignInComplete } from './use-sign-in-complete';

const SignInPageMutation = graphql(`
  mutation SignInPage($input: SignInInput!) {
    signIn(input: $input) {
      user {
        ...Viewer
      }
    }
  }
`);

export function SignInPage() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const problems = useFormProblems();
  const [signIn, { loading }] = useMutation(SignInPageMutation);
  const complete = useSignInComplete();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!isEmailAddress(email.trim())) errors['email'] = 'Enter your email address, like name@example.com.';
    if (!password) errors['password'] = 'Enter your password.';
    if (!problems.check(errors)) return;
    await problems.submit(async () => {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (data) await complete(data.signIn.user);
    });
  }

  const next = params.get('next');
  return (
    <Paper withBorder p="lg" radius="md">
      <PageHeader title="Sign in" description="Welcome back to Guildhall." />
      <form onSubmit={onSubmit} noValidate aria-label="Sign in">
        <Stack>
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={problems.fields['email']}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problems.fields['password']}
            visibilityToggleButtonProps={{ 'aria-label': 'Show or hide password' }}
          />
          <FormError message={problems.general} />
          <Button type="submit" loading={loading}>
            Sign in
          </Button>
          <Text size="sm">
            New here?{' '}
            <Anchor component={Link} to={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>
              Create an account
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
