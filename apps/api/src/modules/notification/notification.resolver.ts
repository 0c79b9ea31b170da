import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Notification } from './notification.entity.js';
import { NotificationService } from './notification.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => [Notification], { description: '我的通知（最新的在前）' })
  notifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Notification[]> {
    return new NotificationService(ctx).list(unreadOnly, first);
  }

  @Query(() => Int, { description: '我的未读通知数' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return new NotificationService(ctx).unreadCount();
  }

  @Mutation(() => Int, { description: '标记通知为已读（不传 ids 时全部标记）；返回标记的条数' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return new NotificationService(ctx).markRead(ids);
  }
}
