import { EmptyState, PageHeader } from '@guildhall/web-ui';

export function AlliancesPage() {
  return (
    <>
      <PageHeader title="Alliances" />
      <EmptyState title="Nothing here yet" />
    </>
  );
}
