import { Alert, Button, Group, List, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { memo, useCallback, useEffect, useState } from 'react';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { FormError, PageHeader } from '@guildhall/web-ui';

const ImportMutation = graphql(`
  mutation ImportPage($yaml: String!, $dryRun: Boolean, $progressId: ID) {
    importOrg(yaml: $yaml, dryRun: $dryRun, progressId: $progressId) {
      dryRun
      created
      updated
      unchanged
      errors
    }
  }
`);

const ExportQuery = graphql(`
  query ImportPageExport {
    exportOrg
  }
`);

const ProgressQuery = graphql(`
  query ImportPageProgress($id: ID!) {
    importProgress(id: $id) {
      phase
      done
      total
      finished
    }
  }
`);

/** How often a running import's progress is read. */
const POLL_MS = 300;

type Report = { dryRun: boolean; created: number; updated: number; unchanged: number; errors: string[] };
type ImportProgress = { phase: string; done: number; total: number; finished: boolean };

export function ImportPage() {
  const client = useApolloClient();
  const [yaml, setYaml] = useState('');
  const [report, setReport] = useState<Report>();
  const [previewedYaml, setPreviewedYaml] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const [run, { loading }] = useMutation(ImportMutation, { refetchQueries: ['OrgChartPage'] });
  const [progressId, setProgressId] = useState<string>();
  const changeYaml = useCallback((value: string) => {
    setYaml(value);
    setPreviewedYaml(undefined);
  }, []);

  async function submit(dryRun: boolean) {
    setProblem(undefined);
    if (!yaml.trim()) return setProblem('Paste a Backstage catalog (YAML) first.');
    try {
      // crypto.randomUUID exists in secure contexts only (https, localhost); elsewhere the import runs without progress.
      const id = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : undefined;
      setProgressId(id);
      const { data } = await run({ variables: { yaml, dryRun, progressId: id } });
      if (data) {
        setReport(data.importOrg);
        setPreviewedYaml(dryRun ? yaml : undefined);
      }
    } catch (err) {
      setProgressId(undefined);
      setProblem(errorMessage(err));
    }
  }

  async function download() {
    setProblem(undefined);
    setExporting(true);
    try {
      const { data } = await client.query({ query: ExportQuery, fetchPolicy: 'network-only' });
      const url = URL.createObjectURL(new Blob([data?.exportOrg ?? ''], { type: 'application/yaml' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'guildhall-org.yaml';
      a.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <PageHeader
        title="Import and export the organisation"
        description="Backstage catalog format: Group entities with spec.type tribe, squad, chapter or guild, and User entities. Preview first; importing twice changes nothing the second time."
        actions={
          <Button variant="default" onClick={() => void download()} loading={exporting}>
            Download current org (YAML)
          </Button>
        }
      />
      <Stack maw={900}>
        <CatalogInput value={yaml} onChange={changeYaml} />
        <FormError message={problem} />
        <Group>
          <Button variant="default" onClick={() => void submit(true)} loading={loading}>
            Preview (dry run)
          </Button>
          <Button onClick={() => void submit(false)} loading={loading} disabled={previewedYaml !== yaml}>
            Import
          </Button>
          {previewedYaml !== yaml && (
            <Text size="sm" c="dimmed">
              Preview this catalog before importing it.
            </Text>
          )}
        </Group>
        {progressId && <ImportProgressBar key={progressId} progressId={progressId} running={loading} />}
        {report && (
          <Paper withBorder p="md" role="status" aria-live="polite">
            <Title order={2} size="h4" mb="xs">
              {report.dryRun ? 'Preview: nothing has changed yet' : 'Import finished'}
            </Title>
            <Text size="sm">
              {report.dryRun ? 'Would create' : 'Created'} {report.created}, {report.dryRun ? 'update' : 'updated'} {report.updated}, {report.unchanged} unchanged.
            </Text>
            {report.errors.length > 0 && (
              <Alert color="orange" mt="sm" title={`${report.errors.length} ${report.errors.length === 1 ? 'entity' : 'entities'} cannot be imported`}>
                <List size="sm">
                  {report.errors.map((e) => (
                    <List.Item key={e}>{e}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </Paper>
        )}
      </Stack>
    </>
  );
}

/**
 * A catalog can be megabytes, and an autosized textarea measures its text on every render: memoised
 * so that the import's status and progress do not re-render it.
 */
const CatalogInput = memo(function CatalogInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Textarea
      label="Catalog YAML"
      description="Paste one or more YAML documents separated by ---."
      autosize
      minRows={10}
      maxRows={30}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );
});

/**
 * Reads importProgress every 300 ms (one request at a time) while the import runs, then once more
 * for how it ended. The readings live here, so they re-render the bar only, not a large catalog.
 */
function ImportProgressBar({ progressId, running }: { progressId: string; running: boolean }) {
  const client = useApolloClient();
  const [progress, setProgress] = useState<ImportProgress>();
  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function read() {
      try {
        const { data } = await client.query({ query: ProgressQuery, variables: { id: progressId }, fetchPolicy: 'no-cache' });
        if (active && data?.importProgress) setProgress(data.importProgress);
      } catch {
        // Progress is a nicety: the import's own answer says how it went.
      }
      if (active && running) timer = setTimeout(() => void read(), POLL_MS);
    }
    if (running) timer = setTimeout(() => void read(), POLL_MS);
    else void read();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [client, progressId, running]);

  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : progress.finished ? 100 : 0;
  const counts = `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {progress.phase}
        </Text>
        <Text size="sm" c="dimmed">
          {counts}
        </Text>
      </Group>
      <Progress.Root size="lg">
        <Progress.Section
          value={percent}
          animated={!progress.finished}
          withAria={false}
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${progress.phase}: ${counts}`}
        />
      </Progress.Root>
    </Stack>
  );
}
