import { Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { STANDARD_BODY_MAX_LENGTH, STANDARD_SUMMARY_MAX_LENGTH, STANDARD_TITLE_MAX_LENGTH } from '@guildhall/shared-domain';
import { Markdown } from '@guildhall/web-ui';
import { LEVEL_INFO, STANDARD_LEVELS } from './labels';

export interface StandardFields {
  title: string;
  summary: string;
  level: string;
  /** YYYY-MM-DD, or '' for no deadline. */
  adoptBy: string;
  body: string;
}

/** The date input's value for a DateTime, in the viewer's time zone. */
export function dateInputValue(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleDateString('en-CA') : '';
}

/** A deadline is the end of the chosen day, where the person choosing it is. */
export function deadlineFromInput(value: string): string | null {
  return value ? new Date(`${value}T23:59:59`).toISOString() : null;
}

/** The form's own refusals, with the same limits the API applies. */
export function checkStandardFields(f: StandardFields): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!f.title.trim()) problems['title'] = 'Give the standard a title.';
  else if (f.title.trim().length > STANDARD_TITLE_MAX_LENGTH) problems['title'] = `Keep the title to ${STANDARD_TITLE_MAX_LENGTH} characters or fewer.`;
  if (f.summary.trim().length > STANDARD_SUMMARY_MAX_LENGTH) problems['summary'] = `Keep the summary to ${STANDARD_SUMMARY_MAX_LENGTH} characters or fewer.`;
  if (!f.body.trim()) problems['body'] = 'Write the standard: the body cannot be empty.';
  else if (f.body.length > STANDARD_BODY_MAX_LENGTH) problems['body'] = `Keep the body to ${STANDARD_BODY_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`;
  if (f.adoptBy && Number.isNaN(new Date(`${f.adoptBy}T23:59:59`).getTime())) problems['adoptBy'] = 'Choose a date.';
  return problems;
}

/**
 * Title, summary, level, deadline and the Markdown body with its preview: beside the text at
 * desktop width, behind a tab on phones.
 */
export function StandardForm({ value, onChange, problems, before }: { value: StandardFields; onChange: (v: StandardFields) => void; problems: Record<string, string>; before?: ReactNode }) {
  const wide = useMediaQuery('(min-width: 62em)', true);
  const set = (patch: Partial<StandardFields>) => onChange({ ...value, ...patch });
  const editor = (
    <Textarea
      label="Text of the standard"
      description="Markdown: headings, lists, tables, links and code blocks."
      required
      autosize
      minRows={12}
      maxRows={40}
      value={value.body}
      onChange={(e) => set({ body: e.currentTarget.value })}
      error={problems['body']}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );
  const preview = (
    <Paper withBorder p="md" mih={200} aria-label="Preview" role="region">
      {value.body.trim() ? <Markdown>{value.body}</Markdown> : <Text c="dimmed">Nothing to preview yet.</Text>}
    </Paper>
  );
  return (
    <Stack>
      {before}
      <TextInput label="Title" required value={value.title} onChange={(e) => set({ title: e.currentTarget.value })} error={problems['title']} />
      <TextInput label="Summary" description="One sentence for lists and notifications." value={value.summary} onChange={(e) => set({ summary: e.currentTarget.value })} error={problems['summary']} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="standard-level-label">
            Level
          </Text>
          <SegmentedControl aria-labelledby="standard-level-label" data={STANDARD_LEVELS.map((l) => ({ value: l, label: l }))} value={value.level} onChange={(level) => set({ level })} />
          <Text size="xs" c="dimmed">
            {LEVEL_INFO[value.level]?.meaning}
          </Text>
        </Stack>
        <TextInput type="date" label="Adopt by" description="The rollout's deadline; leave empty for none." value={value.adoptBy} onChange={(e) => set({ adoptBy: e.currentTarget.value })} error={problems['adoptBy']} />
      </Group>
      {wide ? (
        <SimpleGrid cols={2}>
          {editor}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Preview
            </Text>
            {preview}
          </Stack>
        </SimpleGrid>
      ) : (
        <Tabs defaultValue="write">
          <Tabs.List>
            <Tabs.Tab value="write">Write</Tabs.Tab>
            <Tabs.Tab value="preview">Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            {editor}
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            {preview}
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

/** Chapters the viewer may write standards for, as select options. */
export function ChapterSelect({ chapters, value, onChange, error }: { chapters: { id: string; name: string; tribe: string }[]; value: string; onChange: (id: string) => void; error?: string }) {
  return (
    <NativeSelect
      label="Chapter"
      required
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      data={[{ value: '', label: 'Choose a chapter' }, ...chapters.map((c) => ({ value: c.id, label: `${c.name} (${c.tribe})` }))]}
    />
  );
}
