import { randomUUID } from 'node:crypto';
import { DecimalType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IndustryChain } from '../listing/listing.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { ChallengeStatus } from './challenge.enums.js';

@ObjectType({ description: '榜单的一项可考核指标' })
export class ChallengeTarget {
  @Field(() => String, { description: '指标' })
  indicator!: string;

  @Field(() => String, { description: '目标值' })
  targetValue!: string;

  @Field(() => String, { description: '考核（验收）方式' })
  acceptanceMethod!: string;
}

@ObjectType({ description: '评审维度及权重' })
export class ReviewCriterion {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: '权重（各维度之和为 100）' })
  weight!: number;
}

export const DEFAULT_CRITERIA: readonly ReviewCriterion[] = [
  { name: '技术可行性', weight: 40 },
  { name: '团队能力', weight: 25 },
  { name: '预算合理性', weight: 20 },
  { name: '进度安排', weight: 15 },
];

/** 揭榜挂帅榜单: posted by an enterprise (owner) with the bureau's approval, or by the bureau itself (owner null). */
@ObjectType({ description: '揭榜挂帅榜单' })
@Entity()
@Index({ properties: ['status', 'createdAt'] })
export class Challenge {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: '需求背景' })
  @Property({ type: 'text' })
  background!: string;

  @Field(() => [ChallengeTarget], { description: '攻关指标' })
  @Property({ type: 'json' })
  targets!: ChallengeTarget[];

  @Field(() => Float, { description: '榜额（万元）' })
  @Property({ type: new DecimalType('number'), precision: 14, scale: 2 })
  bountyWan!: number;

  @Field(() => Date, { description: '揭榜截止时间：之后不再接受或修改申请' })
  @Property({ type: 'datetime' })
  applicationDeadline!: Date;

  @Field(() => LocalDateResolver, { description: '攻关实施期开始' })
  @Property({ type: 'date' })
  executionStart!: string;

  @Field(() => LocalDateResolver, { description: '攻关实施期结束' })
  @Property({ type: 'date' })
  executionEnd!: string;

  @Field(() => String, { description: '揭榜方资格条件' })
  @Property({ type: 'text', default: '' })
  eligibility: Opt<string> = '';

  @Field(() => IndustryChain)
  @Enum({ items: () => IndustryChain, nativeEnumName: 'industry_chain' })
  industryChain!: IndustryChain;

  @Field(() => ChallengeStatus)
  @Enum({ items: () => ChallengeStatus, nativeEnumName: 'challenge_status' })
  status: Opt<ChallengeStatus> = ChallengeStatus.DRAFT;

  /** The enterprise that posts it; null when the bureau posts it itself. */
  @ManyToOne(() => Organization, { nullable: true })
  owner?: Organization | null;

  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Field(() => [ReviewCriterion], { description: '评审维度与权重' })
  @Property({ type: 'json' })
  criteria: Opt<ReviewCriterion[]> = DEFAULT_CRITERIA.map((c) => ({ ...c }));

  @Field(() => String, { nullable: true, description: '退回、撤销或未通过验收的原因' })
  @Property({ type: 'string', length: 500, nullable: true })
  statusReason?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '公示期截止日（含当日）' })
  @Property({ type: 'date', nullable: true })
  publicNoticeEndsOn?: string | null;

  @Field(() => ID, { nullable: true, description: '关联的技术合同' })
  @Property({ type: 'uuid', nullable: true })
  contractId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  awardedAt?: Date | null;

  @Field(() => Int, { description: '乐观锁版本号' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
