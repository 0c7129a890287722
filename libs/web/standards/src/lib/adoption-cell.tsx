import { Button, Group, Menu, Modal, Stack, Text, TextInput, Textarea, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { STANDARD_NOTE_MAX_LENGTH } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { ADOPTION_INFO, formatDate, isExpiringSoon } from './labels';
import { deadlineFromInput } from './standard-form';

export const AdoptionCell_adoption = graphql(`
  fragment AdoptionCell_adoption on Adoption {
    status
    version
    outdated
    overdue
    note
    exemptUntil
    viewerCanRecord
  }
`);

const SetAdoptionMutation = graphql(`
  mutation AdoptionMatrixSetAdoption($input: SetAdoptionInput!) {
    setAdoption(input: $input) {
      status
      version
      outdated
    }
  }
`);

const REFETCH = { refetchQueries: ['AdoptionMatrixTribe', 'AdoptionMatrixChapter'], awaitRefetchQueries: true };

/** What a cell says in words, beside its colour: status, version and its marks. */
export function cellMarks(a: { status: string; version?: number | null; outdated: boolean; overdue: boolean; exemptUntil?: string | null }, currentVersion: number | null) {
  const marks: string[] = [];
  if (a.outdated) marks.push(`outdated: v${a.version} of v${currentVersion}`);
  if (a.overdue) marks.push('overdue');
  if (a.status === 'EXEMPT' && a.exemptUntil && isExpiringSoon(a.exemptUntil)) marks.push(`expires ${formatDate(a.exemptUntil)}`);
  return marks;
}

/**
 * One squad's adoption of one standard: coloured by status with its symbol and words, marked when
 * outdated, overdue or an exemption ends soon. Who may record it clicks the cell, then a status.
 */
export function AdoptionCell(props: { adoption: FragmentType<typeof AdoptionCell_adoption>; standardId: string; squadId: string; squadName: string; standardTitle: string; currentVersion: number | null; onError: (message?: string) => void }) {
  const a = getFragmentData(AdoptionCell_adoption, props.adoption);
  const info = ADOPTION_INFO[a.status] ?? ADOPTION_INFO.NOT_STARTED;
  const marks = cellMarks(a, props.currentVersion);
  const problems = useFormProblems();
  const [set, { loading }] = useMutation(SetAdoptionMutation, REFETCH);
  const [exempting, setExempting] = useState(false);
  const style = {
    display: 'block',
    width: '100%',
    minHeight: 44,
    padding: '4px 6px',
    borderRadius: 4,
    background: `var(--mantine-color-${info.color}-light)`,
    color: `var(--mantine-color-${info.color}-light-color)`,
    outline: marks.length ? `2px dashed var(--mantine-color-${a.overdue ? 'red' : 'orange'}-filled)` : undefined,
    outlineOffset: -2,
    fontSize: 'var(--mantine-font-size-xs)',
    textAlign: 'left' as const,
    opacity: loading ? 0.6 : 1,
  };
  const content = (
    <>
      <VisuallyHidden>
        {props.squadName}, {props.standardTitle}:{' '}
      </VisuallyHidden>
      <Text span inherit fw={600}>
        <span aria-hidden>{info.symbol} </span>
        {info.label}
        {a.version && a.status !== 'EXEMPT' && a.status !== 'NOT_STARTED' ? ` v${a.version}` : ''}
      </Text>
      {marks.map((m) => (
        <Text key={m} span inherit display="block">
          <span aria-hidden>⚠ </span>
          {m}
        </Text>
      ))}
    </>
  );
  if (!a.viewerCanRecord) return <div style={style}>{content}</div>;

  async function record(status: string, extra: { note?: string | null; exemptUntil?: string | null } = {}) {
    props.onError(undefined);
    const ok = await problems.submit(() => set({ variables: { input: { standardId: props.standardId, squadId: props.squadId, status: status as never, ...extra } } }));
    if (!ok && status !== 'EXEMPT') props.onError(`Could not record ${props.squadName}'s adoption of ${props.standardTitle}.`);
    return ok;
  }
  const next = props.currentVersion ? ` (version ${props.currentVersion})` : '';
  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <UnstyledButton style={style} aria-haspopup="menu">
            {content}
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {props.squadName}: {props.standardTitle}
          </Menu.Label>
          <Menu.Item onClick={() => void record('ADOPTED')}>{`${ADOPTION_INFO.ADOPTED.symbol} Adopted${next}`}</Menu.Item>
          <Menu.Item onClick={() => void record('IN_PROGRESS')}>{`${ADOPTION_INFO.IN_PROGRESS.symbol} In progress${next}`}</Menu.Item>
          <Menu.Item onClick={() => void record('NOT_STARTED')}>{`${ADOPTION_INFO.NOT_STARTED.symbol} Not started`}</Menu.Item>
          <Menu.Item onClick={() => setExempting(true)}>{`${ADOPTION_INFO.EXEMPT.symbol} Exempt…`}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={exempting} onClose={() => setExempting(false)} title={`Exempt ${props.squadName} from ${props.standardTitle}`}>
        <ExemptForm problems={problems} onCancel={() => setExempting(false)} onSubmit={async (note, until) => (await record('EXEMPT', { note, exemptUntil: deadlineFromInput(until) })) && setExempting(false)} loading={loading} current={a.status === 'EXEMPT' ? a.note : null} />
      </Modal>
    </>
  );
}

function ExemptForm(props: { problems: ReturnType<typeof useFormProblems>; onCancel: () => void; onSubmit: (note: string, until: string) => Promise<unknown>; loading: boolean; current: string | null | undefined }) {
  const [note, setNote] = useState(props.current ?? '');
  const [until, setUntil] = useState('');
  const { problems } = props;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!note.trim()) fields['note'] = 'An exemption needs a note that says why.';
    else if (note.trim().length > STANDARD_NOTE_MAX_LENGTH) fields['note'] = `Keep the note to ${STANDARD_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`;
    if (!problems.check(fields)) return;
    await props.onSubmit(note.trim(), until);
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Textarea label="Why is the squad exempt?" required autosize minRows={3} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={problems.fields['note']} />
        <TextInput type="date" label="Exempt until" description="Leave empty for no end; after it the squad is asked to adopt again." value={until} onChange={(e) => setUntil(e.currentTarget.value)} error={problems.fields['exemptUntil']} />
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" loading={props.loading}>
            Record exemption
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
