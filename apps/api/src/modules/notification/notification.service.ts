import type { Context } from '../../context.js';
import { badInput, isUuid } from '../../errors.js';
import { requireViewer } from '../user/permissions.js';
import { Notification } from './notification.entity.js';

export const MAX_NOTIFICATIONS = 100;

/** The viewer's own notifications: nobody reads or marks anyone else's. */
export class NotificationService {
  constructor(private readonly ctx: Context) {}

  list(unreadOnly: boolean, first: number): Promise<Notification[]> {
    const viewer = requireViewer(this.ctx);
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS) {
      throw badInput(`first 须为 1–${MAX_NOTIFICATIONS}`, { field: 'first' });
    }
    return this.ctx.em.find(
      Notification,
      { recipient: viewer.user.id, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first },
    );
  }

  unreadCount(): Promise<number> {
    const viewer = requireViewer(this.ctx);
    return this.ctx.em.count(Notification, { recipient: viewer.user.id, readAt: null });
  }

  /** Marks the given notifications read (all unread ones when no ids are given); returns how many changed. */
  async markRead(ids: readonly string[] | null): Promise<number> {
    const viewer = requireViewer(this.ctx);
    if (ids && ids.some((id) => !isUuid(id))) {
      throw badInput('通知编号无效', { field: 'ids' });
    }
    if (ids && ids.length > MAX_NOTIFICATIONS) {
      throw badInput(`一次最多标记 ${MAX_NOTIFICATIONS} 条`, { field: 'ids' });
    }
    return this.ctx.em.nativeUpdate(
      Notification,
      { recipient: viewer.user.id, readAt: null, ...(ids ? { id: { $in: [...ids] } } : {}) },
      { readAt: new Date() },
    );
  }
}
