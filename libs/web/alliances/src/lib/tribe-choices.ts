import { useQuery } from '@apollo/client/react';
import { graphql, useViewer } from '@guildhall/web-data-access';

const AllianceTribeChoicesQuery = graphql(`
  query AllianceTribeChoices {
    viewerCanFormAlliance
    tribes {
      id
      slug
      name
      trio {
        tribeLead {
          id
        }
        productLead {
          id
        }
        designLead {
          id
        }
      }
    }
  }
`);

export interface TribeChoice {
  id: string;
  slug: string;
  name: string;
  /** The viewer sits in this tribe's trio. */
  inViewersTrio: boolean;
}

/**
 * Every tribe, marking those whose trio the viewer sits in, and whether the viewer may form an
 * alliance (the API's answer: a trio member of some tribe, or an admin).
 */
export function useTribeChoices() {
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(AllianceTribeChoicesQuery);
  const tribes: TribeChoice[] = (data?.tribes ?? []).map((t) => ({
    id: t.id,
    slug: t.slug,
    name: t.name,
    inViewersTrio: !!viewer && [t.trio.tribeLead, t.trio.productLead, t.trio.designLead].some((p) => p?.id === viewer.id),
  }));
  const isAdmin = viewer?.role === 'ADMIN';
  return { tribes, isAdmin, canCreate: !!data?.viewerCanFormAlliance, loading: loading && !data, error: data ? undefined : error, refetch };
}
