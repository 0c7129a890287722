import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@guildhall/web-data-access';

const PersonSelectQuery = graphql(`
  query OrgAdminPagePeople($search: String) {
    users(first: 50, search: $search) {
      edges {
        node {
          id
          displayName
          discipline
        }
      }
    }
  }
`);

/** Pick a person by typing part of their name; asks the directory as one types. */
export function PersonSelect({
  label,
  value,
  onChange,
  description,
  clearable,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null, name: string | null) => void;
  description?: string;
  clearable?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const { data } = useQuery(PersonSelectQuery, { variables: { search: debounced || null } });
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = (data?.users.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.discipline ? `${node.displayName} (${node.discipline})` : node.displayName,
  }));
  if (value && known[value] && !options.some((o) => o.value === value)) options.unshift({ value, label: known[value] });
  return (
    <Select
      label={label}
      description={description}
      placeholder="Type a name"
      searchable
      clearable={clearable}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage="No one found"
      onChange={(id, option) => {
        if (id && option) setKnown((k) => ({ ...k, [id]: option.label }));
        onChange(id, option?.label ?? null);
      }}
    />
  );
}
