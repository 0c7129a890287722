import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { memo, useCallback, useState } from 'react';
import { errorMessage, graphql, type FragmentType } from '@guildhall/web-data-access';
import { FormError, PageHeader } from '@guildhall/web-ui';
import { ImportProgressBar } from './import-progress-bar';
import { ImportReportCard, type ImportReportCard_report } from './import-report-card';

const ImportMutation = graphql(`
  mutation ImportPage($yaml: String!, $dryRun: Boolean, $progressId: ID) {
    importOrg(yaml: $yaml, dryRun: $dryRun, progressId: $progressId) {
      ...ImportReportCard_report
    }
  }
`);

const ExportQuery = graphql(`
  query ImportPageExport {
    exportOrg
  }
`);

export function ImportPage() {
  const client = useApolloClient();
  const [yaml, setYaml] = useState('');
  const [report, setReport] = useState<FragmentType<typeof ImportReportCard_report>>();
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
        {report && <ImportReportCard report={report} />}
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
