import { Anchor, AppShell, Box, Burger, Container, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { errorMessage, useViewer } from '@guildhall/web-data-access';
import { SignOutButton } from '@guildhall/web-auth';
import { HeaderSearch } from '@guildhall/web-knowledge';
import { ErrorState, LoadingState, PersonAvatar } from '@guildhall/web-ui';
import { NAV_ITEMS, isActive } from './nav';

/** The signed-in frame: header, navigation and the page. Signed-out visitors go to sign-in first. */
export function AppLayout() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  if (loading) return <LoadingState label="Opening Guildhall…" />;
  if (error && !viewer) {
    return (
      <Container size="sm" py="xl">
        <ErrorState title="Guildhall could not load" message={errorMessage(error)} onRetry={() => void refetch()} />
      </Container>
    );
  }
  if (!viewer) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" fw={800} size="lg" underline="never" c="indigo.8" aria-label="Guildhall home">
              Guildhall
            </Anchor>
          </Group>
          <HeaderSearch />
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Anchor component={Link} to="/profile" c="dark" underline="hover" aria-label={`${viewer.displayName}, your profile`}>
              <Group gap={6} wrap="nowrap">
                <PersonAvatar name={viewer.displayName} size="sm" />
                <Text size="sm" visibleFrom="xs" truncate maw={180}>
                  {viewer.displayName}
                </Text>
              </Group>
            </Anchor>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation">
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          <Box component="nav" aria-label="Main">
            {NAV_ITEMS.filter((item) => !item.adminOnly || viewer.role === 'ADMIN').map((item) => {
              const active = isActive(item, location.pathname);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={close}
                />
              );
            })}
          </Box>
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="xs" c="dimmed" mb={6} truncate>
            Signed in as {viewer.displayName}
          </Text>
          <SignOutButton onDone={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
