import { Mark, Text } from '@mantine/core';

/** A search snippet whose matched words arrive marked «like this». */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/«([^»]*)»/);
  return (
    <Text size="sm" c="dimmed">
      {parts.map((p, i) => (i % 2 === 1 ? <Mark key={i}>{p}</Mark> : <span key={i}>{p}</span>))}
    </Text>
  );
}
