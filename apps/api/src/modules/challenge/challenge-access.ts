import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../../context.js';
import { conflict, isUuid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { actsFor, isBureau } from '../user/permissions.js';
import { Role } from '../user/user.entity.js';
import type { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeStatus, PUBLIC_CHALLENGE_STATUSES } from './challenge.enums.js';
import type { ChallengeActor } from './challenge-lifecycle.js';

const DAY = 86_400_000;

export const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** An approved member of the organisation, acting as a member (experts review, they do not act for teams). */
export function actsAsMember(viewer: Viewer | null, organizationId: string | null | undefined): boolean {
  return !!organizationId && viewer?.user.role === Role.MEMBER && actsFor(viewer, organizationId);
}

export function challengeActor(viewer: Viewer, challenge: Challenge): ChallengeActor | null {
  if (isBureau(viewer)) {
    return 'bureau';
  }
  return actsAsMember(viewer, challenge.owner?.id) ? 'owner' : null;
}

export function isPublic(challenge: Challenge): boolean {
  return (
    PUBLIC_CHALLENGE_STATUSES.includes(challenge.status) ||
    (challenge.status === ChallengeStatus.CANCELLED && !!challenge.publishedAt)
  );
}

export function maySeeChallenge(viewer: Viewer, challenge: Challenge): boolean {
  return isPublic(challenge) || challengeActor(viewer, challenge) !== null;
}

/** Applications are seen by the bureau, by their own team, and by the posting enterprise once applications have closed. */
export function maySeeApplication(viewer: Viewer, application: ChallengeApplication): boolean {
  const challenge = application.challenge;
  return (
    isBureau(viewer) ||
    actsFor(viewer, application.organization.id) ||
    (actsAsMember(viewer, challenge.owner?.id) &&
      ![ChallengeStatus.PUBLISHED, ChallengeStatus.DRAFT, ChallengeStatus.UNDER_REVIEW].includes(
        challenge.status,
      ))
  );
}

export async function findChallenge(em: EntityManager, id: string): Promise<Challenge> {
  const challenge = isUuid(id) ? await em.findOne(Challenge, id, { populate: ['owner'] }) : null;
  if (!challenge) {
    throw notFound('该榜单');
  }
  return challenge;
}

/**
 * Applications close at the deadline even when nobody acts: every read and every application first
 * closes the published challenges whose deadline has passed (process clock), with an audit event each.
 */
export async function closeExpiredChallenges(em: EntityManager, now: Date = new Date()): Promise<void> {
  await em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update "challenge" set "status" = ?, "version" = "version" + 1, "updated_at" = ?
        where "status" = ? and "application_deadline" <= ? returning "id"`,
      [ChallengeStatus.APPLICATIONS_CLOSED, now, ChallengeStatus.PUBLISHED, now],
    );
    for (const row of rows) {
      recordAudit(tx, {
        actorId: null,
        entityType: 'Challenge',
        entityId: row.id,
        action: 'closeApplications',
        before: { status: ChallengeStatus.PUBLISHED },
        after: { status: ChallengeStatus.APPLICATIONS_CLOSED, reason: 'deadline' },
      });
    }
  });
}

/** One transaction per change; a lost optimistic-lock race becomes CONFLICT, as in the listing services. */
export async function write<T>(
  ctx: Context,
  what: string,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.em.transactional(work);
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw conflict(`该${what}已被他人修改，请刷新后重试`);
    }
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict(`该${what}已存在`);
    }
    throw error;
  }
}

export function checkVersion(
  entity: { version: number },
  expected: number | null | undefined,
  what: string,
): void {
  if (expected != null && expected !== entity.version) {
    throw conflict(`该${what}已被他人修改，请刷新后重试`);
  }
}

export function challengeSnapshot(c: Challenge) {
  return {
    title: c.title,
    status: c.status,
    bountyWan: c.bountyWan,
    applicationDeadline: c.applicationDeadline,
    executionStart: c.executionStart,
    executionEnd: c.executionEnd,
    industryChain: c.industryChain,
    targets: c.targets,
    criteria: c.criteria,
    statusReason: c.statusReason ?? null,
    publicNoticeEndsOn: c.publicNoticeEndsOn ?? null,
    contractId: c.contractId ?? null,
  };
}

export function applicationSnapshot(a: ChallengeApplication) {
  return {
    challengeId: a.challenge.id,
    organizationId: a.organization.id,
    status: a.status,
    budgetWan: a.budgetWan,
    feedback: a.feedback ?? null,
  };
}
