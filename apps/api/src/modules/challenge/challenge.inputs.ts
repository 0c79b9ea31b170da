import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IndustryChain } from '../listing/listing.enums.js';
import { ChallengeStatus } from './challenge.enums.js';

@InputType()
export class ChallengeTargetInput {
  @Field(() => String)
  indicator!: string;

  @Field(() => String)
  targetValue!: string;

  @Field(() => String)
  acceptanceMethod!: string;
}

@InputType({ description: '榜单内容' })
export class ChallengeInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  background!: string;

  @Field(() => [ChallengeTargetInput])
  targets!: ChallengeTargetInput[];

  @Field(() => Float, { description: '榜额（万元，最多两位小数）' })
  bountyWan!: number;

  @Field(() => Date)
  applicationDeadline!: Date;

  @Field(() => LocalDateResolver)
  executionStart!: string;

  @Field(() => LocalDateResolver)
  executionEnd!: string;

  @Field(() => String, { nullable: true })
  eligibility?: string | null;

  @Field(() => IndustryChain)
  industryChain!: IndustryChain;
}

@InputType()
export class ChallengeFilter {
  @Field(() => ChallengeStatus, { nullable: true })
  status?: ChallengeStatus | null;

  @Field(() => IndustryChain, { nullable: true })
  industryChain?: IndustryChain | null;

  @Field(() => Boolean, { nullable: true, description: '只看本组织发布的' })
  mine?: boolean | null;
}

@InputType()
export class ChallengeTransitionInput {
  @Field(() => String, { nullable: true, description: '退回、撤销、未通过验收时须填写' })
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ReviewCriterionInput {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  weight!: number;
}

@InputType()
export class TeamMemberInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  role?: string | null;
}

@InputType({ description: '揭榜申请内容' })
export class ChallengeApplicationInput {
  @Field(() => String)
  proposal!: string;

  @Field(() => String)
  approach!: string;

  @Field(() => Float, { description: '预算（万元，最多两位小数）' })
  budgetWan!: number;

  @Field(() => String)
  plan!: string;

  @Field(() => [TeamMemberInput])
  members!: TeamMemberInput[];
}

@InputType({ description: '一位专家评审哪些申请' })
export class ReviewerAssignmentInput {
  @Field(() => ID)
  expertId!: string;

  @Field(() => [ID])
  applicationIds!: string[];
}

@InputType()
export class CriterionScoreInput {
  @Field(() => String)
  criterion!: string;

  @Field(() => Int)
  score!: number;
}

@InputType()
export class ReviewInput {
  @Field(() => [CriterionScoreInput])
  scores!: CriterionScoreInput[];

  @Field(() => String, { nullable: true, description: '内部意见（申请方不可见）' })
  internalComment?: string | null;

  @Field(() => String, { description: '给申请方的反馈' })
  applicantFeedback!: string;
}

@InputType()
export class ApplicationFeedbackInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => String)
  feedback!: string;
}

@InputType()
export class AwardChallengeInput {
  @Field(() => [ID], { description: '揭榜成功的申请（须已入围并完成评审）' })
  winnerIds!: string[];

  @Field(() => Int, { defaultValue: 7, description: '公示天数（1–30）' })
  noticeDays!: number;

  @Field(() => [ApplicationFeedbackInput], {
    nullable: true,
    description: '给未入选申请方的反馈；缺省时使用通用说明',
  })
  feedback?: ApplicationFeedbackInput[] | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class MilestoneInput {
  @Field(() => ID, { nullable: true, description: '承担的揭榜方申请；只有一个揭榜方时可省略' })
  applicationId?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  deliverable!: string;

  @Field(() => LocalDateResolver)
  plannedDate!: string;
}
