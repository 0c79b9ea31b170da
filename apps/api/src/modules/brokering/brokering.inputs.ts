import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IndustryChain } from '../listing/listing.enums.js';
import { MatchCloseReason, MatchOrigin, MatchSide, MatchStage } from './match-stage.js';
import { MatchmakingEventKind } from './matchmaking-event.entity.js';
import { TechContractStatus, TechContractType } from './tech-contract.entity.js';

@InputType({ description: '提出对接：科技局或任一方（从推荐结果或活动中）' })
export class ProposeMatchInput {
  @Field(() => ID)
  demandId!: string;

  @Field(() => ID)
  achievementId!: string;

  @Field(() => MatchOrigin, {
    nullable: true,
    description: '默认：成员为 RECOMMENDATION，科技局为 MANUAL，带活动时为 EVENT',
  })
  origin?: MatchOrigin | null;

  @Field(() => Float, { nullable: true, description: '推荐得分' })
  score?: number | null;

  @Field(() => ID, { nullable: true, description: '促成该对接的对接活动' })
  eventId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: '表达意向：给出 matchId，或给出 demandId 与 achievementId（没有对接时新建）' })
export class ExpressInterestInput {
  @Field(() => ID, { nullable: true })
  matchId?: string | null;

  @Field(() => ID, { nullable: true })
  demandId?: string | null;

  @Field(() => ID, { nullable: true })
  achievementId?: string | null;

  @Field(() => MatchSide, { nullable: true, description: '科技局代一方登记时必填；成员填写时须为本方' })
  side?: MatchSide | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class MatchStepInput {
  @Field(() => String, { nullable: true, description: '备注，如会面时间地点、谈判要点' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: '乐观锁：回传读到的 version' })
  expectedVersion?: number | null;
}

@InputType()
export class CloseMatchInput extends MatchStepInput {
  @Field(() => MatchCloseReason)
  reason!: MatchCloseReason;
}

@InputType()
export class MatchFilter {
  @Field(() => MatchStage, { nullable: true })
  stage?: MatchStage | null;

  @Field(() => ID, { nullable: true })
  demandId?: string | null;

  @Field(() => ID, { nullable: true })
  achievementId?: string | null;

  @Field(() => ID, { nullable: true })
  eventId?: string | null;

  @Field(() => ID, { nullable: true, description: '任一方为该组织' })
  organizationId?: string | null;
}

@InputType()
export class MatchmakingEventInput {
  @Field(() => MatchmakingEventKind)
  kind!: MatchmakingEventKind;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => String)
  place!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  invitedOrganizationIds!: string[];

  @Field(() => [ID], { defaultValue: [] })
  achievementIds!: string[];

  @Field(() => [ID], { defaultValue: [] })
  demandIds!: string[];
}

@InputType()
export class EventAttendanceInput {
  @Field(() => [ID])
  organizationIds!: string[];

  @Field(() => Int)
  attendeeCount!: number;
}

@InputType({ description: '技术合同' })
export class TechContractInput {
  @Field(() => String)
  title!: string;

  @Field(() => TechContractType)
  type!: TechContractType;

  @Field(() => String, { description: '成交额（万元），十进制字符串，最多两位小数，如 "120.5"' })
  amountWan!: string;

  @Field(() => LocalDateResolver)
  signedOn!: string;

  @Field(() => ID, { nullable: true, description: '来自的对接；给出时双方取自对接' })
  matchId?: string | null;

  @Field(() => ID, { nullable: true, description: '来自的揭榜挂帅榜单' })
  challengeId?: string | null;

  @Field(() => ID, { nullable: true, description: '委托方 / 受让方；无对接时必填' })
  buyerId?: string | null;

  @Field(() => ID, { nullable: true, description: '受托方 / 转让方；无对接时必填' })
  sellerId?: string | null;

  @Field(() => IndustryChain, { nullable: true, description: '无对接时必填；有对接时取自需求' })
  industryChain?: IndustryChain | null;
}

@InputType()
export class TechContractFilter {
  @Field(() => Int, { nullable: true, description: '签订年份' })
  year?: number | null;

  @Field(() => TechContractStatus, { nullable: true })
  status?: TechContractStatus | null;

  @Field(() => ID, { nullable: true })
  matchId?: string | null;
}
