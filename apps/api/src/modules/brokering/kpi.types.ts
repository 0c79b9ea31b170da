import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Granularity } from './period.js';
import { MatchStage } from './match-stage.js';

export enum KpiDimension {
  INDUSTRY_CHAIN = 'INDUSTRY_CHAIN',
  UNIVERSITY = 'UNIVERSITY',
  ENTERPRISE = 'ENTERPRISE',
}

registerEnumType(KpiDimension, { name: 'KpiDimension', description: '分组维度：产业链、高校院所、企业' });

@ObjectType({ description: '一个统计期的技术合同成交额，与上年同期比较' })
export class TurnoverPeriod {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '年为 1，季度 1–4，月 1–12' })
  index!: number;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: '成交额（万元，精确到分）' })
  amountWan!: string;

  @Field(() => Int)
  contractCount!: number;

  @Field(() => String, { description: '上年同期成交额（万元）' })
  lastYearAmountWan!: string;

  @Field(() => Int)
  lastYearContractCount!: number;

  @Field(() => String, { description: '目标成交额：上年同期 × (1 + 目标增幅)' })
  targetAmountWan!: string;

  @Field(() => Float, { nullable: true, description: '同比增长（%，两位小数）；上年同期为 0 时为空' })
  growthPercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否达到目标增幅；无法比较时为空' })
  meetsTarget!: boolean | null;
}

@ObjectType({ description: '技术合同成交额报表' })
export class TurnoverReport {
  @Field(() => Int)
  year!: number;

  @Field(() => Granularity)
  granularity!: Granularity;

  @Field(() => Float, { description: '目标增幅（%）' })
  targetGrowthPercent!: number;

  @Field(() => TurnoverPeriod, { description: '全年（或截至 asOf 的年度累计）' })
  total!: TurnoverPeriod;

  @Field(() => [TurnoverPeriod])
  periods!: TurnoverPeriod[];
}

@ObjectType({ description: '对接漏斗的一级' })
export class FunnelStage {
  @Field(() => MatchStage)
  stage!: MatchStage;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: '当前处于该阶段的对接数' })
  current!: number;

  @Field(() => Int, { description: '曾到达该阶段（或更后）的对接数' })
  reached!: number;

  @Field(() => Float, { nullable: true, description: '从上一级到本级的转化率（%，一位小数）' })
  conversionPercent!: number | null;
}

@ObjectType()
export class MatchFunnel {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  closed!: number;

  @Field(() => [FunnelStage])
  stages!: FunnelStage[];
}

@ObjectType({ description: '在某阶段停留的时间（已离开该阶段的对接）' })
export class StageDuration {
  @Field(() => MatchStage)
  stage!: MatchStage;

  @Field(() => String)
  label!: string;

  @Field(() => Float, { nullable: true, description: '中位数（天，两位小数）' })
  medianDays!: number | null;

  @Field(() => Int)
  samples!: number;
}

@ObjectType({ description: '按产业链、高校院所或企业分组的对接与成交' })
export class KpiBreakdownRow {
  @Field(() => String, { description: '产业链代码或组织编号' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  matchCount!: number;

  @Field(() => Int)
  contractedMatchCount!: number;

  @Field(() => Int)
  contractCount!: number;

  @Field(() => String)
  turnoverWan!: string;
}

@ObjectType({ description: '一个统计期内发布的成果与需求' })
export class ListingsPublishedPeriod {
  @Field(() => Int)
  index!: number;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  achievements!: number;

  @Field(() => Int)
  demands!: number;
}
