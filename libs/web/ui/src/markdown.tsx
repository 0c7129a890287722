import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';

const MarkdownRenderer = lazy(() => import('./markdown-renderer'));

/**
 * People's Markdown, rendered safely (see markdown-renderer.tsx). While the renderer's
 * code loads, the text is shown as written — escaped by React, never parsed as HTML —
 * so the words are readable at once and nothing jumps far when the formatting arrives.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <Suspense
      fallback={
        <Text component="div" aria-busy="true" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {children}
        </Text>
      }
    >
      <MarkdownRenderer>{children}</MarkdownRenderer>
    </Suspense>
  );
}
