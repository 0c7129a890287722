import { Anchor, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, FormError, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { AdoptionCell } from './adoption-cell';
import { ADOPTION_INFO, ADOPTION_STATUSES, EXPIRING_WITHIN_DAYS, formatDate } from './labels';
import { LevelBadge } from './standard-badges';

const AdoptionMatrixPlacesQuery = graphql(`
  query AdoptionMatrixPlaces {
    me {
      id
      squad {
        id
        tribe {
          id
          slug
        }
      }
    }
    tribes {
      id
      slug
      name
      chapters {
        id
        slug
        name
      }
    }
  }
`);

export const AdoptionMatrix_standard = graphql(`
  fragment AdoptionMatrix_standard on Standard {
    id
    slug
    title
    level
    adoptBy
    currentVersion {
      number
    }
    adoptionSummary {
      squads
      adopted
      adoptionRate
    }
    adoptions {
      squad {
        id
      }
      ...AdoptionCell_adoption
    }
  }
`);

const AdoptionMatrixTribeQuery = graphql(`
  query AdoptionMatrixTribe($slug: String!) {
    tribe(slug: $slug) {
      id
      name
      squads {
        id
        slug
        name
      }
      chapters {
        id
        standards(status: PUBLISHED) {
          id
          ...AdoptionMatrix_standard
        }
      }
    }
  }
`);

const AdoptionMatrixChapterQuery = graphql(`
  query AdoptionMatrixChapter($slug: String!) {
    chapter(slug: $slug) {
      id
      name
      tribe {
        id
        name
        squads {
          id
          slug
          name
        }
      }
      standards(status: PUBLISHED) {
        id
        ...AdoptionMatrix_standard
      }
    }
  }
`);

/**
 * /adoption?tribe=<slug> or ?chapter=<slug>: the published standards against the squads they apply
 * to, each cell coloured by status with its symbol and words. Squad members record adoption in it.
 */
export function AdoptionMatrixPage() {
  // One of tribe or chapter, in the address (shareable); choosing one replaces the other.
  const [params, setParams] = useSearchParams();
  const places = useQuery(AdoptionMatrixPlacesQuery);
  const chapterSlug = params.get('chapter');
  const tribeSlug = chapterSlug ? null : (params.get('tribe') ?? places.data?.me?.squad?.tribe.slug ?? null);
  const tribe = useQuery(AdoptionMatrixTribeQuery, { variables: { slug: tribeSlug ?? '' }, skip: !tribeSlug, fetchPolicy: 'cache-and-network' });
  const chapter = useQuery(AdoptionMatrixChapterQuery, { variables: { slug: chapterSlug ?? '' }, skip: !chapterSlug, fetchPolicy: 'cache-and-network' });
  const [problem, setProblem] = useState<string>();

  const active = chapterSlug ? chapter : tribe;
  const place = chapterSlug
    ? chapter.data?.chapter && { name: `${chapter.data.chapter.name} chapter`, squads: chapter.data.chapter.tribe.squads, standards: chapter.data.chapter.standards, tribe: chapter.data.chapter.tribe.name }
    : tribe.data?.tribe && { name: tribe.data.tribe.name, squads: tribe.data.tribe.squads, standards: tribe.data.tribe.chapters.flatMap((c) => c.standards), tribe: tribe.data.tribe.name };
  const choice = chapterSlug ? `chapter:${chapterSlug}` : tribeSlug ? `tribe:${tribeSlug}` : '';

  return (
    <>
      <PageHeader title="Adoption matrix" description="Which squads follow which published standards. Members of a squad click its cell to record where they are." actions={<LinkButton to="/standards" variant="default">All standards</LinkButton>} />
      <Paper withBorder p="sm" mb="md">
        <NativeSelect
          label="Show the standards of"
          value={choice}
          maw={420}
          onChange={(e) => {
            const [kind, slug] = e.currentTarget.value.split(':');
            setParams(kind && slug ? { [kind]: slug } : {}, { replace: true });
          }}
        >
          <option value="">Choose a tribe or chapter</option>
          {(places.data?.tribes ?? []).map((t) => (
            <optgroup key={t.id} label={t.name}>
              <option value={`tribe:${t.slug}`}>{t.name}: every chapter</option>
              {t.chapters.map((c) => (
                <option key={c.id} value={`chapter:${c.slug}`}>
                  {c.name} chapter
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      </Paper>
      <Legend />
      <FormError message={problem} />
      {!choice && !places.loading && <EmptyState title="Choose a tribe or chapter">The matrix shows the published standards of a tribe's chapters against its squads.</EmptyState>}
      {(places.loading || active.loading) && !place && choice && <LoadingState label="Loading adoption…" />}
      {active.error && !place && <ErrorState message={errorMessage(active.error)} onRetry={() => void active.refetch()} />}
      {choice && !active.loading && !active.error && !place && <EmptyState title="Not found">That tribe or chapter does not exist.</EmptyState>}
      {place && place.standards.length === 0 && (
        <EmptyState title="No published standards yet" actions={<LinkButton to="/standards">See drafts and reviews</LinkButton>}>
          Standards appear here once their chapter publishes them.
        </EmptyState>
      )}
      {place && place.standards.length > 0 && place.squads.length === 0 && <EmptyState title={`${place.tribe} has no squads yet`} />}
      {place && place.standards.length > 0 && place.squads.length > 0 && (
        <Table.ScrollContainer minWidth={200 + place.squads.length * 120} type="native">
          <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4} style={{ tableLayout: 'fixed' }}>
            <Table.Caption>
              Adoption of the published standards of {place.name} by the squads of {place.tribe}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={220}>
                  Standard
                </Table.Th>
                {place.squads.map((sq) => (
                  <Table.Th scope="col" key={sq.id} w={120} style={{ overflowWrap: 'anywhere' }}>
                    <Anchor component={Link} to={`/squads/${sq.slug}`} size="sm">
                      {sq.name}
                    </Anchor>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {place.standards.map((st) => (
                <MatrixRow key={st.id} standard={st} squads={place.squads} onError={setProblem} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function MatrixRow(props: { standard: FragmentType<typeof AdoptionMatrix_standard>; squads: readonly { id: string; name: string }[]; onError: (message?: string) => void }) {
  const st = getFragmentData(AdoptionMatrix_standard, props.standard);
  const bySquad = new Map(st.adoptions.map((a) => [a.squad.id, a]));
  return (
    <Table.Tr>
      <Table.Th scope="row" style={{ fontWeight: 400 }}>
        <Stack gap={2}>
          <Anchor component={Link} to={`/standards/${st.slug}`} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {st.title}
          </Anchor>
          <Group gap={4}>
            <LevelBadge level={st.level} />
            <Text size="xs">
              v{st.currentVersion?.number} · {Math.round(st.adoptionSummary.adoptionRate * 100)}% adopted
            </Text>
          </Group>
          {st.adoptBy && <Text size="xs">Adopt by {formatDate(st.adoptBy)}</Text>}
        </Stack>
      </Table.Th>
      {props.squads.map((sq) => {
        const a = bySquad.get(sq.id);
        return (
          <Table.Td key={sq.id}>
            {a && <AdoptionCell adoption={a} standardId={st.id} squadId={sq.id} squadName={sq.name} standardTitle={st.title} currentVersion={st.currentVersion?.number ?? null} onError={props.onError} />}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

function Legend() {
  return (
    <Group gap="sm" mb="sm" wrap="wrap" component="ul" aria-label="Legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {ADOPTION_STATUSES.map((s) => {
        const info = ADOPTION_INFO[s];
        return (
          <Text component="li" key={s} size="xs" px={6} py={2} style={{ borderRadius: 4, background: `var(--mantine-color-${info.color}-light)`, color: `var(--mantine-color-${info.color}-light-color)` }}>
            <span aria-hidden>{info.symbol} </span>
            {info.label}
          </Text>
        );
      })}
      <Text component="li" size="xs" px={6} py={2} style={{ outline: '2px dashed var(--mantine-color-orange-filled)', outlineOffset: -2, borderRadius: 4 }}>
        <span aria-hidden>⚠ </span>outdated version, overdue, or exemption ending within {EXPIRING_WITHIN_DAYS} days
      </Text>
    </Group>
  );
}
