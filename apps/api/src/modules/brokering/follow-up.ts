import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../services.js';
import { FollowUpSetting } from './follow-up-setting.entity.js';
import { Match } from './match.entity.js';
import { MATCH_POPULATE, matchTitle, notifyParties } from './match-pipeline.js';
import { DEFAULT_FOLLOW_UP_DAYS, stageLabel, OPEN_STAGES } from './match-stage.js';

const DAY = 86_400_000;

/** Days allowed per open stage: the bureau's settings over the defaults. */
export async function followUpDays(em: EntityManager): Promise<Record<string, number>> {
  const days = { ...DEFAULT_FOLLOW_UP_DAYS };
  for (const setting of await em.find(FollowUpSetting, {})) {
    days[setting.stage] = setting.days;
  }
  return days;
}

export function followUpDueAt(match: Match, days: Record<string, number>): Date | null {
  const allowed = days[match.stage];
  return allowed == null ? null : new Date(match.stageEnteredAt.getTime() + allowed * DAY);
}

/** Open matches that have waited in their stage past its period. */
export function overdueCondition(days: Record<string, number>, now: Date): FilterQuery<Match> {
  return {
    $or: OPEN_STAGES.map((stage) => ({
      stage,
      stageEnteredAt: { $lt: new Date(now.getTime() - (days[stage] ?? 0) * DAY) },
    })),
  };
}

/**
 * 待跟进 reminders: tells the parties of every overdue match, once per stage entry (a stage change clears
 * the mark). Safe to run from several processes at once: each match is claimed by a conditional update.
 * Returns how many matches were followed up.
 */
export async function runFollowUp(em: EntityManager, now = new Date()): Promise<number> {
  const days = await followUpDays(em);
  const due = await em.find(
    Match,
    { $and: [overdueCondition(days, now), { followUpNotifiedAt: null }] },
    { populate: MATCH_POPULATE, orderBy: { stageEnteredAt: 'asc' } },
  );
  let count = 0;
  for (const match of due) {
    const claimed = await em.transactional(async (tx) => {
      const updated = await tx.nativeUpdate(
        Match,
        { id: match.id, stage: match.stage, followUpNotifiedAt: null },
        { followUpNotifiedAt: now },
      );
      if (updated !== 1) {
        return false;
      }
      const waited = Math.floor((now.getTime() - match.stageEnteredAt.getTime()) / DAY);
      await notifyParties(tx, match, null, {
        kind: 'MATCH_FOLLOW_UP',
        title: `对接待跟进：${stageLabel(match.stage)}`,
        body: `${matchTitle(match)}的对接已在「${stageLabel(match.stage)}」阶段停留 ${waited} 天（期限 ${days[match.stage]} 天），请及时推进或反馈。`,
      });
      return true;
    });
    count += claimed ? 1 : 0;
  }
  return count;
}

/**
 * Runs `runFollowUp` now and then every `intervalMs` (default hourly) on a fresh EntityManager; errors
 * are logged, never thrown. Call `stop()` on shutdown.
 */
export function startFollowUpSchedule(
  orm: MikroORM,
  log: Logger,
  intervalMs = 60 * 60 * 1000,
): { stop(): void } {
  const tick = () => {
    runFollowUp(orm.em.fork())
      .then((count) => count && log.info('follow-up reminders sent', { matches: count }))
      .catch((error: unknown) => log.error('follow-up run failed', { error: String(error) }));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return { stop: () => clearInterval(timer) };
}
