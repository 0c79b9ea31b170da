import type { Context, Viewer } from '../../context.js';
import { conflict, forbidden, isUuid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { LIMITS, Problems } from '../listing/listing-validation.js';
import { isBureau, requireViewer } from '../user/permissions.js';
import { actsAsMember, findChallenge, maySeeChallenge, write } from './challenge-access.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import type { Challenge } from './challenge.entity.js';
import {
  ApplicationStatus,
  challengeStatusLabel,
  ChallengeStatus,
  milestoneStatusLabel,
} from './challenge.enums.js';
import type { MilestoneInput } from './challenge.inputs.js';
import {
  MILESTONE_ACTION_LABELS,
  MILESTONE_TRANSITIONS,
  type MilestoneAction,
} from './application-lifecycle.js';
import { Milestone } from './milestone.entity.js';

const PLANNING_STATUSES: readonly ChallengeStatus[] = [ChallengeStatus.AWARDED, ChallengeStatus.IN_PROGRESS];

const snapshot = (m: Milestone) => ({
  challengeId: m.challenge.id,
  applicationId: m.application.id,
  title: m.title,
  plannedDate: m.plannedDate,
  status: m.status,
  evidence: m.evidence ?? null,
  reviewNote: m.reviewNote ?? null,
});

/** Milestones of an awarded challenge: planned by the bureau or the winning team, evidenced by the team, accepted by the bureau. */
export class MilestoneService {
  constructor(private readonly ctx: Context) {}

  /** The bureau, the posting enterprise and the winning teams follow the milestones; others see none. */
  async forChallenge(challenge: Challenge): Promise<Milestone[]> {
    const viewer = requireViewer(this.ctx);
    const milestones = await this.ctx.em.find(
      Milestone,
      { challenge },
      {
        populate: ['application', 'application.organization', 'challenge', 'challenge.owner'],
        orderBy: { plannedDate: 'asc', createdAt: 'asc' },
      },
    );
    return milestones.filter((m) => mayFollow(viewer, m));
  }

  async add(challengeId: string, input: MilestoneInput): Promise<Milestone> {
    const viewer = requireViewer(this.ctx);
    const problems = new Problems();
    const content = {
      title: problems.text(input.title, '里程碑名称', LIMITS.title),
      deliverable: problems.text(input.deliverable, '交付物', LIMITS.body),
      plannedDate: problems.date(input.plannedDate, '计划完成日期') ?? '',
    };
    problems.throwIfAny();
    return write(this.ctx, '里程碑', async (em) => {
      const challenge = await findChallenge(em, challengeId);
      if (!maySeeChallenge(viewer, challenge)) {
        throw notFound('该榜单');
      }
      const winners = await em.find(
        ChallengeApplication,
        { challenge, status: ApplicationStatus.AWARDED },
        { populate: ['organization'] },
      );
      const application = input.applicationId
        ? winners.find((w) => w.id === input.applicationId)
        : winners.length === 1
          ? winners[0]
          : undefined;
      if (!isBureau(viewer) && !winners.some((w) => actsAsMember(viewer, w.organization.id))) {
        throw forbidden('只有科技局或揭榜方可以制定里程碑');
      }
      if (!PLANNING_STATUSES.includes(challenge.status)) {
        throw conflict(`${challengeStatusLabel(challenge.status)}的榜单不能制定里程碑：须先确定揭榜方`);
      }
      if (!application) {
        throw notFound('承担该里程碑的揭榜方申请');
      }
      if (!isBureau(viewer) && !actsAsMember(viewer, application.organization.id)) {
        throw forbidden('只能为本单位制定里程碑');
      }
      const milestone = em.create(Milestone, { ...content, challenge, application });
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Milestone',
        entityId: milestone.id,
        action: 'create',
        after: snapshot(milestone),
      });
      return milestone;
    });
  }

  async submit(id: string, evidence: string): Promise<Milestone> {
    const problems = new Problems();
    const text = problems.text(evidence, '验收佐证材料', LIMITS.body);
    problems.throwIfAny();
    return this.move(id, 'submit', (m) => {
      m.evidence = text;
      m.submittedAt = new Date();
      m.reviewNote = null;
    });
  }

  async accept(id: string, note: string | null): Promise<Milestone> {
    const problems = new Problems();
    const text = problems.optionalText(note, '验收意见', LIMITS.reason);
    problems.throwIfAny();
    return this.move(id, 'accept', (m) => {
      m.reviewNote = text;
      m.decidedAt = new Date();
    });
  }

  async reject(id: string, reason: string): Promise<Milestone> {
    const problems = new Problems();
    const text = problems.text(reason, '不通过原因', LIMITS.reason);
    problems.throwIfAny();
    return this.move(id, 'reject', (m) => {
      m.reviewNote = text;
      m.decidedAt = new Date();
    });
  }

  private async move(id: string, action: MilestoneAction, apply: (m: Milestone) => void): Promise<Milestone> {
    const viewer = requireViewer(this.ctx);
    return write(this.ctx, '里程碑', async (em) => {
      const milestone = isUuid(id)
        ? await em.findOne(Milestone, id, {
            populate: ['application', 'application.organization', 'challenge', 'challenge.owner'],
          })
        : null;
      if (!milestone || !mayFollow(viewer, milestone)) {
        throw notFound('该里程碑');
      }
      const by = isBureau(viewer)
        ? 'bureau'
        : actsAsMember(viewer, milestone.application.organization.id)
          ? 'team'
          : null;
      if (!by || !MILESTONE_TRANSITIONS.some((t) => t.action === action && t.by === by)) {
        throw forbidden(`无权${MILESTONE_ACTION_LABELS[action]}该里程碑`);
      }
      if (milestone.challenge.status !== ChallengeStatus.IN_PROGRESS) {
        throw conflict(
          `${challengeStatusLabel(milestone.challenge.status)}的榜单不能${MILESTONE_ACTION_LABELS[action]}里程碑：须在攻关实施期间`,
        );
      }
      const rule = MILESTONE_TRANSITIONS.find(
        (t) => t.from === milestone.status && t.action === action && t.by === by,
      );
      if (!rule) {
        throw conflict(
          `${milestoneStatusLabel(milestone.status)}的里程碑不能${MILESTONE_ACTION_LABELS[action]}`,
        );
      }
      const before = snapshot(milestone);
      apply(milestone);
      milestone.status = rule.to;
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Milestone',
        entityId: milestone.id,
        action,
        before,
        after: snapshot(milestone),
      });
      return milestone;
    });
  }
}

function mayFollow(viewer: Viewer, milestone: Milestone): boolean {
  return (
    isBureau(viewer) ||
    actsAsMember(viewer, milestone.challenge.owner?.id) ||
    actsAsMember(viewer, milestone.application.organization.id)
  );
}
