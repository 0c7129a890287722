import { Anchor, Container, Stack } from '@mantine/core';
import { Link, Navigate, Outlet, useSearchParams } from 'react-router';
import { useViewer } from '@guildhall/web-data-access';
import { safeNextPath } from '@guildhall/web-auth';
import { LoadingState } from '@guildhall/web-ui';

/** Sign-in and sign-up: the only pages open without an account. */
export function PublicLayout() {
  const { viewer, loading } = useViewer();
  const [params] = useSearchParams();
  if (loading) return <LoadingState />;
  if (viewer) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return (
    <Container size={440} py="xl" component="main">
      <Stack>
        <Anchor component={Link} to="/sign-in" fw={800} size="xl" underline="never" c="indigo.8">
          Guildhall
        </Anchor>
        <Outlet />
      </Stack>
    </Container>
  );
}
