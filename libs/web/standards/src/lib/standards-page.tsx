import { EmptyState, PageHeader } from '@guildhall/web-ui';

export function StandardsPage() {
  return (
    <>
      <PageHeader title="Standards" />
      <EmptyState title="Nothing here yet" />
    </>
  );
}
