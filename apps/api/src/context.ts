import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from './modules/user/user.entity.js';
import type { Services } from './services.js';

/** Who is asking. `organizationId` is set only for an approved member: a pending one acts for nobody. */
export interface Viewer {
  user: User;
  sessionId: string;
  organizationId: string | null;
}

export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  services: Services;
}
