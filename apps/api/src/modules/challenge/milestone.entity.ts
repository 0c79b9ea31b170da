import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge } from './challenge.entity.js';
import { MilestoneStatus } from './challenge.enums.js';

/** A dated deliverable of an awarded challenge, owed by one winning application. */
@ObjectType({ description: '里程碑' })
@Entity({ tableName: 'challenge_milestone' })
@Index({ properties: ['challenge'] })
export class Milestone {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Challenge)
  challenge!: Challenge;

  @ManyToOne(() => ChallengeApplication)
  application!: ChallengeApplication;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: '交付物' })
  @Property({ type: 'text' })
  deliverable!: string;

  @Field(() => LocalDateResolver, { description: '计划完成日期' })
  @Property({ type: 'date' })
  plannedDate!: string;

  @Field(() => MilestoneStatus)
  @Enum({ items: () => MilestoneStatus, nativeEnumName: 'milestone_status' })
  status: Opt<MilestoneStatus> = MilestoneStatus.PLANNED;

  @Field(() => String, { nullable: true, description: '验收佐证材料' })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: '科技局验收意见' })
  @Property({ type: 'string', length: 500, nullable: true })
  reviewNote?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
