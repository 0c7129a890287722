import { FieldNode, getArgumentValues, getNamedType, GraphQLResolveInfo, isObjectType, SelectionSetNode } from 'graphql';

/** Every selection of `name` directly under the field being resolved, through inline fragments and fragment spreads. */
function selectionsOf(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === 'InlineFragment') {
        visit(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        visit(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found;
}

/**
 * Whether the client selected `name` directly under the field being resolved (through inline
 * fragments and fragment spreads too), so a resolver can fold what that field needs into the
 * statement it runs anyway instead of paying a statement of its own later.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectionsOf(info, name).length > 0;
}

/**
 * The arguments of each selection of `name` under the field being resolved (aliases make
 * several), as that field's resolver will get them (variables and defaults applied by
 * graphql-js); null when they cannot be read here, and graphql-js then reports the problem on
 * the field itself. For a resolver that reads what a nested field will ask for along with its
 * own row.
 */
export function selectedArguments(info: GraphQLResolveInfo, name: string): Record<string, unknown>[] | null {
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!field) return null;
  try {
    return selectionsOf(info, name).map((node) => getArgumentValues(field, node, info.variableValues));
  } catch {
    return null;
  }
}
