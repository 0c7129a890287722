import { NativeSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '@guildhall/web-data-access';

const TeamPlacesQuery = graphql(`
  query TeamPlaces {
    alliances {
      id
      slug
      name
    }
    tribes {
      id
      slug
      name
    }
  }
`);

/** The alliance or tribe a team page is about, from the address (?alliance=<slug> or ?tribe=<slug>). */
export function usePlace() {
  const [params] = useSearchParams();
  const alliance = params.get('alliance');
  const tribe = alliance ? null : params.get('tribe');
  const query = alliance ? `?alliance=${encodeURIComponent(alliance)}` : tribe ? `?tribe=${encodeURIComponent(tribe)}` : '';
  return { alliance, tribe, query };
}

/** Chooses the alliance or tribe; the choice replaces the other in the address (as the adoption matrix's), so the page can be shared. */
export function PlaceSelect({ label }: { label: string }) {
  const { data } = useQuery(TeamPlacesQuery);
  const [, setParams] = useSearchParams();
  const place = usePlace();
  const value = place.alliance ? `alliance:${place.alliance}` : place.tribe ? `tribe:${place.tribe}` : '';
  return (
    <NativeSelect
      label={label}
      value={value}
      maw={420}
      onChange={(e) => {
        const [kind, slug] = e.currentTarget.value.split(':');
        setParams(kind && slug ? { [kind]: slug } : {}, { replace: true });
      }}
    >
      <option value="">Choose an alliance or a tribe</option>
      {(data?.alliances.length ?? 0) > 0 && (
        <optgroup label="Alliances">
          {data?.alliances.map((a) => (
            <option key={a.id} value={`alliance:${a.slug}`}>
              {a.name}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label="Tribes">
        {(data?.tribes ?? []).map((t) => (
          <option key={t.id} value={`tribe:${t.slug}`}>
            {t.name}
          </option>
        ))}
      </optgroup>
    </NativeSelect>
  );
}
