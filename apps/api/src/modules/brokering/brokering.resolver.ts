import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../context.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { requireBureau } from '../user/permissions.js';
import {
  EventAttendanceInput,
  MatchmakingEventInput,
  TechContractFilter,
  TechContractInput,
} from './brokering.inputs.js';
import { FollowUpSetting } from './follow-up-setting.entity.js';
import { FollowUpService } from './follow-up.service.js';
import { KpiService } from './kpi.service.js';
import {
  KpiBreakdownRow,
  KpiDimension,
  ListingsPublishedPeriod,
  MatchFunnel,
  StageDuration,
  TurnoverReport,
} from './kpi.types.js';
import { Match } from './match.entity.js';
import { MatchStage } from './match-stage.js';
import { MATCHMAKING_EVENT_KIND_LABELS, MatchmakingEvent } from './matchmaking-event.entity.js';
import { MatchmakingEventService } from './matchmaking-event.service.js';
import { ALL_TIME, assertYear, Granularity, periodOf } from './period.js';
import { TechContract } from './tech-contract.entity.js';
import { TechContractService } from './tech-contract.service.js';

@Resolver(() => MatchmakingEvent)
export class MatchmakingEventResolver {
  @Query(() => [MatchmakingEvent], { description: '对接活动（最近的在前）' })
  matchmakingEvents(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<MatchmakingEvent[]> {
    return new MatchmakingEventService(ctx).list(year);
  }

  @Query(() => MatchmakingEvent)
  matchmakingEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MatchmakingEvent> {
    return new MatchmakingEventService(ctx).get(id);
  }

  @Mutation(() => MatchmakingEvent, { description: '新建对接活动（科技局）' })
  createMatchmakingEvent(
    @Arg('input', () => MatchmakingEventInput) input: MatchmakingEventInput,
    @Ctx() ctx: Context,
  ): Promise<MatchmakingEvent> {
    return new MatchmakingEventService(ctx).create(input);
  }

  @Mutation(() => MatchmakingEvent, { description: '修改对接活动（科技局）' })
  updateMatchmakingEvent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MatchmakingEventInput) input: MatchmakingEventInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<MatchmakingEvent> {
    return new MatchmakingEventService(ctx).update(id, input, expectedVersion);
  }

  @Mutation(() => MatchmakingEvent, { description: '登记到场的组织与人数（科技局）' })
  recordEventAttendance(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EventAttendanceInput) input: EventAttendanceInput,
    @Ctx() ctx: Context,
  ): Promise<MatchmakingEvent> {
    return new MatchmakingEventService(ctx).recordAttendance(id, input);
  }

  @FieldResolver(() => String)
  kindLabel(@Root() event: MatchmakingEvent): string {
    return MATCHMAKING_EVENT_KIND_LABELS[event.kind];
  }

  @FieldResolver(() => [Organization])
  invitedOrganizations(@Root() event: MatchmakingEvent): Organization[] {
    return event.invitedOrganizations.getItems();
  }

  @FieldResolver(() => [Achievement])
  achievements(@Root() event: MatchmakingEvent): Achievement[] {
    return event.achievements.getItems();
  }

  @FieldResolver(() => [Demand])
  demands(@Root() event: MatchmakingEvent): Demand[] {
    return event.demands.getItems();
  }

  @FieldResolver(() => [Organization])
  attendedOrganizations(@Root() event: MatchmakingEvent): Organization[] {
    return event.attendedOrganizations.getItems();
  }

  @FieldResolver(() => [Match], { description: '活动促成的对接' })
  matches(@Root() event: MatchmakingEvent, @Ctx() ctx: Context): Promise<Match[]> {
    return new MatchmakingEventService(ctx).matches(event);
  }
}

@Resolver(() => TechContract)
export class TechContractResolver {
  @Query(() => [TechContract], { description: '技术合同：科技局看全部，成员看本组织为一方的' })
  techContracts(
    @Arg('filter', () => TechContractFilter, { nullable: true }) filter: TechContractFilter | null,
    @Ctx() ctx: Context,
  ): Promise<TechContract[]> {
    return new TechContractService(ctx).list(filter ?? {});
  }

  @Query(() => TechContract)
  techContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TechContract> {
    return new TechContractService(ctx).get(id);
  }

