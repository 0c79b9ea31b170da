import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from './testing/index.js';
import { ADMIN, codeOf } from './testing/fixtures.js';

let app: TestApp;
let bureau: string;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
});
afterAll(() => app.stop());

const LEAKS =
  /at\s+\S+\s+\(|\/work\/|node_modules|\.ts:\d+|select |insert |update |relation "|syntax error at/i;

describe('errors', () => {
  it('masks an unexpected failure: no stack, SQL text or path, just a code and a reference', async () => {
    await app.orm.em.getConnection().execute('alter table organization rename to organization_gone');
    try {
      const result = await app.graphql('{ organizations { id name } }', {}, bureau);
      expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
      expect(result.errors![0]!.extensions!.reference).toEqual(expect.any(String));
    } finally {
      await app.orm.em.getConnection().execute('alter table organization_gone rename to organization');
    }
  });

  it('answers parse and validation failures with the request-level codes and no internals', async () => {
    const parse = await app.graphql('{ organizations { id ', {}, bureau);
    expect(codeOf(parse)).toBe('GRAPHQL_PARSE_FAILED');
    const validation = await app.graphql('{ organizations { nope } }', {}, bureau);
    expect(codeOf(validation)).toBe('GRAPHQL_VALIDATION_FAILED');
    const variables = await app.graphql('query($id: ID!) { demand(id: $id) { id } }', { id: null }, bureau);
    expect(codeOf(variables)).toBe('BAD_USER_INPUT');
    for (const result of [parse, validation, variables]) {
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
    }
  });

  it('answers /healthz once the database answers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
  });
});
