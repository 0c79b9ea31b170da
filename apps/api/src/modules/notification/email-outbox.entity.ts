import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Notification } from './notification.entity.js';

/**
 * Mail waiting for a relay: a relay selects rows with `sent_at is null` (oldest first, `for update skip
 * locked`), sends them and sets `sent_at`, or bumps `attempts` and records `last_error`.
 */
@Entity()
@Index({ properties: ['sentAt', 'createdAt'] })
export class EmailOutbox {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Notification, { nullable: true, deleteRule: 'set null' })
  notification?: Notification | null;

  @Property({ type: 'string', length: 254 })
  toAddress!: string;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'smallint', default: 0 })
  attempts: Opt<number> = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;
}
