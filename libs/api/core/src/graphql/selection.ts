import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the client selected `name` directly under the field being resolved (through inline
 * fragments and fragment spreads too), so a resolver can fold what that field needs into the
 * statement it runs anyway instead of paying a statement of its own later.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === name;
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
