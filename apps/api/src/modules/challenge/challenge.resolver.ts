import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge } from './challenge.entity.js';
import { ApplicationStatus, ChallengeStatus } from './challenge.enums.js';
import {
  ChallengeFilter,
  ChallengeInput,
  ChallengeTransitionInput,
  ReviewCriterionInput,
} from './challenge.inputs.js';
import { ChallengeService, type SimpleChallengeAction } from './challenge.service.js';
import { ChallengeCandidate, ChallengePage } from './challenge.types.js';
import { Milestone } from './milestone.entity.js';
import { MilestoneService } from './milestone.service.js';

const service = (ctx: Context) => new ChallengeService(ctx);
const move = (
  ctx: Context,
  action: SimpleChallengeAction,
  id: string,
  options: ChallengeTransitionInput | null,
) => service(ctx).transition(id, action, options ?? {});

const AWARDED_OR_LATER: readonly ChallengeStatus[] = [
  ChallengeStatus.AWARDED,
  ChallengeStatus.IN_PROGRESS,
  ChallengeStatus.ACCEPTED,
  ChallengeStatus.FAILED,
];

@Resolver(() => Challenge)
export class ChallengeResolver {
  @Query(() => ChallengePage, {
    description: '揭榜挂帅榜单（已发布的对所有登录用户可见；草稿与待审核的仅发榜单位与科技局可见）',
  })
  challenges(
    @Arg('filter', () => ChallengeFilter, { nullable: true }) filter: ChallengeFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() ctx: Context,
  ): Promise<ChallengePage> {
    return service(ctx).list(filter ?? {}, first, offset);
  }

  @Query(() => Challenge)
  challenge(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Challenge> {
    return service(ctx).get(id);
  }

  @Query(() => [ChallengeCandidate], { description: '为揭榜中的榜单推荐可邀请的成果与团队（科技局）' })
  challengeCandidates(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ChallengeCandidate[]> {
    return service(ctx).candidates(challengeId, first);
  }

  @Mutation(() => Challenge, { description: '新建榜单（草稿）：企业成员或科技局' })
  createChallenge(
    @Arg('input', () => ChallengeInput) input: ChallengeInput,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return service(ctx).create(input);
  }

  @Mutation(() => Challenge, { description: '修改草稿（科技局也可修改待审核的）' })
  updateChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ChallengeInput) input: ChallengeInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return service(ctx).update(id, input, expectedVersion);
  }

  @Mutation(() => Challenge, { description: '企业提交科技局审核' })
  submitChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'submit', id, options);
  }

  @Mutation(() => Challenge, { description: '企业撤回待审核的榜单' })
  withdrawChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'withdraw', id, options);
  }

  @Mutation(() => Challenge, { description: '科技局发布（审核通过，或直接发布科技局自己的榜单）' })
  publishChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'publish', id, options);
  }

  @Mutation(() => Challenge, { description: '科技局退回待审核的榜单（须填写原因）' })
  returnChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'return', id, options);
  }

  @Mutation(() => Challenge, { description: '截止揭榜（截止时间过后；读取时也会自动截止）' })
  closeChallengeApplications(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'closeApplications', id, options);
  }

  @Mutation(() => Challenge, { description: '启动专家评审（须有入围申请）' })
  startChallengeEvaluation(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'startEvaluation', id, options);
  }

  @Mutation(() => Challenge, { description: '公示期满后启动攻关实施（须已制定里程碑）' })
  startChallengeExecution(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'startExecution', id, options);
  }

  @Mutation(() => Challenge, { description: '整体验收通过（所有里程碑已验收）' })
  completeChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'complete', id, options);
  }

  @Mutation(() => Challenge, { description: '判定未通过验收（须填写原因）' })
  failChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'fail', id, options);
  }

  @Mutation(() => Challenge, { description: '撤销榜单（发布后撤销须填写原因）' })
  cancelChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => ChallengeTransitionInput, { nullable: true })
    options: ChallengeTransitionInput | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return move(ctx, 'cancel', id, options);
  }

  @Mutation(() => Challenge, { description: '设置评审维度与权重（首个评分提交前，科技局）' })
  setChallengeCriteria(
    @Arg('id', () => ID) id: string,
    @Arg('criteria', () => [ReviewCriterionInput]) criteria: ReviewCriterionInput[],
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return service(ctx).setCriteria(id, criteria);
  }

  @Mutation(() => Challenge, { description: '关联技术合同（科技局）；contractId 为空则取消关联' })
  linkChallengeContract(
    @Arg('id', () => ID) id: string,
    @Arg('contractId', () => ID, { nullable: true }) contractId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Challenge> {
    return service(ctx).linkContract(id, contractId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '发榜企业；科技局直接发榜时为空' })
  organization(@Root() challenge: Challenge): Organization | null {
    return challenge.owner ?? null;
  }

  @FieldResolver(() => Boolean, { description: '科技局直接发布的榜单' })
  postedByBureau(@Root() challenge: Challenge): boolean {
    return !challenge.owner;
  }

  @FieldResolver(() => [Organization], { description: '揭榜方（确定后公示）' })
  async winners(@Root() challenge: Challenge, @Ctx() ctx: Context): Promise<Organization[]> {
    if (!AWARDED_OR_LATER.includes(challenge.status)) {
      return [];
    }
    const awarded = await ctx.em.find(
      ChallengeApplication,
      { challenge, status: ApplicationStatus.AWARDED },
      { populate: ['organization'] },
    );
    return awarded.map((a) => a.organization);
  }

  @FieldResolver(() => ChallengeApplication, { nullable: true, description: '本单位对该榜单的申请' })
  async myApplication(
    @Root() challenge: Challenge,
    @Ctx() ctx: Context,
  ): Promise<ChallengeApplication | null> {
    const organizationId = ctx.viewer?.organizationId;
    return organizationId
      ? ctx.em.findOne(
          ChallengeApplication,
          { challenge, organization: organizationId },
          { populate: ['organization', 'challenge'] },
        )
      : null;
  }

  @FieldResolver(() => [Milestone], { description: '里程碑（科技局、发榜单位与揭榜方可见）' })
  milestones(@Root() challenge: Challenge, @Ctx() ctx: Context): Promise<Milestone[]> {
    return new MilestoneService(ctx).forChallenge(challenge);
  }
}
