import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether a question about a subgraph asks only for what a map draws, so that the whole graph's answer can be read
 * without the citations and premises that are most of its size (db/graph.ts, listSnapshotForMap). A tree of the
 * fields the lighter answer fills: `true` allows a field and anything under it (it is resolved from elsewhere:
 * a rule from the rules, an entity's relationships by their own query), an object only the fields it names.
 */
type Allowed = { readonly [field: string]: true | Allowed };

const MAP_ENTITY: Allowed = {
  id: true, name: true, kind: true, aliases: true, description: true, odsCode: true, validFrom: true, validTo: true,
  relationships: true, __typename: true,
};

/** Everything a Subgraph answer may ask for, short of sources and premises. */
export const MAP_SUBGRAPH: Allowed = {
  nodes: MAP_ENTITY,
  edges: {
    id: true, type: true, validFrom: true, validTo: true, note: true, confidence: true, basis: true, rule: true, sourceCount: true,
    from: MAP_ENTITY, to: MAP_ENTITY, __typename: true,
  },
  collapsed: true, leftOut: true, total: true, __typename: true,
};

function within(set: SelectionSetNode | undefined, allowed: Allowed, info: GraphQLResolveInfo): boolean {
  if (!set) return true;
  return set.selections.every((selection) => {
    if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, allowed, info);
    if (selection.kind === Kind.FRAGMENT_SPREAD) return within(info.fragments[selection.name.value]?.selectionSet, allowed, info);
    const rule = allowed[(selection as FieldNode).name.value];
    return rule === true || (rule !== undefined && within(selection.selectionSet, rule, info));
  });
}

/** Whether every field the resolver's own field asks for (through fragments too) is in `allowed`. */
export function asksOnly(info: GraphQLResolveInfo, allowed: Allowed): boolean {
  return info.fieldNodes.every((node) => within(node.selectionSet, allowed, info));
}
