import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** The largest `first` any field accepts. */
  maxFirst: number;
}

export interface QueryAnalysis {
  cost: number;
  depth: number;
  aliases: number;
  /** `first` arguments outside 0…maxFirst, by field path. */
  badFirst: { path: string; value: number }[];
}

/** An unpaginated list of objects is assumed to hold this many (organizations, milestones …). */
export const ASSUMED_LIST_SIZE = 20;
/** Every mutation field costs this on top of what it selects: a write is dearer than a read. */
export const MUTATION_COST = 10;
/** Extra cost of fields that do slow work per call (password hashing). */
export const FIELD_COST: Readonly<Record<string, number>> = {
  'Mutation.login': 50,
  'Mutation.register': 50,
  'Mutation.createAccount': 50,
};
/** List arguments whose every item is a write of its own (bulk import): one point per item. */
export const PER_ITEM_ARGUMENT: Readonly<Record<string, string>> = {
  'Mutation.importAchievements': 'items',
  'Mutation.importDemands': 'items',
};

/**
 * Cost of one operation before it runs, in the manner of GitHub's and Shopify's limits: an object
 * costs 1, a scalar 0; a list taking `first` costs first × (1 + what each item selects), and a
 * connection taking `first` costs 1 + first × what it selects per item (its `edges` / a page's
 * `items` are not multiplied again). Other lists of objects are assumed to hold ASSUMED_LIST_SIZE. Mutation
 * fields add MUTATION_COST. Fragments are expanded; `@skip`/`@include` are ignored (an upper bound).
 * Introspection (`__schema`, `__type`) is left out: it has its own switch and is off in production.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Pick<QueryLimits, 'maxFirst'>,
): QueryAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const root = schema.getRootType(operation.operation);
  const result: QueryAnalysis = { cost: 0, depth: 0, aliases: 0, badFirst: [] };
  if (!root) {
    return result;
  }

  const fieldsOf = (type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;

  const argument = (field: GraphQLField<unknown, unknown>, node: FieldNode, name: string): unknown => {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) {
      return undefined;
    }
    const given = node.arguments?.find((arg) => arg.name.value === name);
    const value = given ? valueFromAST(given.value, definition.type, variables) : undefined;
    return value ?? definition.defaultValue;
  };

  // Walks one selection set and returns its cost; `paged` says the parent field already multiplied.
  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    depth: number,
    path: string,
    paged: boolean,
    spread: ReadonlySet<string>,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parentType)
          : parentType;
        cost += walk(selection.selectionSet, type, depth, path, paged, spread);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !spread.has(fragment.name.value)) {
          const type = schema.getType(fragment.typeCondition.name.value) ?? parentType;
          const inner = new Set(spread).add(fragment.name.value);
          cost += walk(fragment.selectionSet, type, depth, path, paged, inner);
        }
        continue;
      }
      const name = selection.name.value;
      if (selection.alias) {
        result.aliases++;
      }
      if (name.startsWith('__')) {
        continue;
      }
      const field = fieldsOf(parentType, name);
      if (!field) {
        continue;
      }
      const fieldDepth = depth + 1;
      result.depth = Math.max(result.depth, fieldDepth);
      const fieldPath = path ? `${path}.${selection.alias?.value ?? name}` : (selection.alias?.value ?? name);
      const coordinate = `${parentType.name}.${name}`;
      let fieldCost = FIELD_COST[coordinate] ?? 0;
      if (parentType === root && operation.operation === 'mutation') {
        fieldCost += MUTATION_COST;
      }
      const itemsArgument = PER_ITEM_ARGUMENT[coordinate];
      if (itemsArgument) {
        const items = argument(field, selection, itemsArgument);
        fieldCost += Array.isArray(items) ? items.length : 0;
      }
      const type = getNamedType(field.type);
      if (!isCompositeType(type) || !selection.selectionSet) {
        cost += fieldCost;
        continue;
      }
      const first = argument(field, selection, 'first');
      const hasFirst = typeof first === 'number';
      if (hasFirst && (first < 0 || first > limits.maxFirst)) {
        result.badFirst.push({ path: fieldPath, value: first });
      }
      const isList = isListType(getNullableType(field.type));
      // A connection or page object's own list (edges, items) is what `first` already counted.
      const inner = walk(selection.selectionSet, type, fieldDepth, fieldPath, hasFirst && !isList, spread);
      const multiplier = hasFirst
        ? Math.min(Math.max(first, 0), limits.maxFirst)
        : isList && !paged
          ? ASSUMED_LIST_SIZE
          : 1;
      // Each object costs 1: a list returns `multiplier` of them, a connection is one object whose
      // own list was multiplied above.
      cost += fieldCost + (isList ? multiplier * (1 + inner) : 1 + multiplier * inner);
    }
    return cost;
  };

  result.cost = walk(operation.selectionSet, root, 0, '', false, new Set());
  return result;
}
