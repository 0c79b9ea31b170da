import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { hardeningConfig } from './config.js';
import { loadEnv } from '../env.js';
import { analyzeOperation, ASSUMED_LIST_SIZE, MUTATION_COST } from './query-cost.js';
import { countTokens } from './token-limit.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const defaults = hardeningConfig(loadEnv({}));

function analyze(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return analyzeOperation(schema, document, operation, variables, { maxFirst: 100 });
}

describe('query cost', () => {
  it('charges a connection first × what each item selects, like GitHub and Shopify', () => {
    // per item: edges 1 + node 1 + organization 1 = 3, plus pageInfo 1 → 1 + 20 × 4
    const page = analyze(
      '{ achievements(first: 20) { totalCount pageInfo { hasNextPage } edges { node { id organization { name } } } } }',
    );
    expect(page.cost).toBe(1 + 20 * 4);
    expect(page.depth).toBe(5);
  });

  it('reads `first` from variables and falls back to the schema default', () => {
    const query = 'query($n: Int!) { achievements(first: $n) { edges { node { id } } } }';
    expect(analyze(query, { n: 50 }).cost).toBe(1 + 50 * 2);
    expect(analyze('{ achievements { edges { node { id } } } }').cost).toBe(1 + 20 * 2);
  });

  it('charges matchesForDemand first × its children too', () => {
    const query =
      'query($id: ID!) { matchesForDemand(demandId: $id, first: 100) { score reasons achievement { id title } } }';
    expect(analyze(query, { id: 'x' }).cost).toBe(100 * 2);
  });

  it('multiplies nested paginated lists, so a list of lists is dear', () => {
    const query =
      '{ a: achievements(first: 100) { edges { node { id } } } b: demands(first: 100) { edges { node { id } } } }';
    expect(analyze(query).cost).toBe(2 * (1 + 100 * 2));
    expect(analyze(query).aliases).toBe(2);
  });

  it('assumes a size for unpaginated lists and expands fragments', () => {
    const query = '{ organizations { ...Org } } fragment Org on Organization { id name }';
    expect(analyze(query).cost).toBe(ASSUMED_LIST_SIZE);
    expect(analyze('{ me { organization { id } } }').cost).toBe(2);
  });

  it('makes writes dearer, bulk imports by the item and password hashing dearer still', () => {
    const create = analyze('mutation($input: DemandInput!) { createDemand(input: $input) { id } }', {
      input: {},
    });
    expect(create.cost).toBe(MUTATION_COST + 1);
    const items = Array.from({ length: 500 }, () => ({}));
    const bulk = analyze(
      'mutation($items: [AchievementImportInput!]!) { importAchievements(items: $items) { created } }',
      { items },
    );
    expect(bulk.cost).toBe(MUTATION_COST + 500 + 1);
    expect(analyze('mutation { login(email: "a", password: "b") { token } }').cost).toBeGreaterThan(50);
  });

  it('reports first outside 0…100 by path', () => {
    expect(analyze('{ achievements(first: 101) { totalCount } }').badFirst).toEqual([
      { path: 'achievements', value: 101 },
    ]);
    expect(analyze('{ achievements(first: -1) { totalCount } }').badFirst).toHaveLength(1);
  });

  it('leaves introspection out of depth and cost', () => {
    const result = analyze('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }');
    expect(result).toMatchObject({ cost: 0, depth: 0 });
  });

  it('counts tokens and stops one past the limit', () => {
    expect(countTokens('{ a b c }', 100)).toBe(5);
    expect(countTokens(`{ ${'a '.repeat(10_000)}}`, 100)).toBe(101);
  });
});

const portalGql = fileURLToPath(new URL('../../../portal/src/gql/gql.ts', import.meta.url));

describe.skipIf(!existsSync(portalGql))("the portal's own operations", () => {
  it('all pass the default limits, a page of 100 staying far below the per-minute budget', () => {
    const source = readFileSync(portalGql, 'utf8');
    const block = source.slice(source.indexOf('type Documents = {'), source.indexOf('};'));
    const documents = [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof/gm)].map(
      (m) => JSON.parse(m[1]!) as string,
    );
    const fragments = documents.filter((d) => d.trim().startsWith('fragment')).join('\n');
    const operations = documents.filter((d) => !d.trim().startsWith('fragment'));
    expect(operations.length).toBeGreaterThan(10);
    const worst = { cost: 0, depth: 0, aliases: 0, tokens: 0 };
    for (const operation of operations) {
      const used = [...fragments.matchAll(/fragment (\w+)/g)].some(([, name]) =>
        operation.includes(`...${name}`),
      );
      const text = used ? `${operation}\n${fragments}` : operation;
      // Page sizes the portal asks for are at most 100; the bulk import sends 500 items.
      const variables = new Proxy(
        {},
        { get: (_t, name) => (name === 'items' ? Array.from({ length: 500 }, () => ({})) : 100) },
      );
      const result = analyze(text, variables);
      worst.cost = Math.max(worst.cost, result.cost);
      worst.depth = Math.max(worst.depth, result.depth);
      worst.aliases = Math.max(worst.aliases, result.aliases);
      worst.tokens = Math.max(worst.tokens, countTokens(operation, 100_000));
      expect(result.badFirst, operation).toEqual([]);
    }
    const { limits, budgets } = defaults;
    expect(worst.depth).toBeLessThanOrEqual(limits.maxDepth - 3);
    expect(worst.aliases).toBeLessThanOrEqual(limits.maxAliases);
    expect(worst.tokens).toBeLessThan(limits.maxTokens / 2);
    expect(worst.cost).toBeLessThan(limits.maxCost / 2);
    expect(worst.cost * 10).toBeLessThan(budgets.userCostPerWindow);
  });
});
