import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Achievement } from '../achievement/achievement.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge } from './challenge.entity.js';

@ObjectType()
export class ChallengePage {
  @Field(() => [Challenge])
  items!: Challenge[];

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: '一个评审维度上的平均分' })
export class CriterionMean {
  @Field(() => String)
  criterion!: string;

  @Field(() => Float)
  score!: number;
}

@ObjectType({ description: '评审排名中的一份申请' })
export class RankedApplication {
  @Field(() => Int, { nullable: true, description: '名次（并列同名次）；尚无评分时为空' })
  rank!: number | null;

  @Field(() => Float, { nullable: true, description: '已评分专家加权得分的平均值' })
  score!: number | null;

  @Field(() => Int, { description: '已评分的专家数' })
  reviewCount!: number;

  @Field(() => Int, { description: '分配的评审任务数' })
  assignedCount!: number;

  @Field(() => [CriterionMean], { description: '各维度平均分（保留两位小数）' })
  criterionMeans!: CriterionMean[];

  @Field(() => ChallengeApplication)
  application!: ChallengeApplication;
}

@ObjectType({ description: '可邀请揭榜的候选成果及其所属单位' })
export class ChallengeCandidate {
  @Field(() => Float)
  score!: number;

  @Field(() => [String], { description: '推荐理由' })
  reasons!: string[];

  @Field(() => Achievement)
  achievement!: Achievement;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Boolean, { description: '该单位是否已揭榜' })
  alreadyApplied!: boolean;
}
