import { Alert, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Queries that show what the admin forms change: refetched after each change. */
export const ADMIN_REFETCH = ['OrgAdminPage', 'OrgChartPage', 'OrgWarningBadges'];

export type Option = { value: string; label: string };

export function AdminSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** What a form just did, announced politely. */
export function Done({ message }: { message?: ReactNode }) {
  if (!message) return null;
  return (
    <Alert color="green" variant="light" role="status" p="xs">
      {message}
    </Alert>
  );
}
