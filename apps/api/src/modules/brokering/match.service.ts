import { OptimisticLockError, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../../context.js';
import { badInput, conflict, forbidden, isUuid, notFound } from '../../errors.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { ListingStatus } from '../listing/listing.enums.js';
import { isBureau, requireViewer } from '../user/permissions.js';
import type {
  CloseMatchInput,
  ExpressInterestInput,
  MatchFilter,
  MatchStepInput,
  ProposeMatchInput,
} from './brokering.inputs.js';
import { followUpDays, overdueCondition } from './follow-up.js';
import { Interest } from './interest.entity.js';
import { MatchEvent } from './match-event.entity.js';
import { Match } from './match.entity.js';
import { CREATE, MATCH_POPULATE, matchActor, moveMatch } from './match-pipeline.js';
import {
  MATCH_ACTION_LABELS,
  stageLabel,
  MatchAction,
  MatchOrigin,
  MatchSide,
  MatchStage,
  nextStage,
  type MatchActor,
} from './match-stage.js';
import { MatchmakingEvent } from './matchmaking-event.entity.js';

export const MAX_MATCHES = 100;
const NOTE_LIMIT = 1000;

function cleanNote(note: string | null | undefined): string {
  const text = (note ?? '').trim();
  if (text.length > NOTE_LIMIT) {
    throw badInput(`备注不能超过 ${NOTE_LIMIT} 个字符`, { field: 'note' });
  }
  return text;
}

/** Runs one change in a transaction; a lost race becomes CONFLICT. */
export async function writeMatch<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw conflict('该对接已被他人更新，请刷新后重试');
    }
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('该需求与该成果之间已有对接');
    }
    throw error;
  }
}

/** The brokered pipeline: who may see a match, who may move it, and to where. */
export class MatchService {
  constructor(private readonly ctx: Context) {}

  /** A match the viewer is a party to (or any, for the bureau); NOT_FOUND otherwise. */
  async get(id: string): Promise<Match> {
    const viewer = requireViewer(this.ctx);
    const match = await this.load(this.ctx.em, id);
    if (!matchActor(viewer, match)) {
      throw notFound('对接');
    }
    return match;
  }

