import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { requireViewer } from '../user/permissions.js';
import { Organization, OrganizationKind } from './organization.entity.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: '组织名录（已登录用户可见公开信息）' })
  organizations(
    @Arg('kind', () => OrganizationKind, { nullable: true }) kind: OrganizationKind | null,
    @Ctx() ctx: Context,
  ): Promise<Organization[]> {
    requireViewer(ctx);
    return ctx.em.find(Organization, kind ? { kind } : {}, { orderBy: { name: 'asc' }, limit: 1000 });
  }

  @Query(() => Organization)
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organization> {
    requireViewer(ctx);
    const organization = await ctx.em.findOne(Organization, id);
    if (!organization) {
      throw notFound('该组织');
    }
    return organization;
  }
}
