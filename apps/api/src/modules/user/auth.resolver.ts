import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AuthService } from './auth.service.js';
import { requireBureau, requireViewer } from './permissions.js';
import { CreateAccountInput, RegisterInput } from './user.inputs.js';
import { Role, User } from './user.entity.js';

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  token!: string;
}

const auth = (ctx: Context) => new AuthService(ctx.em, ctx.services.tokens);

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: '当前登录用户；未登录时为 null' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.viewer?.user ?? null;
  }

  @Mutation(() => AuthPayload)
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return { token: await auth(ctx).login(email, password) };
  }

  @Mutation(() => AuthPayload)
  async register(
    @Arg('input', () => RegisterInput) input: RegisterInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return { token: await auth(ctx).register(input) };
  }

  @Mutation(() => Boolean, { description: '退出登录：令牌立即失效' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return auth(ctx).logout(requireViewer(ctx));
  }

  @Query(() => [User], { description: '待审核的组织成员申请（科技局看全部，组织成员看本组织）' })
  pendingMembers(@Ctx() ctx: Context): Promise<User[]> {
    return auth(ctx).pendingMembers(requireViewer(ctx));
  }

  @Mutation(() => User)
  approveMembership(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<User> {
    return auth(ctx).setMembership(requireViewer(ctx), userId, true);
  }

  @Mutation(() => User)
  rejectMembership(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<User> {
    return auth(ctx).setMembership(requireViewer(ctx), userId, false);
  }

  @Query(() => [User], { description: '专家库（仅科技局）：组建评审专家组时选择，含所属单位以便回避' })
  async experts(@Ctx() ctx: Context): Promise<User[]> {
    requireBureau(ctx);
    return ctx.em.find(
      User,
      { role: Role.EXPERT, disabled: false },
      { populate: ['organization'], orderBy: { displayName: 'asc', id: 'asc' } },
    );
  }

  @Mutation(() => User, { description: '科技局创建工作人员或专家账号' })
  createAccount(
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return auth(ctx).createAccount(requireBureau(ctx), input);
  }
}
