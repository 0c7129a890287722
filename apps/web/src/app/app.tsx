import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '@guildhall/web-data-access';
import { router } from './router';
import { accessibleColors, theme } from './theme';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={accessibleColors} defaultColorScheme="light">
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
