import { Entity, OneToOne, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { User } from '../user/user.entity.js';
import { DEFAULT_THRESHOLD } from './alerts.enums.js';

/**
 * A user's alerts about their organisation's own published listings. A user without a row has the
 * defaults (alerts on, DEFAULT_THRESHOLD).
 */
@Entity()
export class AlertSetting {
  [PrimaryKeyProp]?: 'user';

  @OneToOne(() => User, { primary: true, owner: true, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'smallint', default: DEFAULT_THRESHOLD })
  threshold: Opt<number> = DEFAULT_THRESHOLD;

  @Property({ type: 'boolean', default: true })
  listingAlerts: Opt<boolean> = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
