import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireBureau } from '../user/permissions.js';
import {
  CloseMatchInput,
  ExpressInterestInput,
  MatchFilter,
  MatchStepInput,
  ProposeMatchInput,
} from './brokering.inputs.js';
import { followUpDays, followUpDueAt } from './follow-up.js';
import { Interest } from './interest.entity.js';
import { MatchEvent } from './match-event.entity.js';
import { Match } from './match.entity.js';
import { matchActor } from './match-pipeline.js';
import { stageLabel, MatchAction, MatchSide } from './match-stage.js';
import { MatchService, availableActions } from './match.service.js';
import { TechContract } from './tech-contract.entity.js';
import { TechContractService } from './tech-contract.service.js';

const days = new WeakMap<object, Promise<Record<string, number>>>();
const daysFor = (ctx: Context) => {
  let value = days.get(ctx);
  if (!value) {
    value = followUpDays(ctx.em);
    days.set(ctx, value);
  }
  return value;
};

/** The brokered pipeline (对接): queries, the stage mutations, and what each viewer may see of a match. */
@Resolver(() => Match)
export class BrokeredMatchResolver {
  @Query(() => Match, { description: '一条对接（科技局或对接双方可见）' })
  match(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Match> {
    return new MatchService(ctx).get(id);
  }

  @Query(() => [Match], { description: '对接列表：科技局看全部，成员看本组织参与的' })
  matches(
    @Arg('filter', () => MatchFilter, { nullable: true }) filter: MatchFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() ctx: Context,
  ): Promise<Match[]> {
    return new MatchService(ctx).list(filter ?? {}, first, offset);
  }

  @Query(() => [Match], { description: '待跟进：在当前阶段停留超过期限的对接（科技局）' })
  overdueMatches(@Ctx() ctx: Context): Promise<Match[]> {
    requireBureau(ctx);
    return new MatchService(ctx).overdue();
  }

  @Mutation(() => Match, { description: '提出对接（已推荐）' })
  proposeMatch(
    @Arg('input', () => ProposeMatchInput) input: ProposeMatchInput,
    @Ctx() ctx: Context,
  ): Promise<Match> {
    return new MatchService(ctx).propose(input);
  }

  @Mutation(() => Match, { description: '表达意向；双方都表达后联系方式互相可见' })
  expressInterest(
    @Arg('input', () => ExpressInterestInput) input: ExpressInterestInput,
    @Ctx() ctx: Context,
  ): Promise<Match> {
    return new MatchService(ctx).expressInterest(input);
  }

  @Mutation(() => Match, { description: '双方有意向 → 洽谈会面' })
  scheduleMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MatchStepInput, { nullable: true }) input: MatchStepInput | null,
    @Ctx() ctx: Context,
  ): Promise<Match> {
    return new MatchService(ctx).advance(id, MatchAction.MEET, input ?? {});
  }

  @Mutation(() => Match, { description: '洽谈会面 → 合同谈判' })
  startNegotiation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MatchStepInput, { nullable: true }) input: MatchStepInput | null,
    @Ctx() ctx: Context,
  ): Promise<Match> {
    return new MatchService(ctx).advance(id, MatchAction.NEGOTIATE, input ?? {});
  }

  @Mutation(() => Match, { description: '关闭对接（须说明原因）' })
  closeMatch(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CloseMatchInput) input: CloseMatchInput,
    @Ctx() ctx: Context,
  ): Promise<Match> {
    return new MatchService(ctx).close(id, input);
  }

  @FieldResolver(() => String)
  stageLabel(@Root() match: Match): string {
    return stageLabel(match.stage);
  }

  @FieldResolver(() => MatchSide, { nullable: true, description: '当前用户在该对接中是哪一方（科技局为空）' })
  viewerSide(@Root() match: Match, @Ctx() ctx: Context): MatchSide | null {
    const actor = matchActor(ctx.viewer, match);
    return actor?.kind === 'party' ? actor.side : null;
  }

  @FieldResolver(() => [MatchAction], { description: '当前用户现在可以做的动作' })
  availableActions(@Root() match: Match, @Ctx() ctx: Context): MatchAction[] {
    return availableActions(ctx.viewer, match);
  }

  @FieldResolver(() => Date, { nullable: true, description: '跟进期限：超过即为待跟进' })
  async followUpDueAt(@Root() match: Match, @Ctx() ctx: Context): Promise<Date | null> {
    return followUpDueAt(match, await daysFor(ctx));
  }

  @FieldResolver(() => Boolean, { description: '是否待跟进' })
  async overdue(@Root() match: Match, @Ctx() ctx: Context): Promise<boolean> {
    const due = followUpDueAt(match, await daysFor(ctx));
    return due !== null && due < new Date();
  }

  @FieldResolver(() => [MatchEvent], { description: '阶段历程（最早的在前）' })
  events(@Root() match: Match, @Ctx() ctx: Context): Promise<MatchEvent[]> {
    return new MatchService(ctx).history(match);
  }

  @FieldResolver(() => [Interest])
  interests(@Root() match: Match, @Ctx() ctx: Context): Promise<Interest[]> {
    return new MatchService(ctx).interests(match);
  }

  @FieldResolver(() => [TechContract])
  contracts(@Root() match: Match, @Ctx() ctx: Context): Promise<TechContract[]> {
    return new TechContractService(ctx).list({ matchId: match.id });
  }
}

@Resolver(() => MatchEvent)
export class MatchEventResolver {
  @FieldResolver(() => String, { description: '谁做的：科技局、需求方或成果方（组织名称）' })
  actorLabel(@Root() event: MatchEvent): string {
    const actor = event.actor;
    if (!actor) {
      return '系统';
    }
    if (actor.role === 'BUREAU') {
      return '科技局';
    }
    return actor.organization?.name ?? '成员';
  }
}
