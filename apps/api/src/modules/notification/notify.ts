import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipStatus, Role, User } from '../user/user.entity.js';
import { EmailOutbox } from './email-outbox.entity.js';
import { Notification } from './notification.entity.js';

export interface NotificationMessage {
  kind: string;
  title: string;
  body: string;
  entityType?: string;
  entityId?: string;
}

/**
 * Queues a notification (and its e-mail) for each recipient on the caller's unit of work, so the messages
 * commit in the same transaction as the change they report, or not at all.
 */
export function notify(em: EntityManager, recipients: readonly User[], message: NotificationMessage): number {
  const seen = new Set<string>();
  for (const recipient of recipients) {
    if (seen.has(recipient.id) || recipient.disabled) {
      continue;
    }
    seen.add(recipient.id);
    const notification = em.create(Notification, {
      recipient,
      kind: message.kind,
      title: message.title,
      body: message.body,
      entityType: message.entityType ?? null,
      entityId: message.entityId ?? null,
      createdAt: new Date(),
    });
    em.persist(notification);
    em.persist(
      em.create(EmailOutbox, {
        notification,
        toAddress: recipient.email,
        subject: `【鹤城区双高对接平台】${message.title}`,
        body: `${recipient.displayName}，您好：\n\n${message.body}\n\n请登录平台查看详情。`,
        createdAt: new Date(),
      }),
    );
  }
  return seen.size;
}

/** The approved, active members of these organisations: the people who act for them. */
export function membersOf(em: EntityManager, organizationIds: readonly string[]): Promise<User[]> {
  if (!organizationIds.length) {
    return Promise.resolve([]);
  }
  return em.find(User, {
    organization: { $in: [...organizationIds] },
    role: Role.MEMBER,
    membership: MembershipStatus.APPROVED,
    disabled: false,
  });
}
