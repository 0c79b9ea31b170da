import { Client, makeErrorResult, makeResult, type Exchange, type Operation } from '@urql/core';
import type { OperationDefinitionNode } from 'graphql';
import { filter, fromValue, mergeMap, pipe } from 'wonka';

export interface FixtureError {
  message: string;
  extensions: { code: string; [key: string]: unknown };
}

export interface FixtureResult {
  data?: unknown;
  errors?: FixtureError[];
}

/** An answer per operation name: a result, or a function of the variables (for mutations and paging). */
export type Fixtures = Record<
  string,
  FixtureResult | ((variables: Record<string, unknown>) => FixtureResult)
>;

export const operationName = (operation: Operation): string =>
  operation.query.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === 'OperationDefinition',
  )?.name?.value ?? '';

/**
 * A urql client that answers from fixtures keyed by operation name (like graphql-hive's
 * lib/testing/urql.ts), and records what was asked, so tests can check the variables a page sent.
 */
export function fixtureClient(fixtures: Fixtures) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        const name = operationName(operation);
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const fixture = fixtures[name];
        if (!fixture) {
          return fromValue(makeErrorResult(operation, new Error(`no fixture for operation ${name}`)));
        }
        const result = typeof fixture === 'function' ? fixture(variables) : fixture;
        return fromValue(makeResult(operation, { data: result.data ?? null, errors: result.errors }));
      }),
    );
  const client = new Client({ url: 'http://fixture.test/graphql', exchanges: [exchange] });
  return { client, calls, callsOf: (name: string) => calls.filter((call) => call.name === name) };
}

export const graphqlError = (
  code: string,
  message = code,
  extensions: Record<string, unknown> = {},
): FixtureResult => ({
  errors: [{ message, extensions: { code, ...extensions } }],
});
