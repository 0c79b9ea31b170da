import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/orm-config.js';
import { prepareDatabase } from '../platform.js';
import { createServer, type AppServer } from '../server.js';
import { createLogger } from '../services.js';
import { createTestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  server: AppServer;
  /** POSTs one operation to /graphql as a real client would. */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the bearer token. */
  login(email: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  seedDemo?: boolean;
  adminEmail?: string;
  adminPassword?: string;
  databaseUrl?: string;
}

/** The real server on a fresh database (migrated, optionally seeded), listening on a free port. */
export async function startTestApp(serverUrl: string, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? null : await createTestDatabase(serverUrl);
  const databaseUrl = options.databaseUrl ?? database!.url;
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  const log = createLogger(process.env.TEST_LOG_LEVEL === 'info' ? 'info' : 'silent');
  await prepareDatabase(
    orm,
    {
      SEED_DEMO: options.seedDemo ?? false,
      ADMIN_EMAIL: options.adminEmail,
      ADMIN_PASSWORD: options.adminPassword,
    },
    log,
  );
  const server = await createServer({
    orm,
    databaseUrl,
    tokenKey: randomBytes(32),
    log,
    introspection: true,
    portalDir: process.env.PORTAL_DIR,
  });
  const url = await server.listen(0, '127.0.0.1');
  const graphql: TestApp['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    url,
    databaseUrl,
    orm,
    server,
    graphql,
    login: async (email, password) => {
      const result = await graphql<{ login: { token: string } }>(
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!result.data?.login) {
        throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      }
      return result.data.login.token;
    },
    stop: async () => {
      await server.stop();
      await orm.close();
      await database?.drop();
    },
  };
}
