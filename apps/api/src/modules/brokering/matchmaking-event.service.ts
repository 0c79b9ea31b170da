import { OptimisticLockError, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, conflict, isUuid, notFound } from '../../errors.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { recordAudit } from '../audit/audit.js';
import { Demand } from '../demand/demand.entity.js';
import { ListingStatus } from '../listing/listing.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { requireBureau, requireViewer } from '../user/permissions.js';
import type { EventAttendanceInput, MatchmakingEventInput } from './brokering.inputs.js';
import { Match } from './match.entity.js';
import { MATCH_POPULATE } from './match-pipeline.js';
import { MatchmakingEvent } from './matchmaking-event.entity.js';

const POPULATE = [
  'invitedOrganizations',
  'achievements.owner',
  'demands.owner',
  'attendedOrganizations',
] as const;
const MAX_INVITED = 200;

function snapshot(event: MatchmakingEvent) {
  return {
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt,
    place: event.place,
    invitedOrganizations: event.invitedOrganizations.getIdentifiers(),
    achievements: event.achievements.getIdentifiers(),
    demands: event.demands.getIdentifiers(),
    attendedOrganizations: event.attendedOrganizations.getIdentifiers(),
    attendeeCount: event.attendeeCount,
  };
}

/** Matchmaking events: the bureau plans them and records who came; every signed-in user may see them. */
export class MatchmakingEventService {
  constructor(private readonly ctx: Context) {}

  async list(year?: number | null): Promise<MatchmakingEvent[]> {
    requireViewer(this.ctx);
    const where =
      year != null
        ? {
            startsAt: {
              $gte: new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000),
              $lt: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000),
            },
          }
        : {};
    return this.ctx.em.find(MatchmakingEvent, where, { populate: POPULATE, orderBy: { startsAt: 'desc' } });
  }

  async get(id: string): Promise<MatchmakingEvent> {
    requireViewer(this.ctx);
    const event = isUuid(id) ? await this.ctx.em.findOne(MatchmakingEvent, id, { populate: POPULATE }) : null;
    if (!event) {
      throw notFound('对接活动');
    }
    return event;
  }

  /** The matches that came out of the event, as far as the viewer may see them. */
  async matches(event: MatchmakingEvent): Promise<Match[]> {
    const viewer = requireViewer(this.ctx);
    const all = await this.ctx.em.find(
      Match,
      { event: event.id },
      { populate: MATCH_POPULATE, orderBy: { createdAt: 'asc' } },
    );
    return viewer.user.role === 'BUREAU'
      ? all
      : all.filter((m) => [m.demand.owner.id, m.achievement.owner.id].includes(viewer.organizationId ?? ''));
  }

  create(input: MatchmakingEventInput): Promise<MatchmakingEvent> {
    const viewer = requireBureau(this.ctx);
    return this.write(async (em) => {
      const event = em.create(MatchmakingEvent, {
        kind: input.kind,
        title: '',
        startsAt: input.startsAt,
        place: '',
      });
      await this.assign(em, event, input);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'MatchmakingEvent',
        entityId: event.id,
        action: 'create',
        after: snapshot(event),
      });
      return event;
    });
  }

  update(
    id: string,
    input: MatchmakingEventInput,
    expectedVersion?: number | null,
  ): Promise<MatchmakingEvent> {
    const viewer = requireBureau(this.ctx);
    return this.write(async (em) => {
      const event = await this.load(em, id, expectedVersion);
      const before = snapshot(event);
      await this.assign(em, event, input);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'MatchmakingEvent',
        entityId: event.id,
        action: 'update',
        before,
        after: snapshot(event),
      });
      return event;
    });
  }

  recordAttendance(id: string, input: EventAttendanceInput): Promise<MatchmakingEvent> {
    const viewer = requireBureau(this.ctx);
    if (!Number.isInteger(input.attendeeCount) || input.attendeeCount < 0 || input.attendeeCount > 100_000) {
      throw badInput('到场人数须为 0–100000 的整数', { field: 'attendeeCount' });
    }
    return this.write(async (em) => {
      const event = await this.load(em, id);
      const before = snapshot(event);
      event.attendedOrganizations.set(await this.refs(em, Organization, input.organizationIds, '组织'));
      event.attendeeCount = input.attendeeCount;
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'MatchmakingEvent',
        entityId: event.id,
        action: 'attendance',
        before,
        after: snapshot(event),
      });
      return event;
    });
  }

  private async assign(
    em: EntityManager,
    event: MatchmakingEvent,
    input: MatchmakingEventInput,
  ): Promise<void> {
    const title = input.title.trim();
    const place = input.place.trim();
    if (!title || title.length > 200) {
      throw badInput('活动名称须为 1–200 个字符', { field: 'title' });
    }
    if (!place || place.length > 200) {
      throw badInput('活动地点须为 1–200 个字符', { field: 'place' });
    }
    if (Number.isNaN(input.startsAt.getTime())) {
      throw badInput('活动时间无效', { field: 'startsAt' });
    }
    const description = (input.description ?? '').trim();
    if (description.length > 5000) {
      throw badInput('活动介绍不能超过 5000 个字符', { field: 'description' });
    }
    event.kind = input.kind;
    event.title = title;
    event.place = place;
    event.startsAt = input.startsAt;
    event.description = description;
    event.invitedOrganizations.set(await this.refs(em, Organization, input.invitedOrganizationIds, '组织'));
    const achievements = await this.refs(em, Achievement, input.achievementIds, '成果', ['owner']);
    const demands = await this.refs(em, Demand, input.demandIds, '需求', ['owner']);
    if ([...achievements, ...demands].some((listing) => listing.status !== ListingStatus.PUBLISHED)) {
      throw conflict('只能邀请已发布的需求与成果参加活动');
    }
    event.achievements.set(achievements);
    event.demands.set(demands);
  }

  private async refs<T extends { id: string }>(
    em: EntityManager,
    entity: EntityClass<T>,
    ids: readonly string[],
    label: string,
    populate: string[] = [],
  ): Promise<T[]> {
    const unique = [...new Set(ids)];
    if (unique.length > MAX_INVITED) {
      throw badInput(`一次最多 ${MAX_INVITED} 个${label}`);
    }
    if (unique.some((id) => !isUuid(id))) {
      throw notFound(label);
    }
    const found = unique.length
      ? await em.find(entity, { id: { $in: unique } } as never, { populate: populate as never })
      : [];
    if (found.length !== unique.length) {
      throw notFound(label);
    }
    return found;
  }

  private async load(
    em: EntityManager,
    id: string,
    expectedVersion?: number | null,
  ): Promise<MatchmakingEvent> {
    const event = isUuid(id) ? await em.findOne(MatchmakingEvent, id, { populate: POPULATE }) : null;
    if (!event) {
      throw notFound('对接活动');
    }
    if (expectedVersion != null && expectedVersion !== event.version) {
      throw conflict('该活动已被他人修改，请刷新后重试');
    }
    return event;
  }

  private async write(work: (em: EntityManager) => Promise<MatchmakingEvent>): Promise<MatchmakingEvent> {
    try {
      return await this.ctx.em.transactional(work);
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw conflict('该活动已被他人修改，请刷新后重试');
      }
      throw error;
    }
  }
}
