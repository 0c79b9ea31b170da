import { chinaDate } from '../../calendar.js';
import type { MatchHit } from '@ttp/matching';
import type { Context } from '../../context.js';
import { badInput, forbidden, isUuid, notFound } from '../../errors.js';
import { achievementKind } from '../achievement/achievement-kind.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { demandKind } from '../demand/demand-kind.js';
import { Demand } from '../demand/demand.entity.js';
import type { IndustryChain } from '../listing/listing.enums.js';
import { ListingStatus } from '../listing/listing.enums.js';
import type { Listing } from '../listing/listing.entity.js';
import { ListingService } from '../listing/listing.service.js';
import { actsFor, isBureau, requireViewer } from '../user/permissions.js';
import type { AchievementMatch, DemandMatch } from './match.types.js';

export interface MatchQuery {
  first: number;
  industryChains?: IndustryChain[] | null;
  minScore?: number | null;
}

const today = () => chinaDate();

/** Recommendations for one listing: the bureau about any, a member about its own, nobody else. */
export class MatchService {
  constructor(private readonly ctx: Context) {}

  async forDemand(demandId: string, query: MatchQuery): Promise<AchievementMatch[]> {
    const demand = await this.ownListing(Demand, demandId, '需求');
    const hits = this.ctx.services.matching.matchesForDemand(demand, this.options(query));
    const achievements = await this.load(Achievement, hits);
    return hits.flatMap((hit) => {
      const achievement = achievements.get(hit.id);
      return achievement ? [{ score: hit.score, reasons: hit.reasons, achievement }] : [];
    });
  }

  async forAchievement(achievementId: string, query: MatchQuery): Promise<DemandMatch[]> {
    const achievement = await this.ownListing(Achievement, achievementId, '成果');
    const hits = this.ctx.services.matching.matchesForAchievement(achievement, this.options(query));
    const demands = await this.load(Demand, hits);
    return hits.flatMap((hit) => {
      const demand = demands.get(hit.id);
      return demand ? [{ score: hit.score, reasons: hit.reasons, demand }] : [];
    });
  }

  /** Published achievements like one the viewer may see (for “相似成果”). */
  async similarAchievements(achievementId: string, query: MatchQuery): Promise<AchievementMatch[]> {
    const achievement = await new ListingService(achievementKind, this.ctx).get(achievementId);
    const hits = this.ctx.services.matching.engine.similarAchievements(achievement.id, this.options(query));
    const achievements = await this.load(Achievement, hits);
    return hits.flatMap((hit) => {
      const found = achievements.get(hit.id);
      return found ? [{ score: hit.score, reasons: hit.reasons, achievement: found }] : [];
    });
  }

  /** Published demands like one the viewer may see (for “相似需求”). */
  async similarDemands(demandId: string, query: MatchQuery): Promise<DemandMatch[]> {
    const demand = await new ListingService(demandKind, this.ctx).get(demandId);
    const hits = this.ctx.services.matching.engine.similarDemands(demand.id, this.options(query));
    const demands = await this.load(Demand, hits);
    return hits.flatMap((hit) => {
      const found = demands.get(hit.id);
      return found ? [{ score: hit.score, reasons: hit.reasons, demand: found }] : [];
    });
  }

  private options(query: MatchQuery) {
    if (!Number.isInteger(query.first) || query.first < 1 || query.first > 100) {
      throw badInput('first 须为 1–100', { field: 'first' });
    }
    if (query.minScore != null && !(query.minScore >= 0 && query.minScore <= 100)) {
      throw badInput('minScore 须为 0–100', { field: 'minScore' });
    }
    return {
      first: query.first,
      minScore: query.minScore ?? undefined,
      chains: query.industryChains?.length ? query.industryChains : undefined,
      today: today(),
    };
  }

  private async ownListing<T extends Listing>(entity: new () => T, id: string, label: string): Promise<T> {
    const viewer = requireViewer(this.ctx);
    const listing = isUuid(id)
      ? await this.ctx.em.findOne(entity, { id } as never, { populate: ['owner'] as never })
      : null;
    if (!listing) {
      throw notFound(label);
    }
    if (!isBureau(viewer) && !actsFor(viewer, listing.owner.id)) {
      throw forbidden(`只能查看本组织${label}的推荐`);
    }
    return listing;
  }

  /** The hit listings, still published (the index may lag a commit by a moment). */
  private async load<T extends Listing>(entity: new () => T, hits: MatchHit[]): Promise<Map<string, T>> {
    if (hits.length === 0) {
      return new Map();
    }
    const rows = await this.ctx.em.find(
      entity,
      { id: { $in: hits.map((hit) => hit.id) }, status: ListingStatus.PUBLISHED } as never,
      { populate: ['owner'] as never },
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
