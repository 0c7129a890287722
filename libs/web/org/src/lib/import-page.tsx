import { Alert, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { FormError, PageHeader } from '@guildhall/web-ui';

const ImportMutation = graphql(`
  mutation ImportPage($yaml: String!, $dryRun: Boolean) {
    importOrg(yaml: $yaml, dryRun: $dryRun) {
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

type Report = { dryRun: boolean; created: number; updated: number; unchanged: number; errors: string[] };

export function ImportPage() {
  const client = useApolloClient();
  const [yaml, setYaml] = useState('');
  const [report, setReport] = useState<Report>();
  const [previewedYaml, setPreviewedYaml] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const [run, { loading }] = useMutation(ImportMutation, { refetchQueries: ['OrgChartPage'] });

  async function submit(dryRun: boolean) {
    setProblem(undefined);
    if (!yaml.trim()) return setProblem('Paste a Backstage catalog (YAML) first.');
    try {
      const { data } = await run({ variables: { yaml, dryRun } });
      if (data) {
        setReport(data.importOrg);
        setPreviewedYaml(dryRun ? yaml : undefined);
      }
    } catch (err) {
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
        <Textarea
          label="Catalog YAML"
          description="Paste one or more YAML documents separated by ---."
          autosize
          minRows={10}
          maxRows={30}
          value={yaml}
          onChange={(e) => {
            setYaml(e.currentTarget.value);
            setPreviewedYaml(undefined);
          }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
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
