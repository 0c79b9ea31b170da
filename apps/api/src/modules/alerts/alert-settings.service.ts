import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { recordAudit } from '../audit/audit.js';
import { requireViewer } from '../user/permissions.js';
import { AlertSetting } from './alert-setting.entity.js';
import { DEFAULT_THRESHOLD } from './alerts.enums.js';
import type { AlertSettings, AlertSettingsInput } from './alerts.inputs.js';
import { validAlertSettings } from './saved-search.service.js';

const view = (setting: AlertSetting | null): AlertSettings => ({
  threshold: setting?.threshold ?? DEFAULT_THRESHOLD,
  listingAlerts: setting?.listingAlerts ?? true,
});

/** The viewer's own alert settings for their organisation's published listings. */
export class AlertSettingsService {
  constructor(private readonly ctx: Context) {}

  async get(): Promise<AlertSettings> {
    const viewer = requireViewer(this.ctx);
    return view(await this.ctx.em.findOne(AlertSetting, { user: viewer.user.id }));
  }

  async update(input: AlertSettingsInput): Promise<AlertSettings> {
    const viewer = requireViewer(this.ctx);
    const next = validAlertSettings(input);
    return this.ctx.em.transactional(async (em) => {
      // Insert-or-lock, so two updates at once serialise instead of racing on the primary key.
      await em.execute(
        'insert into "alert_setting" ("user_id") values (?) on conflict ("user_id") do nothing',
        [viewer.user.id],
      );
      const setting = await em.findOneOrFail(
        AlertSetting,
        { user: viewer.user.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const before = view(setting);
      setting.threshold = next.threshold;
      setting.listingAlerts = next.listingAlerts;
      setting.updatedAt = new Date();
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'AlertSetting',
        entityId: viewer.user.id,
        action: 'update',
        before,
        after: view(setting),
      });
      return view(setting);
    });
  }
}
