import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { ListingKindName } from '../listing/listing-kind.js';

/**
 * A published listing whose alerts are still to be sent. Written in the transaction that publishes or
 * edits the listing (`AlertQueueSubscriber`), deleted in the transaction that writes its alerts; what a
 * process that stopped or died had not sent is found here at the next start (or by another process's
 * sweep), so a publish never loses its alerts. A listing may be queued more than once (edited twice
 * before its alerts went out): the rows are taken together.
 */
@Entity()
@Index({ properties: ['listingKind', 'listingId'] })
@Index({ properties: ['queuedAt'] })
export class AlertQueue {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 20 })
  listingKind!: ListingKindName;

  @Property({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  queuedAt: Opt<Date> = new Date();
}
