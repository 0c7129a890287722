import { EmptyState, LinkButton, PageHeader } from '@guildhall/web-ui';

export function NotFound({ what, back = { to: '/org', label: 'Open the org chart' } }: { what: string; back?: { to: string; label: string } }) {
  const title = `${what[0].toUpperCase()}${what.slice(1)} not found`;
  return (
    <>
      <PageHeader title={title} />
      <EmptyState
        title={`There is no ${what} at this address`}
        actions={
          <LinkButton to={back.to}>{back.label}</LinkButton>
        }
      >
        It may have been renamed or removed, or the link is mistyped.
      </EmptyState>
    </>
  );
}
