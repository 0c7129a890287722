import { Button, Container } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '@guildhall/web-ui';

/** Last resort when a page crashes while rendering: say so and offer a way back. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : 'Unexpected error.';
  return (
    <Container size="sm" py="xl" component="main">
      <ErrorState title="This page failed to load" message={message} />
      <Button component="a" href="/" variant="default">
        Go to the home page
      </Button>
    </Container>
  );
}
