import {
  getNamedType,
  GraphQLError,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of an operation, counted about as graphql-armor counts it (a scalar 1, an object 2 plus 1.5 times its
 * children, fragments as a level), with two changes for connections: a field that takes `first` multiplies
 * its `edges` by the page size it will actually get (in place of the 1.5 of a level), an item costing the sum of
 * its fields (no 1.5 a level inside it) (a literal, a variable or the schema's default;
 * armor sees literals only, so `first: $n` cost nothing extra), and `totalCount`, which reads every match, is a
 * flat TOTAL_COUNT_COST. Computed at execution, when the variables are known. Pure.
 */

export const COST = { scalar: 1, object: 2, depthFactor: 1.5 } as const;
/** The largest page (resolvers/paging.ts says the same; kept here so this module stays free of resolvers). */
export const MAX_FIRST = 500;
export const TOTAL_COUNT_COST = 1000;

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const visiting = new Set<string>();

  const selectionCost = (
    set: SelectionSetNode,
    type: GraphQLNamedType,
    multiplierFor: (name: string) => number | null,
    factor: number,
    flat: boolean,
  ): number => {
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        if (name === '__schema' || name === '__type') continue;
        const def: GraphQLField<unknown, unknown> | undefined =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        const multiplier = multiplierFor(name);
        // Inside a page, an item costs what its fields add up to, and the page `first` items.
        cost += (multiplier ?? factor) * fieldCost(s.selectionSet, def, s.arguments ?? [], name, flat || multiplier !== null);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? (schema.getType(s.typeCondition.name.value) ?? type) : type;
        cost += factor * selectionCost(s.selectionSet, on, multiplierFor, factor, flat);
      } else {
        const fragment = fragments.get(s.name.value);
        // A fragment that spreads itself is refused by validation; here it just stops counting.
        if (!fragment || visiting.has(s.name.value)) continue;
        visiting.add(s.name.value);
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        cost += factor * selectionCost(fragment.selectionSet, on, multiplierFor, factor, flat);
        visiting.delete(s.name.value);
      }
    }
    return cost;
  };

  const fieldCost = (
    set: SelectionSetNode | undefined,
    def: GraphQLField<unknown, unknown> | undefined,
    args: readonly { name: { value: string }; value: import('graphql').ValueNode }[],
    name: string,
    flat: boolean,
  ): number => {
    if (name === 'totalCount') return TOTAL_COUNT_COST;
    if (!set) return COST.scalar;
    const type = def ? getNamedType(def.type) : undefined;
    const firstArg = def?.args.find((a) => a.name === 'first');
    let first = 1;
    if (firstArg) {
      const given = args.find((a) => a.name.value === 'first');
      const value = given ? valueFromAST(given.value, firstArg.type, variables ?? {}) : firstArg.defaultValue;
      // A page size the resolver refuses costs nothing extra: its BAD_USER_INPUT is the clearer answer.
      first = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_FIRST ? value : 1;
    }
    const multiplierFor = (child: string) => (firstArg && (child === 'edges' || child === 'nodes') ? first : null);
    return COST.object + (type ? selectionCost(set, type, multiplierFor, flat ? 1 : COST.depthFactor, flat) : 0);
  };

  // Root fields count once, as in armor.
  return selectionCost(operation.selectionSet, root, () => null, 1, false);
}

/** The error a refused operation gets: the same code and extensions graphql-armor's limits carry. */
export function costError(cost: number, max: number): GraphQLError {
  return new GraphQLError(`Query cost limit of ${max} exceeded, found ${Math.round(cost)}: ask for fewer fields or a smaller \`first\`.`, {
    extensions: { code: 'COST_LIMIT_EXCEEDED', limit: max, cost: Math.round(cost) },
  });
}
