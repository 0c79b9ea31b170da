import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge } from './challenge.entity.js';

@ObjectType({ description: '单项评分' })
export class CriterionScore {
  @Field(() => String)
  criterion!: string;

  @Field(() => Int, { description: '0–100' })
  score!: number;
}

@ObjectType({ description: '专家评审意见：加权得分、内部意见与给申请方的反馈' })
export class Review {
  @Field(() => [CriterionScore])
  scores!: CriterionScore[];

  @Field(() => Float, { description: '按本榜单权重加权的得分（0–100）' })
  weightedScore!: number;

  @Field(() => String, { description: '内部意见：仅科技局与评审专家本人可见' })
  internalComment!: string;

  @Field(() => String, { description: '给申请方的反馈' })
  applicantFeedback!: string;

  @Field(() => Date)
  submittedAt!: Date;
}

/** One expert's assignment to review one application, and (once scored) the review itself. */
@ObjectType({ description: '评审任务：一位专家评审一份申请' })
@Entity()
@Unique({ properties: ['application', 'expert'] })
@Index({ properties: ['expert'] })
@Index({ properties: ['challenge'] })
export class ReviewAssignment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Challenge)
  challenge!: Challenge;

  @ManyToOne(() => ChallengeApplication)
  application!: ChallengeApplication;

  @ManyToOne(() => User)
  expert!: User;

  @Property({ type: 'uuid', nullable: true })
  assignedById?: string | null;

  @Property({ type: 'json', nullable: true })
  scores?: CriterionScore[] | null;

  @Property({ type: 'text', nullable: true })
  internalComment?: string | null;

  @Property({ type: 'text', nullable: true })
  applicantFeedback?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
