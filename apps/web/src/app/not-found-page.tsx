import { useLocation } from 'react-router';
import { EmptyState, LinkButton, PageHeader } from '@guildhall/web-ui';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title={`Nothing lives at ${pathname}`}
        actions={
          <LinkButton to="/">Go to the home page</LinkButton>
        }
      >
        The link may be mistyped, or the page was moved or deleted. Start again from the home page or use the navigation.
      </EmptyState>
    </>
  );
}
