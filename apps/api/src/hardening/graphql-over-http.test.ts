import { readFileSync, existsSync } from 'node:fs';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/index.js';
import { ADMIN } from '../testing/fixtures.js';
import { withEnv } from './test-support.js';

let app: TestApp;
let bureau: string;
beforeAll(async () => {
  app = await withEnv({ REDIS_URL: undefined }, () =>
    startTestApp(inject('databaseServerUrl'), { adminEmail: ADMIN.email, adminPassword: ADMIN.password }),
  );
  bureau = await app.login(ADMIN.email, ADMIN.password);
});
afterAll(() => app?.stop());

const raw = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every MUST audit', async () => {
    const results = await Promise.all(serverAudits({ url: `${app.url}/graphql` }).map((audit) => audit.fn()));
    const failed = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}`);
    expect(failed).toEqual([]);
    const shoulds = results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}`);
    expect(shoulds).toEqual(KNOWN_SHOULD_FAILURES);
  });
});

/**
 * SHOULD audits Apollo Server does not meet, and why we accept it: for `application/json` responses
 * the spec's legacy watershed asks for 200 on request errors; Apollo answers 400 on purpose (HTTP
 * caches, proxies and monitoring then see a failed request) and the contract only promises the
 * `extensions.code`, which clients branch on. Clients that accept application/graphql-response+json
 * get exactly what the spec requires.
 */
const KNOWN_SHOULD_FAILURES: string[] = [
  '572B SHOULD use 200 status code on document parsing failure when accepting application/json',
  'FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

const codeIn = async (response: Response) =>
  ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
    ?.code;

describe('the HTTP edge', () => {
  it('answers malformed JSON with 400 and a code, never a stack', async () => {
    for (const body of ['{"query": "{ me { id } }"', '{query: 1}', '\u0000', '[1,2']) {
      const response = await raw(body);
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(text).not.toMatch(/at \S+ \(|node_modules|\/work\//);
    }
  });

  it('keeps batching off', async () => {
    const response = await raw(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(response.status).toBe(400);
    expect(await codeIn(response)).toBe('BAD_REQUEST');
  });

  it('keeps CSRF prevention on: a simple request that could come from a form is refused', async () => {
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    const preflighted = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('takes a bulk import of 500 realistic items and refuses a body past the limit with 413', async () => {
    const items = realisticItems(500);
    const body = JSON.stringify({
      query:
        'mutation($items: [AchievementImportInput!]!) { importAchievements(items: $items) { created errors { message } } }',
      variables: { items },
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(400_000);
    const response = await raw(body, { authorization: `Bearer ${bureau}` });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.importAchievements).toEqual({ created: 500, errors: [] });

    const tooBig = await raw(
      JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2_200_000) } }),
    );
    expect(tooBig.status).toBe(413);
    expect(await codeIn(tooBig)).toBe('BAD_REQUEST');
  });
});

/**
 * 500 items the size of real ones: the CSL abstracts when the shared data is there (their sizes,
 * ~1 KB each), otherwise synthetic Chinese text of the same length.
 */
function realisticItems(count: number) {
  const file = new URL('../../../../../shared/data/csl/csl-2k.jsonl', import.meta.url);
  const csl = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { title: string; abstract: string; keywords: string[] })
    : null;
  return Array.from({ length: count }, (_, i) => {
    const source = csl?.[i * 3] ?? {
      title: `一种新型复合材料的制备方法${i}`,
      abstract: '本发明公开了一种复合材料的制备方法，工艺简单，成本低，适合工业化生产。'.repeat(8),
      keywords: ['复合材料', '制备方法'],
    };
    return {
      externalId: `HTTP-${i}`,
      title: source.title.slice(0, 200),
      summary: source.abstract,
      keywords: source.keywords,
      industryChain: 'ADVANCED_MANUFACTURING',
      trl: 5,
      ipType: 'INVENTION_PATENT',
      transferModes: ['LICENSE', 'ASSIGNMENT'],
      askingPriceWan: 120,
      institution: '湖南某某大学科技成果转化中心',
      team: '某某教授团队',
    };
  });
}
