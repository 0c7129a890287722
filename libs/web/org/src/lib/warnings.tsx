import { Badge, Group, Tooltip } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

// One query that every page with badges shares: they all read the same cached list, and the
// admin forms refresh it by name ('OrgWarningBadges') after each change to the structure.
const OrgWarningBadgesQuery = graphql(`
  query OrgWarningBadges {
    orgWarnings {
      subjectId
      ...WarningBadges_warning
    }
  }
`);

/** Current warnings; pages show them as badges next to what drifts. */
export function useOrgWarnings() {
  const { data } = useQuery(OrgWarningBadgesQuery, { fetchPolicy: 'cache-and-network' });
  return data?.orgWarnings;
}

export const WarningBadges_warning = graphql(`
  fragment WarningBadges_warning on OrgWarning {
    kind
    message
  }
`);

type WarningRef = FragmentType<typeof WarningBadges_warning>;
/** The warnings about one subject (tribe, squad, chapter or guild). */
export type SubjectWarnings = readonly WarningRef[] | undefined;

export const WARNING_LABELS: Record<string, string> = {
  SQUAD_TOO_LARGE: 'Squad too large',
  SQUAD_TOO_SMALL: 'Squad too small',
  SQUAD_WITHOUT_PRODUCT_OWNER: 'No product owner',
  TRIBE_OVER_DUNBAR: 'Over 150 people',
  TRIO_INCOMPLETE: 'Trio incomplete',
  CHAPTER_WITHOUT_LEAD: 'No chapter lead',
  GUILD_WITHOUT_COORDINATOR: 'No coordinator',
};

export function warningsBySubject<W extends { subjectId: string }>(warnings: readonly W[] | undefined): Map<string, W[]> {
  const map = new Map<string, W[]>();
  for (const w of warnings ?? []) map.set(w.subjectId, [...(map.get(w.subjectId) ?? []), w]);
  return map;
}

/** Drift from the model, shown where it happens; the full message is in the badge's title and tooltip. */
export function WarningBadges(props: { warnings: SubjectWarnings }) {
  const warnings = getFragmentData(WarningBadges_warning, props.warnings);
  if (!warnings?.length) return null;
  return (
    <Group gap={4}>
      {warnings.map((w) => (
        <Tooltip key={w.kind} label={w.message} withArrow multiline maw={260}>
          <Badge color="orange" variant="light" size="sm" title={w.message} tabIndex={0} aria-label={`Warning: ${w.message}`}>
            {WARNING_LABELS[w.kind] ?? w.kind}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
