import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { MilestoneInput } from './challenge.inputs.js';
import { Milestone } from './milestone.entity.js';
import { MilestoneService } from './milestone.service.js';

const service = (ctx: Context) => new MilestoneService(ctx);

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Mutation(() => Milestone, { description: '为揭榜方制定里程碑（科技局或揭榜方，确定揭榜方后）' })
  addChallengeMilestone(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('input', () => MilestoneInput) input: MilestoneInput,
    @Ctx() ctx: Context,
  ): Promise<Milestone> {
    return service(ctx).add(challengeId, input);
  }

  @Mutation(() => Milestone, { description: '揭榜方提交里程碑佐证材料' })
  submitMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('evidence', () => String) evidence: string,
    @Ctx() ctx: Context,
  ): Promise<Milestone> {
    return service(ctx).submit(id, evidence);
  }

  @Mutation(() => Milestone, { description: '科技局验收通过里程碑' })
  acceptMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Milestone> {
    return service(ctx).accept(id, note);
  }

  @Mutation(() => Milestone, {
    description: '科技局判定里程碑不通过（须填写原因；揭榜方可补充材料后重新提交）',
  })
  rejectMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Milestone> {
    return service(ctx).reject(id, reason);
  }

  @FieldResolver(() => ChallengeApplication, { description: '承担的揭榜方申请' })
  application(@Root() milestone: Milestone): ChallengeApplication {
    return milestone.application;
  }
}
