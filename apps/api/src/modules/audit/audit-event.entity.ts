import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** One state change: who did what to which record, with the record before and after. */
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Property({ type: 'string', length: 64 })
  entityId!: string;

  @Property({ type: 'string', length: 40 })
  action!: string;

  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}
