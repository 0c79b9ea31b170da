import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { requireBureau } from '../user/permissions.js';
import { FollowUpSetting } from './follow-up-setting.entity.js';
import { followUpDays, runFollowUp } from './follow-up.js';
import { OPEN_STAGES, type MatchStage } from './match-stage.js';

/** The bureau's follow-up settings and the on-demand reminder run. */
export class FollowUpService {
  constructor(private readonly ctx: Context) {}

  async settings(): Promise<FollowUpSetting[]> {
    requireBureau(this.ctx);
    const days = await followUpDays(this.ctx.em);
    const stored = new Map((await this.ctx.em.find(FollowUpSetting, {})).map((s) => [s.stage, s]));
    return OPEN_STAGES.map(
      (stage) =>
        stored.get(stage) ??
        this.ctx.em.create(FollowUpSetting, { stage, days: days[stage]! }, { persist: false }),
    );
  }

  async setDays(stage: MatchStage, days: number): Promise<FollowUpSetting> {
    const viewer = requireBureau(this.ctx);
    if (!OPEN_STAGES.includes(stage)) {
      throw badInput('只有进行中的阶段有跟进期限', { field: 'stage' });
    }
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      throw badInput('跟进期限须为 1–365 天', { field: 'days' });
    }
    return this.ctx.em.transactional(async (em) => {
      const setting =
        (await em.findOne(FollowUpSetting, { stage })) ?? em.create(FollowUpSetting, { stage, days });
      const before = setting.days;
      setting.days = days;
      setting.updatedAt = new Date();
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'FollowUpSetting',
        entityId: stage,
        action: 'update',
        before: { days: before },
        after: { days },
      });
      return setting;
    });
  }

  run(): Promise<number> {
    requireBureau(this.ctx);
    return runFollowUp(this.ctx.em);
  }
}
