import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Organization } from '../modules/organization/organization.entity.js';
import { User } from '../modules/user/user.entity.js';
import { Session } from '../modules/user/session.entity.js';
import { Achievement } from '../modules/achievement/achievement.entity.js';
import { Demand } from '../modules/demand/demand.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { migrationsList } from './migrations/index.js';

export const ENTITIES = [Organization, User, Session, Achievement, Demand, AuditEvent];

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    migrations: {
      migrationsList,
      path: 'src/db/migrations',
      pathTs: 'src/db/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    ...overrides,
  });
}