  @Mutation(() => TechContract, { description: '科技局登记技术合同（直接确认；来源对接进入已签约）' })
  registerTechContract(
    @Arg('input', () => TechContractInput) input: TechContractInput,
    @Ctx() ctx: Context,
  ): Promise<TechContract> {
    return new TechContractService(ctx).register(input);
  }

  @Mutation(() => TechContract, { description: '合同一方提交技术合同，待科技局确认' })
  submitTechContract(
    @Arg('input', () => TechContractInput) input: TechContractInput,
    @Ctx() ctx: Context,
  ): Promise<TechContract> {
    return new TechContractService(ctx).submit(input);
  }

  @Mutation(() => TechContract, { description: '科技局确认提交的合同（来源对接进入已签约）' })
  confirmTechContract(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<TechContract> {
    return new TechContractService(ctx).confirm(id, expectedVersion);
  }

  @Mutation(() => TechContract, { description: '科技局退回提交的合同（须填写原因）' })
  rejectTechContract(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<TechContract> {
    return new TechContractService(ctx).reject(id, reason, expectedVersion);
  }
}

@Resolver()
export class FollowUpResolver {
  @Query(() => [FollowUpSetting], { description: '各阶段跟进期限（科技局）' })
  followUpSettings(@Ctx() ctx: Context): Promise<FollowUpSetting[]> {
    return new FollowUpService(ctx).settings();
  }

  @Mutation(() => FollowUpSetting, { description: '设置某阶段的跟进期限（天，1–365；科技局）' })
  setFollowUpDays(
    @Arg('stage', () => MatchStage) stage: MatchStage,
    @Arg('days', () => Int) days: number,
    @Ctx() ctx: Context,
  ): Promise<FollowUpSetting> {
    return new FollowUpService(ctx).setDays(stage, days);
  }

  @Mutation(() => Int, { description: '立即发送待跟进提醒（每次进入阶段只提醒一次）；返回提醒的对接数' })
  runFollowUp(@Ctx() ctx: Context): Promise<number> {
    return new FollowUpService(ctx).run();
  }
}

/** The bureau's numbers. Every query is bureau-only. */
@Resolver()
export class KpiResolver {
  @Query(() => TurnoverReport, { description: '技术合同成交额：按年、季、月，与上年同期比较（目标 +20%）' })
  turnoverReport(
    @Arg('year', () => Int) year: number,
    @Arg('granularity', () => Granularity, { defaultValue: Granularity.QUARTER }) granularity: Granularity,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: '只计到该日（及上年同日），用于年内累计比较',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<TurnoverReport> {
    requireBureau(ctx);
    assertYear(year);
    return new KpiService(ctx.em).turnover(year, granularity, asOf);
  }

  @Query(() => MatchFunnel, { description: '对接漏斗：各阶段到达数、当前数与转化率（可按创建年份）' })
  matchFunnel(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<MatchFunnel> {
    requireBureau(ctx);
    return new KpiService(ctx.em).funnel(yearRange(year));
  }

  @Query(() => [StageDuration], { description: '各阶段停留时间的中位数（天）' })
  stageDurations(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<StageDuration[]> {
    requireBureau(ctx);
    return new KpiService(ctx.em).stageDurations(yearRange(year));
  }

  @Query(() => [KpiBreakdownRow], { description: '按产业链、高校院所或企业统计对接与成交额' })
  kpiBreakdown(
    @Arg('dimension', () => KpiDimension) dimension: KpiDimension,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<KpiBreakdownRow[]> {
    requireBureau(ctx);
    return new KpiService(ctx.em).breakdown(dimension, yearRange(year));
  }

  @Query(() => [ListingsPublishedPeriod], { description: '各统计期发布的成果与需求数' })
  listingsPublished(
    @Arg('year', () => Int) year: number,
    @Arg('granularity', () => Granularity, { defaultValue: Granularity.MONTH }) granularity: Granularity,
    @Ctx() ctx: Context,
  ): Promise<ListingsPublishedPeriod[]> {
    requireBureau(ctx);
    assertYear(year);
    return new KpiService(ctx.em).listingsPublished(year, granularity);
  }
}

function yearRange(year: number | null) {
  if (year == null) {
    return ALL_TIME;
  }
  assertYear(year);
  return periodOf(Granularity.YEAR, year).range;
}
