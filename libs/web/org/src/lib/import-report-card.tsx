import { Alert, List, Paper, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const ImportReportCard_report = graphql(`
  fragment ImportReportCard_report on ImportReport {
    dryRun
    created
    updated
    unchanged
    errors
  }
`);

/** What a preview would do or an import did, with every entity that cannot be imported and why. */
export function ImportReportCard(props: { report: FragmentType<typeof ImportReportCard_report> }) {
  const report = getFragmentData(ImportReportCard_report, props.report);
  return (
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
  );
}
