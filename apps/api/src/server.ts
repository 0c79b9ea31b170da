import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Context } from './context.js';
import { loadEnv } from './env.js';
import { createErrorFormatter } from './format-error.js';
import {
  cors,
  createHardening,
  hardeningConfigFromEnv,
  hsts,
  jsonErrorHandler,
  requestScopeMiddleware,
  responseTimeout,
  securityHeaders,
  tokenLimit,
  type HardeningConfig,
} from './hardening/index.js';
import { registerLedgerRoutes, startFollowUpSchedule } from './modules/brokering/index.js';
import { MatchingService } from './modules/matching/matching.service.js';
import { AlertDispatcher } from './modules/alerts/alert-dispatcher.js';
import { AuthService } from './modules/user/auth.service.js';
import { TokenSigner } from './modules/user/token-signer.js';
import { createSchema } from './schema.js';
import type { Logger, Services } from './services.js';

export interface ServerOptions {
  orm: MikroORM;
  databaseUrl: string;
  tokenKey: Buffer;
  log: Logger;
  introspection: boolean;
  portalDir?: string;
  /** Query limits, budgets, login throttle, CORS, body limit, timeouts; the environment's when absent. */
  hardening?: HardeningConfig;
}

export interface AppServer {
  httpServer: http.Server;
  services: Services;
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets requests in flight finish, then closes the index listener. */
  stop(): Promise<void>;
}

const defaultPortalDir = () => path.resolve(fileURLToPath(import.meta.url), '../../../portal/dist');

export async function createServer(options: ServerOptions): Promise<AppServer> {
  const { orm, log } = options;
  const matching = new MatchingService(
    options.databaseUrl,
    () => orm.em.fork(),
    (message) => log.warn(message),
  );
  await matching.start();
  const followUp = startFollowUpSchedule(orm, log);
  const alerts = new AlertDispatcher(() => orm.em.fork(), matching, log);
  matching.onLocalChange((kind, listing) => alerts.listingChanged(kind, listing));
  // Alerts a stopped or crashed process had not sent yet (the index is loaded: they can be matched).
  const recovered = await alerts.recover();
  if (recovered > 0) {
    log.info('queued alerts recovered', { listings: recovered });
  }
  const services: Services = { tokens: new TokenSigner(options.tokenKey), matching, alerts, log };
  const hardening = createHardening(options.hardening ?? hardeningConfigFromEnv(loadEnv()), log);
  const { limits, bodyLimit, requestTimeoutMs } = hardening.config;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', hardening.config.trustProxy);
  app.use(
    securityHeaders(),
    hsts(),
    cors(hardening.config.corsOrigins),
    requestScopeMiddleware(hardening.loginThrottle),
  );
  const httpServer = http.createServer(app);
  // Slow clients: the headers within 10 s, the whole request within the timeout (slowloris).
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = requestTimeoutMs;
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it drains HTTP, then closes the index and the database, then exits 0.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(log),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), hardening.plugin],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  registerLedgerRoutes(app, { orm, tokens: services.tokens, log });

  app.use(
    '/graphql',
    responseTimeout(requestTimeoutMs),
    express.json({ limit: bodyLimit }),
    tokenLimit(limits.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const em = orm.em.fork();
        const header = req.headers.authorization ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
        const viewer = token ? await new AuthService(em, services.tokens).viewerForToken(token) : null;
        return { em, viewer, services, requestId: randomUUID() };
      },
    }),
  );

  const portalDir = options.portalDir ?? defaultPortalDir();
  if (existsSync(path.join(portalDir, 'index.html'))) {
    app.use(express.static(portalDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(path.join(portalDir, 'index.html')));
  }

  app.use(jsonErrorHandler((message, data) => log.error(message, data)));

  return {
    httpServer,
    services,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(
            typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : String(address),
          );
        });
      }),
    stop: async () => {
      await apollo.stop();
      followUp.stop();
      await alerts.stop();
      await matching.stop();
      await hardening.close();
    },
  };
}
