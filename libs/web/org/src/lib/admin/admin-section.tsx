import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormError } from '@guildhall/web-ui';

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

export interface AdminFormProps {
  /** The section's heading and the form's accessible name. */
  title: string;
  submitLabel: string;
  loading: boolean;
  onSubmit: (e: FormEvent) => void;
  /** The problem that belongs to no field. */
  problem?: string;
  done?: ReactNode;
  children: ReactNode;
}

/** One admin form in its section: the fields, then its problem or what it did, then the button. */
export function AdminForm({ title, submitLabel, loading, onSubmit, problem, done, children }: AdminFormProps) {
  return (
    <AdminSection title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack>
          {children}
          <FormError message={problem} />
          <Done message={done} />
          <Group>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AdminSection>
  );
}
