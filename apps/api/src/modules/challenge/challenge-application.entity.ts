import { randomUUID } from 'node:crypto';
import {
  DecimalType,
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { Challenge } from './challenge.entity.js';
import { ApplicationStatus } from './challenge.enums.js';

@ObjectType({ description: '揭榜团队成员' })
export class TeamMember {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '职称或职务' })
  title!: string;

  @Field(() => String, { description: '在项目中的分工' })
  role!: string;
}

/** A team's proposal for a challenge: one per organisation per challenge. */
@ObjectType({ description: '揭榜申请' })
@Entity()
@Unique({ properties: ['challenge', 'organization'] })
export class ChallengeApplication {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Challenge)
  challenge!: Challenge;

  @ManyToOne(() => Organization)
  organization!: Organization;

  @Property({ type: 'uuid' })
  submittedById!: string;

  @Field(() => String, { description: '揭榜方案概述' })
  @Property({ type: 'text' })
  proposal!: string;

  @Field(() => String, { description: '技术路线' })
  @Property({ type: 'text' })
  approach!: string;

  @Field(() => Float, { description: '预算（万元）' })
  @Property({ type: new DecimalType('number'), precision: 14, scale: 2 })
  budgetWan!: number;

  @Field(() => String, { description: '进度计划' })
  @Property({ type: 'text' })
  plan!: string;

  @Field(() => [TeamMember])
  @Property({ type: 'json' })
  members!: TeamMember[];

  @Field(() => ApplicationStatus)
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'challenge_application_status' })
  status: Opt<ApplicationStatus> = ApplicationStatus.SUBMITTED;

  /** Applicant-facing reason of the decision; resolvers show it to the applicant and the bureau only. */
  @Property({ type: 'text', nullable: true })
  feedback?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
