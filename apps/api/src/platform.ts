import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { ormConfig } from './db/orm-config.js';
import { seedDemo } from './demo/seed.js';
import type { Env } from './env.js';
import { recordAudit } from './modules/audit/audit.js';
import { Organization, OrganizationKind } from './modules/organization/organization.entity.js';
import { hashPassword } from './modules/user/passwords.js';
import { MembershipStatus, Role, User } from './modules/user/user.entity.js';
import { loadTokenKey } from './modules/user/token-signer.js';
import { createServer, type AppServer } from './server.js';
import { createLogger, type Logger } from './services.js';

export interface Platform {
  url: string;
  server: AppServer;
  orm: MikroORM;
  stop(): Promise<void>;
}

/**
 * Start-up in the contract's order: database (embedded when DATABASE_URL is unset), migrations, demo
 * data into an empty database, the admin bootstrap, then the index and the HTTP server.
 */
export async function startPlatform(env: Env, log: Logger = createLogger(env.LOG_LEVEL)): Promise<Platform> {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(env.DATA_DIR, 'pg'),
      port: env.EMBEDDED_PG_PORT,
      persistent: true,
    });
    databaseUrl = embedded.url;
    log.info('embedded PostgreSQL started', {
      ms: Date.now() - started,
      dataDir: path.resolve(env.DATA_DIR, 'pg'),
    });
  }
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  try {
    await prepareDatabase(orm, env, log);
    const server = await createServer({
      orm,
      databaseUrl,
      tokenKey: loadTokenKey(env.TOKEN_SECRET, env.DATA_DIR),
      log,
      introspection: env.NODE_ENV !== 'production' || env.GRAPHQL_INTROSPECTION,
      portalDir: env.PORTAL_DIR,
    });
    const url = await server.listen(env.PORT, env.HOST);
    return {
      url,
      server,
      orm,
      stop: async () => {
        await server.stop();
        log.info('http server stopped');
        await orm.close();
        log.info('database connections closed');
        await embedded?.stop();
      },
    };
  } catch (error) {
    await orm.close();
    await embedded?.stop();
    throw error;
  }
}

export async function prepareDatabase(
  orm: MikroORM,
  env: Pick<Env, 'SEED_DEMO' | 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>,
  log: Logger,
) {
  const applied = await orm.migrator.up();
  if (applied.length > 0) {
    log.info('migrations applied', { migrations: applied.map((m) => m.name) });
  }
  const em = orm.em.fork();
  if (env.SEED_DEMO && (await em.count(Organization, {})) === 0) {
    await seedDemo(em);
    log.info('demo data loaded');
  }
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    await bootstrapAdmin(orm.em.fork(), env.ADMIN_EMAIL, env.ADMIN_PASSWORD, log);
  }
}

async function bootstrapAdmin(em: MikroORM['em'], email: string, password: string, log: Logger) {
  const normalized = email.trim().toLowerCase();
  if (await em.count(User, { email: normalized })) {
    return;
  }
  const passwordHash = await hashPassword(password);
  await em.transactional(async (tx) => {
    const bureau = await tx.findOne(Organization, { kind: OrganizationKind.BUREAU });
    const admin = tx.create(User, {
      email: normalized,
      passwordHash,
      displayName: '系统管理员',
      role: Role.BUREAU,
      organization: bureau,
      membership: bureau ? MembershipStatus.APPROVED : null,
    });
    recordAudit(tx, {
      actorId: null,
      entityType: 'User',
      entityId: admin.id,
      action: 'bootstrap-admin',
      after: { email: normalized },
    });
  });
  log.info('administrator account created', { email: normalized });
}
