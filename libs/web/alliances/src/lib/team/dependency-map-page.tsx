import { Paper } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { errorMessage, getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { DependencyMap, EmptyState, ErrorState, LinkButton, LoadingState, PageHeader, type DependencyMapTribe } from '@guildhall/web-ui';
import { PlaceSelect, usePlace } from './place-select';

export const DependencyMapPage_dependency = graphql(`
  fragment DependencyMapPage_dependency on Dependency {
    id
    description
    status
    overdue
    neededBy
    requester {
      id
      slug
      name
      tribe {
        id
        name
      }
    }
    provider {
      id
      slug
      name
      tribe {
        id
        name
      }
    }
  }
`);

const AllianceDependenciesQuery = graphql(`
  query DependencyMapAlliance($slug: String!) {
    alliance(slug: $slug) {
      id
      name
      tribes {
        id
        name
        squads {
          id
          slug
          name
        }
      }
      dependencies {
        id
        ...DependencyMapPage_dependency
      }
    }
  }
`);

const TribeDependenciesQuery = graphql(`
  query DependencyMapTribe($slug: String!) {
    tribe(slug: $slug) {
      id
      name
      squads {
        id
        slug
        name
        dependencies {
          id
          ...DependencyMapPage_dependency
        }
      }
    }
  }
`);

const unmask = (row: FragmentType<typeof DependencyMapPage_dependency>) => getFragmentData(DependencyMapPage_dependency, row);
type Dependency = ReturnType<typeof unmask>;
type Tribe = { id: string; name: string; squads: readonly { id: string; slug: string; name: string }[] };

/** The place's tribes (all their squads), then the other tribes its dependencies reach (only those squads). */
function mapOf(tribes: readonly Tribe[], rows: readonly FragmentType<typeof DependencyMapPage_dependency>[]) {
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  for (const row of rows) {
    const d = unmask(row);
    if (!seen.has(d.id)) dependencies.push(d);
    seen.add(d.id);
  }
  const columns: DependencyMapTribe[] = tribes.map((t) => ({ id: t.id, name: t.name, squads: t.squads.map((s) => ({ id: s.id, name: s.name, href: `/squads/${s.slug}` })) }));
  const placed = new Set(columns.flatMap((c) => c.squads.map((s) => s.id)));
  for (const squad of dependencies.flatMap((d) => [d.requester, d.provider])) {
    if (placed.has(squad.id)) continue;
    placed.add(squad.id);
    let column = columns.find((c) => c.id === squad.tribe.id);
    if (!column) {
      column = { id: squad.tribe.id, name: squad.tribe.name, squads: [] };
      columns.push(column);
    }
    column.squads = [...column.squads, { id: squad.id, name: squad.name, href: `/squads/${squad.slug}` }];
  }
  return {
    tribes: columns,
    dependencies: dependencies.map((d) => ({ id: d.id, requesterId: d.requester.id, providerId: d.provider.id, description: d.description, status: d.status, overdue: d.overdue, neededBy: d.neededBy })),
  };
}

/** /dependencies?alliance=<slug> or ?tribe=<slug>: who needs what from whom, as a picture and a table. */
export function DependencyMapPage() {
  const place = usePlace();
  const alliance = useQuery(AllianceDependenciesQuery, { variables: { slug: place.alliance ?? '' }, skip: !place.alliance, fetchPolicy: 'cache-and-network' });
  const tribe = useQuery(TribeDependenciesQuery, { variables: { slug: place.tribe ?? '' }, skip: !place.tribe, fetchPolicy: 'cache-and-network' });
  const active = place.alliance ? alliance : tribe;

  let content = null;
  if (!place.alliance && !place.tribe) {
    content = <EmptyState title="Choose a tribe or an alliance">The map shows the dependencies between its squads and the squads they reach.</EmptyState>;
  } else if (active.loading && !active.data) {
    content = <LoadingState label="Loading dependencies…" />;
  } else if (active.error && !active.data) {
    content = <ErrorState message={errorMessage(active.error)} onRetry={() => void active.refetch()} />;
  } else if (place.alliance) {
    const a = alliance.data?.alliance;
    content = a ? <DependencyMap title={`Dependencies in ${a.name}`} {...mapOf(a.tribes, a.dependencies)} /> : <EmptyState title="No such alliance">It may have been renamed; choose one above.</EmptyState>;
  } else {
    const t = tribe.data?.tribe;
    content = t ? (
      <DependencyMap title={`Dependencies of the squads of ${t.name}`} {...mapOf([t], t.squads.flatMap((s) => s.dependencies))} />
    ) : (
      <EmptyState title="No such tribe">It may have been renamed; choose one above.</EmptyState>
    );
  }

  return (
    <>
      <PageHeader
        title="Dependency map"
        description="Squads grouped by tribe; each arrow is something one squad needs from another."
        actions={
          <LinkButton to={`/tensions${place.query}`} variant="default">
            Tension review
          </LinkButton>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <PlaceSelect label="Show the dependencies of" />
      </Paper>
      {content}
    </>
  );
}
