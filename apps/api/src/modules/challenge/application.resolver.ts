import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { actsFor, isBureau } from '../user/permissions.js';
import { ApplicationService } from './application.service.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge } from './challenge.entity.js';
import { ApplicationStatus } from './challenge.enums.js';
import { ChallengeApplicationInput } from './challenge.inputs.js';
import { ReviewAssignment } from './review-assignment.entity.js';

const service = (ctx: Context) => new ApplicationService(ctx);
const mayReadDecision = (ctx: Context, application: ChallengeApplication) =>
  isBureau(ctx.viewer) || actsFor(ctx.viewer, application.organization.id);

@Resolver(() => ChallengeApplication)
export class ChallengeApplicationResolver {
  @Query(() => [ChallengeApplication], {
    description: '某榜单的揭榜申请：科技局看全部，发榜企业截止后可看，团队只看本单位的',
  })
  challengeApplications(
    @Arg('challengeId', () => ID) challengeId: string,
    @Ctx() ctx: Context,
  ): Promise<ChallengeApplication[]> {
    return service(ctx).forChallenge(challengeId);
  }

  @Query(() => [ChallengeApplication], { description: '本单位的揭榜申请' })
  myChallengeApplications(@Ctx() ctx: Context): Promise<ChallengeApplication[]> {
    return service(ctx).mine();
  }

  @Query(() => ChallengeApplication)
  challengeApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ChallengeApplication> {
    return service(ctx).get(id);
  }

  @Mutation(() => ChallengeApplication, {
    description: '揭榜：代表本单位提交申请（每单位每榜一份，截止前可改）',
  })
  applyToChallenge(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('input', () => ChallengeApplicationInput) input: ChallengeApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<ChallengeApplication> {
    return service(ctx).apply(challengeId, input);
  }

  @Mutation(() => ChallengeApplication, { description: '截止前修改本单位的申请' })
  updateChallengeApplication(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ChallengeApplicationInput) input: ChallengeApplicationInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<ChallengeApplication> {
    return service(ctx).update(id, input, expectedVersion);
  }

  @Mutation(() => ChallengeApplication, { description: '形式审查通过，入围专家评审（科技局）' })
  shortlistChallengeApplication(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<ChallengeApplication> {
    return service(ctx).shortlist(id);
  }

  @Mutation(() => ChallengeApplication, { description: '不予入选（须给申请方反馈，科技局）' })
  rejectChallengeApplication(
    @Arg('id', () => ID) id: string,
    @Arg('feedback', () => String) feedback: string,
    @Ctx() ctx: Context,
  ): Promise<ChallengeApplication> {
    return service(ctx).reject(id, feedback);
  }

  @FieldResolver(() => Challenge)
  challenge(@Root() application: ChallengeApplication): Challenge {
    return application.challenge;
  }

  @FieldResolver(() => Organization, { description: '揭榜单位' })
  organization(@Root() application: ChallengeApplication): Organization {
    return application.organization;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '给申请方的决定说明（仅申请单位与科技局可见）',
  })
  feedback(@Root() application: ChallengeApplication, @Ctx() ctx: Context): string | null {
    return mayReadDecision(ctx, application) ? (application.feedback ?? null) : null;
  }

  @FieldResolver(() => [String], {
    description: '评审专家给申请方的反馈（结果公布后，仅申请单位与科技局可见；不含内部意见）',
  })
  async reviewerFeedback(@Root() application: ChallengeApplication, @Ctx() ctx: Context): Promise<string[]> {
    const decided =
      application.status === ApplicationStatus.AWARDED || application.status === ApplicationStatus.REJECTED;
    if (!mayReadDecision(ctx, application) || !(decided || isBureau(ctx.viewer))) {
      return [];
    }
    const reviews = await ctx.em.find(
      ReviewAssignment,
      { application, submittedAt: { $ne: null } },
      { orderBy: { submittedAt: 'asc' } },
    );
    return reviews.map((r) => r.applicantFeedback ?? '').filter((text) => text.length > 0);
  }
}
