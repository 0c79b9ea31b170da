import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { User } from '../user/user.entity.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge } from './challenge.entity.js';
import { AwardChallengeInput, ReviewerAssignmentInput, ReviewInput } from './challenge.inputs.js';
import { RankedApplication } from './challenge.types.js';
import { EvaluationService, reviewOf } from './evaluation.service.js';
import { Review, ReviewAssignment } from './review-assignment.entity.js';

const service = (ctx: Context) => new EvaluationService(ctx);

@Resolver(() => ReviewAssignment)
export class EvaluationResolver {
  @Query(() => [ReviewAssignment], { description: '评审任务：科技局看某榜单的全部，专家只看自己的' })
  reviewAssignments(
    @Arg('challengeId', () => ID, { nullable: true }) challengeId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReviewAssignment[]> {
    return service(ctx).assignments(challengeId);
  }

  @Query(() => ReviewAssignment, { description: '一项评审任务（科技局或被分配的专家本人）' })
  reviewAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewAssignment> {
    return service(ctx).get(id);
  }

  @Query(() => [RankedApplication], { description: '按加权得分的评审排名（科技局）' })
  challengeRanking(
    @Arg('challengeId', () => ID) challengeId: string,
    @Ctx() ctx: Context,
  ): Promise<RankedApplication[]> {
    return service(ctx).ranking(challengeId);
  }

  @Mutation(() => [ReviewAssignment], {
    description: '组建评审专家组：指定每位专家评审哪些入围申请（回避本单位）',
  })
  assignReviewers(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('assignments', () => [ReviewerAssignmentInput]) assignments: ReviewerAssignmentInput[],
    @Ctx() ctx: Context,
  ): Promise<ReviewAssignment[]> {
    return service(ctx).assign(challengeId, assignments);
  }

  @Mutation(() => Boolean, { description: '撤回尚未评分的评审任务' })
  removeReviewAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return service(ctx).unassign(id);
  }

  @Mutation(() => ReviewAssignment, { description: '专家提交（或在评审期内修改）评分与意见' })
  submitReview(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('input', () => ReviewInput) input: ReviewInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewAssignment> {
    return service(ctx).submitReview(assignmentId, input);
  }

  @Mutation(() => Challenge, { description: '确定揭榜方并开始公示（评审完成后，科技局）' })
  awardChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AwardChallengeInput) input: AwardChallengeInput,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return service(ctx).award(id, input);
  }

  @FieldResolver(() => Challenge)
  challenge(@Root() assignment: ReviewAssignment): Challenge {
    return assignment.challenge;
  }

  @FieldResolver(() => ChallengeApplication)
  application(@Root() assignment: ReviewAssignment): ChallengeApplication {
    return assignment.application;
  }

  @FieldResolver(() => User)
  expert(@Root() assignment: ReviewAssignment): User {
    return assignment.expert;
  }

  @FieldResolver(() => Review, { nullable: true, description: '已提交的评审意见' })
  review(@Root() assignment: ReviewAssignment): Review | null {
    return reviewOf(assignment);
  }
}
