import { Arg, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { IndustryChain } from '../listing/listing.enums.js';
import { MatchService } from './match.service.js';
import { AchievementMatch, DemandMatch } from './match.types.js';

@Resolver()
export class MatchResolver {
  @Query(() => [AchievementMatch], { description: '为需求推荐成果：得分、理由（最好的在前）' })
  matchesForDemand(
    @Arg('demandId', () => ID) demandId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('industryChains', () => [IndustryChain], { nullable: true }) industryChains: IndustryChain[] | null,
    @Arg('minScore', () => Float, { nullable: true }) minScore: number | null,
    @Ctx() ctx: Context,
  ): Promise<AchievementMatch[]> {
    return new MatchService(ctx).forDemand(demandId, { first, industryChains, minScore });
  }

  @Query(() => [DemandMatch], { description: '为成果推荐需求：得分、理由（最好的在前）' })
  matchesForAchievement(
    @Arg('achievementId', () => ID) achievementId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('industryChains', () => [IndustryChain], { nullable: true }) industryChains: IndustryChain[] | null,
    @Arg('minScore', () => Float, { nullable: true }) minScore: number | null,
    @Ctx() ctx: Context,
  ): Promise<DemandMatch[]> {
    return new MatchService(ctx).forAchievement(achievementId, { first, industryChains, minScore });
  }

  @Query(() => [AchievementMatch], { description: '相似成果（仅已发布的）' })
  similarAchievements(
    @Arg('achievementId', () => ID) achievementId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<AchievementMatch[]> {
    return new MatchService(ctx).similarAchievements(achievementId, { first });
  }

  @Query(() => [DemandMatch], { description: '相似需求（仅已发布的）' })
  similarDemands(
    @Arg('demandId', () => ID) demandId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<DemandMatch[]> {
    return new MatchService(ctx).similarDemands(demandId, { first });
  }
}