  async list(filter: MatchFilter, first: number, offset = 0): Promise<Match[]> {
    const viewer = requireViewer(this.ctx);
    if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES) {
      throw badInput(`first 须为 1–${MAX_MATCHES}`, { field: 'first' });
    }
    for (const field of ['demandId', 'achievementId', 'eventId', 'organizationId'] as const) {
      if (filter[field] && !isUuid(filter[field])) {
        return [];
      }
    }
    const conditions: FilterQuery<Match>[] = [];
    if (!isBureau(viewer)) {
      if (!viewer.organizationId) {
        return [];
      }
      conditions.push(partyOf(viewer.organizationId));
    }
    if (filter.organizationId) {
      conditions.push(partyOf(filter.organizationId));
    }
    if (filter.stage) {
      conditions.push({ stage: filter.stage });
    }
    if (filter.demandId) {
      conditions.push({ demand: filter.demandId });
    }
    if (filter.achievementId) {
      conditions.push({ achievement: filter.achievementId });
    }
    if (filter.eventId) {
      conditions.push({ event: filter.eventId });
    }
    return this.ctx.em.find(
      Match,
      { $and: conditions },
      {
        populate: MATCH_POPULATE,
        orderBy: { updatedAt: 'desc', id: 'asc' },
        limit: first,
        offset: Math.max(0, offset),
      },
    );
  }

  /** 待跟进: open matches that have waited in their stage longer than its follow-up period (bureau). */
  async overdue(): Promise<Match[]> {
    const em = this.ctx.em;
    const days = await followUpDays(em);
    return em.find(Match, overdueCondition(days, new Date()), {
      populate: MATCH_POPULATE,
      orderBy: { stageEnteredAt: 'asc' },
    });
  }

  async history(match: Match): Promise<MatchEvent[]> {
    return this.ctx.em.find(
      MatchEvent,
      { match: match.id },
      { populate: ['actor.organization'], orderBy: { at: 'asc', id: 'asc' } },
    );
  }

  async interests(match: Match): Promise<Interest[]> {
    return this.ctx.em.find(
      Interest,
      { match: match.id },
      { populate: ['organization'], orderBy: { at: 'asc' } },
    );
  }

  async propose(input: ProposeMatchInput): Promise<Match> {
    const viewer = requireViewer(this.ctx);
    const note = cleanNote(input.note);
    if (input.score != null && !(Number.isFinite(input.score) && input.score >= 0 && input.score <= 100)) {
      throw badInput('推荐得分须为 0–100', { field: 'score' });
    }
    return writeMatch(this.ctx.em, async (em) => {
      const { demand, achievement } = await this.pair(em, viewer, input.demandId, input.achievementId);
      const event = input.eventId ? await this.event(em, input.eventId) : null;
      if (
        !isBureau(viewer) &&
        (input.origin === MatchOrigin.MANUAL || input.origin === MatchOrigin.INTEREST)
      ) {
        throw forbidden('成员提出的对接来源只能是推荐或对接活动');
      }
      const origin =
        input.origin ??
        (event ? MatchOrigin.EVENT : isBureau(viewer) ? MatchOrigin.MANUAL : MatchOrigin.RECOMMENDATION);
      const match = await this.create(em, viewer, demand, achievement, origin, {
        event,
        score: input.score ?? null,
        note,
      });
      return match;
    });
  }

  async expressInterest(input: ExpressInterestInput): Promise<Match> {
    const viewer = requireViewer(this.ctx);
    const note = cleanNote(input.note);
    return writeMatch(this.ctx.em, async (em) => {
      let match: Match | null = null;
      let pending: { demand: Demand; achievement: Achievement } | null = null;
      if (input.matchId) {
        match = await this.load(em, input.matchId);
      } else if (input.demandId && input.achievementId) {
        const pair = await this.pair(em, viewer, input.demandId, input.achievementId);
        match = await em.findOne(
          Match,
          { demand: pair.demand, achievement: pair.achievement },
          { populate: MATCH_POPULATE },
        );
        pending = match ? null : pair;
      } else {
        throw badInput('请给出对接编号，或需求与成果编号', { field: 'matchId' });
      }
      if (pending) {
        match = await this.create(em, viewer, pending.demand, pending.achievement, MatchOrigin.INTEREST, {
          event: null,
          score: null,
          note: '',
          notifyParties: false,
        });
      }
      const actor = this.actorOrThrow(viewer, match!);
      const side = this.interestSide(actor, input.side);
      await this.step(em, match!, MatchAction.INTEREST, actor, viewer, {
        note,
        expectedVersion: input.expectedVersion,
        side,
      });
      em.persist(
        em.create(Interest, {
          match: match!,
          side,
          organization: side === MatchSide.DEMAND ? match!.demand.owner : match!.achievement.owner,
          user: viewer.user,
          note,
          at: new Date(),
        }),
      );
      return match!;
    });
  }

  async advance(
    id: string,
    action: MatchAction.MEET | MatchAction.NEGOTIATE,
    input: MatchStepInput,
  ): Promise<Match> {
    const viewer = requireViewer(this.ctx);
    const note = cleanNote(input.note);
    return writeMatch(this.ctx.em, async (em) => {
      const match = await this.load(em, id);
      await this.step(em, match, action, this.actorOrThrow(viewer, match), viewer, {
        note,
        expectedVersion: input.expectedVersion,
      });
      return match;
    });
  }

  async close(id: string, input: CloseMatchInput): Promise<Match> {
    const viewer = requireViewer(this.ctx);
    const note = cleanNote(input.note);
    if (input.reason === 'OTHER' && !note) {
      throw badInput('关闭原因为「其他」时须填写说明', { field: 'note' });
    }
    return writeMatch(this.ctx.em, async (em) => {
      const match = await this.load(em, id);
      match.closeReason = input.reason;
      match.closeNote = note || null;
      await this.step(em, match, MatchAction.CLOSE, this.actorOrThrow(viewer, match), viewer, {
        note,
        expectedVersion: input.expectedVersion,
      });
      return match;
    });
  }

  /** Applies one action after checking it against the stage machine and the expected version. */
  private async step(
    em: EntityManager,
    match: Match,
    action: MatchAction,
    actor: MatchActor,
    viewer: Viewer,
    options: { note: string; expectedVersion?: number | null; side?: MatchSide },
  ): Promise<void> {
    if (options.expectedVersion != null && options.expectedVersion !== match.version) {
      throw conflict('该对接已被他人更新，请刷新后重试');
    }
    const effective: MatchActor = options.side ? { ...actor, side: options.side } : actor;
    const to = nextStage(
      { stage: match.stage, interestedSide: match.interestedSide ?? null },
      action,
      effective,
    );
    if (!to) {
      const already = action === MatchAction.INTEREST && match.interestedSide === options.side;
      throw conflict(
        already
          ? '本方已表达过意向，正在等待对方回应'
          : `「${stageLabel(match.stage)}」阶段的对接不能${MATCH_ACTION_LABELS[action]}`,
      );
    }
    if (action === MatchAction.INTEREST && to === MatchStage.INTERESTED) {
      match.interestedSide = options.side ?? null;
    }
    await moveMatch(em, match, {
      action,
      to,
      actor: viewer.user,
      side: options.side ?? null,
      note: options.note,
    });
  }

  private async create(
    em: EntityManager,
    viewer: Viewer,
    demand: Demand,
    achievement: Achievement,
    origin: MatchOrigin,
    options: { event: MatchmakingEvent | null; score: number | null; note: string; notifyParties?: boolean },
  ): Promise<Match> {
    if (await em.count(Match, { demand, achievement })) {
      throw conflict('该需求与该成果之间已有对接');
    }
    const match = em.create(Match, {
      demand,
      achievement,
      origin,
      event: options.event,
      score: options.score,
      createdBy: viewer.user,
      stage: MatchStage.PROPOSED,
    });
    await moveMatch(em, match, {
      action: CREATE,
      to: MatchStage.PROPOSED,
      actor: viewer.user,
      note: options.note,
      notifyParties: options.notifyParties,
    });
    return match;
  }

  /** Both listings, published; a member must own one of them. */
  private async pair(em: EntityManager, viewer: Viewer, demandId: string, achievementId: string) {
    const demand = isUuid(demandId) ? await em.findOne(Demand, demandId, { populate: ['owner'] }) : null;
    const achievement = isUuid(achievementId)
      ? await em.findOne(Achievement, achievementId, { populate: ['owner'] })
      : null;
    const bureau = isBureau(viewer);
    const visible = (listing: Demand | Achievement | null) =>
      listing &&
      (bureau || listing.status === ListingStatus.PUBLISHED || viewer.organizationId === listing.owner.id);
    if (!visible(demand)) {
      throw notFound('需求');
    }
    if (!visible(achievement)) {
      throw notFound('成果');
    }
    if (
      !bureau &&
      viewer.organizationId !== demand!.owner.id &&
      viewer.organizationId !== achievement!.owner.id
    ) {
      throw forbidden('只有需求方、成果方或科技局可以提出对接');
    }
    if (demand!.status !== ListingStatus.PUBLISHED || achievement!.status !== ListingStatus.PUBLISHED) {
      throw conflict('只有已发布的需求与成果才能对接');
    }
    return { demand: demand!, achievement: achievement! };
  }

  private async event(em: EntityManager, id: string): Promise<MatchmakingEvent> {
    const event = isUuid(id) ? await em.findOne(MatchmakingEvent, id) : null;
    if (!event) {
      throw notFound('对接活动');
    }
    return event;
  }

  private async load(em: EntityManager, id: string): Promise<Match> {
    const match = isUuid(id) ? await em.findOne(Match, id, { populate: MATCH_POPULATE }) : null;
    if (!match) {
      throw notFound('对接');
    }
    return match;
  }

  private actorOrThrow(viewer: Viewer, match: Match): MatchActor {
    const actor = matchActor(viewer, match);
    if (!actor) {
      throw notFound('对接');
    }
    return actor;
  }

  private interestSide(actor: MatchActor, requested: MatchSide | null | undefined): MatchSide {
    if (actor.kind === 'party') {
      if (requested && requested !== actor.side) {
        throw forbidden('只能代表本方表达意向');
      }
      return actor.side;
    }
    if (!requested) {
      throw badInput('科技局代为登记意向时须指明是哪一方', { field: 'side' });
    }
    return requested;
  }
}

function partyOf(organizationId: string): FilterQuery<Match> {
  return { $or: [{ demand: { owner: organizationId } }, { achievement: { owner: organizationId } }] };
}

/** What the viewer may do next with this match (for buttons; the service checks again). */
export function availableActions(viewer: Viewer | null, match: Match): MatchAction[] {
  const actor = matchActor(viewer, match);
  if (!actor) {
    return [];
  }
  const state = { stage: match.stage, interestedSide: match.interestedSide ?? null };
  const actions = [
    MatchAction.INTEREST,
    MatchAction.MEET,
    MatchAction.NEGOTIATE,
    MatchAction.CONTRACT,
    MatchAction.CLOSE,
  ];
  return actions.filter((action) => {
    if (action !== MatchAction.INTEREST || actor.kind === 'party') {
      return nextStage(state, action, actor) !== null;
    }
    return [MatchSide.DEMAND, MatchSide.ACHIEVEMENT].some((side) =>
      nextStage(state, action, { kind: 'bureau', side }),
    );
  });
}
