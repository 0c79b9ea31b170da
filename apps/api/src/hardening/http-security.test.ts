import http from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/index.js';
import { jsonErrorHandler, responseTimeout } from './http-security.js';
import { withEnv } from './test-support.js';

let app: TestApp;
beforeAll(async () => {
  app = await withEnv(
    { REDIS_URL: undefined, CORS_ORIGINS: 'https://partner.example.cn', TRUST_PROXY: 'loopback' },
    () => startTestApp(inject('databaseServerUrl')),
  );
});
afterAll(() => app?.stop());

const graphql = (headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });

describe('security headers', () => {
  it('sends a CSP fit for the portal, nosniff, a referrer policy and no framing', async () => {
    for (const response of [await graphql(), await fetch(`${app.url}/healthz`)]) {
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('sends HSTS only for requests that came over TLS', async () => {
    expect((await graphql()).headers.get('strict-transport-security')).toBeNull();
    const behindTls = await graphql({ 'x-forwarded-proto': 'https' });
    expect(behindTls.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
  });
});

describe('CORS', () => {
  it('lets an allowed origin read responses and preflight', async () => {
    const origin = 'https://partner.example.cn';
    expect((await graphql({ origin })).headers.get('access-control-allow-origin')).toBe(origin);
    const preflight = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('gives any other origin nothing', async () => {
    const origin = 'https://evil.example.com';
    expect((await graphql({ origin })).headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the response timeout', () => {
  it('answers 503 with a code when the work takes too long, and survives the late answer', async () => {
    const errors: string[] = [];
    const slow = express();
    slow.use(responseTimeout(100));
    slow.get('/', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      res.setHeader('x-late', '1'); // throws: the timeout already answered
      res.json({ late: true });
    });
    slow.use(jsonErrorHandler((message) => errors.push(message)));
    const server = http.createServer(slow).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as any).errors[0].extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        timeout: true,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await fetch(`http://127.0.0.1:${port}/x`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
