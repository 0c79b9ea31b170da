import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Queues an audit event on the unit of work, so it commits in the same transaction as the change. */
export function recordAudit(em: EntityManager, entry: AuditEntry): void {
  em.persist(
    em.create(AuditEvent, {
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
      at: new Date(),
    }),
  );
}
