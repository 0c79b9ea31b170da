import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { User } from '../user/user.entity.js';

/**
 * The claim that makes an alert happen once: a notification is written only by the transaction whose
 * `insert … on conflict do nothing` created the (recipient, key) row, whichever process it runs in.
 * Keys: `pair:<achievementId>:<demandId>` and `search:<savedSearchId>:<listingId>`.
 */
@Entity()
export class AlertDelivery {
  [PrimaryKeyProp]?: ['recipient', 'alertKey'];

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  recipient!: User;

  @PrimaryKey({ type: 'string', length: 120 })
  alertKey!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
