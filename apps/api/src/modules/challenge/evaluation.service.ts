import { chinaDate } from '../../calendar.js';
import type { Context } from '../../context.js';
import { appError, badInput, conflict, forbidden, isUuid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { LIMITS, Problems } from '../listing/listing-validation.js';
import { isBureau, requireBureau, requireViewer } from '../user/permissions.js';
import { Role, User } from '../user/user.entity.js';
import {
  addDays,
  applicationSnapshot,
  challengeSnapshot,
  checkVersion,
  findChallenge,
  write,
} from './challenge-access.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import type { Challenge } from './challenge.entity.js';
import { ApplicationStatus, challengeStatusLabel, ChallengeStatus } from './challenge.enums.js';
import type { AwardChallengeInput, ReviewerAssignmentInput, ReviewInput } from './challenge.inputs.js';
import { nextApplicationStatus } from './application-lifecycle.js';
import { nextStatus } from './challenge-lifecycle.js';
import type { RankedApplication } from './challenge.types.js';
import { rank, weightedScore } from './ranking.js';
import { ReviewAssignment, type Review } from './review-assignment.entity.js';

const PANEL_STATUSES: readonly ChallengeStatus[] = [
  ChallengeStatus.APPLICATIONS_CLOSED,
  ChallengeStatus.EVALUATING,
];
const DEFAULT_REJECTION = '感谢参与揭榜。经专家评审，本次未被确定为揭榜方，评审专家的具体意见见下。';

const conflictOfInterest = (make: typeof conflict | typeof forbidden, expert: User) =>
  make === conflict
    ? appError('CONFLICT', `利益冲突：${expert.displayName}与申请单位同属一个组织，不能评审该申请`, {
        reason: 'CONFLICT_OF_INTEREST',
      })
    : appError('FORBIDDEN', '利益冲突：您与申请单位同属一个组织，不能评审该申请', {
        reason: 'CONFLICT_OF_INTEREST',
      });

/** An expert's own organisation never reviews itself. */
const conflicted = (expert: User, application: ChallengeApplication) =>
  !!expert.organization && expert.organization.id === application.organization.id;

export function reviewOf(assignment: ReviewAssignment): Review | null {
  if (!assignment.submittedAt || !assignment.scores) {
    return null;
  }
  return {
    scores: assignment.scores,
    weightedScore: Math.round(weightedScore(assignment.challenge.criteria, assignment.scores) * 100) / 100,
    internalComment: assignment.internalComment ?? '',
    applicantFeedback: assignment.applicantFeedback ?? '',
    submittedAt: assignment.submittedAt,
  };
}

/**
 * The expert panel: assignments (no expert reviews their own organisation's application), weighted
 * scoring, the ranking, and the award. Award rule: the challenge is EVALUATING, every shortlisted
 * application has at least one assignment, and every assignment of a shortlisted application is scored.
 */
export class EvaluationService {
  constructor(private readonly ctx: Context) {}

  async assign(challengeId: string, input: ReviewerAssignmentInput[]): Promise<ReviewAssignment[]> {
    const viewer = requireBureau(this.ctx);
    if (input.length === 0) {
      throw badInput('请至少分配一位专家', { field: 'assignments' });
    }
    return write(this.ctx, '评审任务', async (em) => {
      const challenge = await findChallenge(em, challengeId);
      if (!PANEL_STATUSES.includes(challenge.status)) {
        throw conflict(`${challengeStatusLabel(challenge.status)}的榜单不能分配评审专家`);
      }
      const existing = await em.find(
        ReviewAssignment,
        { challenge },
        { populate: ['expert', 'application'] },
      );
      const taken = new Set(existing.map((a) => `${a.expert.id}/${a.application.id}`));
      for (const item of input) {
        const expert = isUuid(item.expertId)
          ? await em.findOne(User, item.expertId, { populate: ['organization'] })
          : null;
        if (!expert || expert.role !== Role.EXPERT || expert.disabled) {
          throw notFound('该专家');
        }
        for (const applicationId of new Set(item.applicationIds)) {
          const application = isUuid(applicationId)
            ? await em.findOne(
                ChallengeApplication,
                { id: applicationId, challenge },
                { populate: ['organization'] },
              )
            : null;
          if (!application) {
            throw notFound('该榜单的揭榜申请');
          }
          if (application.status !== ApplicationStatus.SHORTLISTED) {
            throw conflict('只有入围的申请可以分配评审');
          }
          if (conflicted(expert, application)) {
            throw conflictOfInterest(conflict, expert);
          }
          if (taken.has(`${expert.id}/${application.id}`)) {
            continue;
          }
          taken.add(`${expert.id}/${application.id}`);
          const assignment = em.create(ReviewAssignment, {
            challenge,
            application,
            expert,
            assignedById: viewer.user.id,
          });
          recordAudit(em, {
            actorId: viewer.user.id,
            entityType: 'ReviewAssignment',
            entityId: assignment.id,
            action: 'assign',
            after: { challengeId: challenge.id, applicationId: application.id, expertId: expert.id },
          });
        }
      }
      await em.flush();
      return em.find(
        ReviewAssignment,
        { challenge },
        {
          populate: ['expert', 'application', 'application.organization', 'challenge'],
          orderBy: { createdAt: 'asc', id: 'asc' },
        },
      );
    });
  }

  async unassign(assignmentId: string): Promise<boolean> {
    const viewer = requireBureau(this.ctx);
    return write(this.ctx, '评审任务', async (em) => {
      const assignment = await this.find(em, assignmentId);
      if (assignment.submittedAt) {
        throw conflict('专家已提交评分的任务不能撤回');
      }
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'ReviewAssignment',
        entityId: assignment.id,
        action: 'unassign',
        before: {
          challengeId: assignment.challenge.id,
          applicationId: assignment.application.id,
          expertId: assignment.expert.id,
        },
      });
      em.remove(assignment);
      return true;
    });
  }

  /** The bureau sees a challenge's whole panel; an expert only their own assignments. */
  async assignments(challengeId: string | null): Promise<ReviewAssignment[]> {
    const viewer = requireViewer(this.ctx);
    const populate = [
      'expert',
      'application',
      'application.organization',
      'challenge',
      'challenge.owner',
    ] as const;
    if (isBureau(viewer)) {
      if (!challengeId) {
        throw badInput('请指定榜单', { field: 'challengeId' });
      }
      const challenge = await findChallenge(this.ctx.em, challengeId);
      return this.ctx.em.find(
        ReviewAssignment,
        { challenge },
        { populate, orderBy: { createdAt: 'asc', id: 'asc' } },
      );
    }
    if (viewer.user.role !== Role.EXPERT) {
      throw forbidden('只有评审专家和科技局可以查看评审任务');
    }
    const where =
      challengeId && isUuid(challengeId)
        ? { expert: viewer.user.id, challenge: challengeId }
        : { expert: viewer.user.id };
    return challengeId && !isUuid(challengeId)
      ? []
      : this.ctx.em.find(ReviewAssignment, where, { populate, orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async get(assignmentId: string): Promise<ReviewAssignment> {
    requireViewer(this.ctx);
    return this.find(this.ctx.em, assignmentId);
  }

  async submitReview(assignmentId: string, input: ReviewInput): Promise<ReviewAssignment> {
    const viewer = requireViewer(this.ctx);
    return write(this.ctx, '评审意见', async (em) => {
      const assignment = await this.find(em, assignmentId);
      if (assignment.expert.id !== viewer.user.id) {
        throw forbidden('只有被分配的专家本人可以评分');
      }
      const expert = await em.findOneOrFail(User, viewer.user.id, {
        populate: ['organization'],
        refresh: true,
      });
      if (conflicted(expert, assignment.application)) {
        throw conflictOfInterest(forbidden, expert);
      }
      const challenge = assignment.challenge;
      if (challenge.status !== ChallengeStatus.EVALUATING) {
        throw conflict(`${challengeStatusLabel(challenge.status)}的榜单不接受评分`);
      }
      if (assignment.application.status !== ApplicationStatus.SHORTLISTED) {
        throw conflict('该申请已不在评审中');
      }
      const problems = new Problems();
      const given = new Map<string, number>();
      for (const s of input.scores) {
        if (given.has(s.criterion)) {
          problems.messages.push(`评审维度“${s.criterion}”重复评分`);
        }
        if (!Number.isInteger(s.score) || s.score < 0 || s.score > 100) {
          problems.messages.push(`“${s.criterion}”的分数须为 0–100 的整数`);
        }
        given.set(s.criterion, s.score);
      }
      const names = challenge.criteria.map((c) => c.name);
      const missing = names.filter((n) => !given.has(n));
      const unknown = [...given.keys()].filter((n) => !names.includes(n));
      if (missing.length) {
        problems.messages.push(`缺少评审维度：${missing.join('、')}`);
      }
      if (unknown.length) {
        problems.messages.push(`本榜单没有评审维度：${unknown.join('、')}`);
      }
      const internalComment = problems.text(input.internalComment, '内部意见', LIMITS.body, false);
      const applicantFeedback = problems.text(input.applicantFeedback, '给申请方的反馈', LIMITS.body);
      problems.throwIfAny();
      const before = reviewOf(assignment);
      assignment.scores = names.map((criterion) => ({ criterion, score: given.get(criterion)! }));
      assignment.internalComment = internalComment;
      assignment.applicantFeedback = applicantFeedback;
      assignment.submittedAt = new Date();
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'ReviewAssignment',
        entityId: assignment.id,
        action: before ? 'revise-review' : 'review',
        before,
        after: reviewOf(assignment),
      });
      return assignment;
    });
  }

  /** Shortlisted and decided applications, best first by the mean of the weighted scores. Bureau only. */
  async ranking(challengeId: string): Promise<RankedApplication[]> {
    requireBureau(this.ctx);
    const challenge = await findChallenge(this.ctx.em, challengeId);
    return this.rankingOf(this.ctx.em, challenge);
  }

  async award(challengeId: string, input: AwardChallengeInput): Promise<Challenge> {
    const viewer = requireBureau(this.ctx);
    const problems = new Problems();
    if (!Number.isInteger(input.noticeDays) || input.noticeDays < 1 || input.noticeDays > 30) {
      problems.messages.push('公示天数须为 1–30');
    }
    if (input.winnerIds.length === 0) {
      problems.messages.push('请至少确定一个揭榜方');
    }
    const feedback = new Map(
      (input.feedback ?? []).map((f) => [
        f.applicationId,
        problems.text(f.feedback, '给申请方的反馈', LIMITS.body),
      ]),
    );
    problems.throwIfAny();
    return write(this.ctx, '榜单', async (em) => {
      const challenge = await findChallenge(em, challengeId);
      checkVersion(challenge, input.expectedVersion, '榜单');
      const to = nextStatus(challenge.status, 'award', 'bureau');
      if (!to) {
        throw conflict(`${challengeStatusLabel(challenge.status)}的榜单不能确定揭榜方：须在专家评审完成后`);
      }
      const applications = await em.find(ChallengeApplication, { challenge }, { populate: ['organization'] });
      const assignments = await em.find(ReviewAssignment, {
        challenge,
        application: { status: ApplicationStatus.SHORTLISTED },
      });
      const shortlisted = applications.filter((a) => a.status === ApplicationStatus.SHORTLISTED);
      const unreviewed = shortlisted.filter((a) => !assignments.some((r) => r.application.id === a.id));
      if (unreviewed.length || assignments.some((r) => !r.submittedAt)) {
        throw conflict(
          `专家评审尚未完成：${unreviewed.length} 份入围申请未分配专家，${assignments.filter((r) => !r.submittedAt).length} 项评审任务未评分`,
        );
      }
      const winners = new Set(input.winnerIds);
      for (const id of winners) {
        const application = applications.find((a) => a.id === id);
        if (!application) {
          throw notFound('该榜单的揭榜申请');
        }
        if (!nextApplicationStatus(application.status, 'award', challenge.status)) {
          throw conflict('只有入围并完成评审的申请可以确定为揭榜方');
        }
      }
      const before = challengeSnapshot(challenge);
      for (const application of applications) {
        const was = applicationSnapshot(application);
        if (winners.has(application.id)) {
          application.status = ApplicationStatus.AWARDED;
        } else if (
          application.status === ApplicationStatus.SUBMITTED ||
          application.status === ApplicationStatus.SHORTLISTED
        ) {
          application.status = ApplicationStatus.REJECTED;
          application.feedback = feedback.get(application.id) ?? DEFAULT_REJECTION;
        } else {
          continue;
        }
        recordAudit(em, {
          actorId: viewer.user.id,
          entityType: 'ChallengeApplication',
          entityId: application.id,
          action: winners.has(application.id) ? 'award' : 'reject',
          before: was,
          after: applicationSnapshot(application),
        });
      }
      const now = new Date();
      challenge.status = to;
      challenge.awardedAt = now;
      challenge.publicNoticeEndsOn = addDays(chinaDate(now), input.noticeDays - 1);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Challenge',
        entityId: challenge.id,
        action: 'award',
        before,
        after: challengeSnapshot(challenge),
      });
      return challenge;
    });
  }

  async rankingOf(em: Context['em'], challenge: Challenge): Promise<RankedApplication[]> {
    const applications = await em.find(
      ChallengeApplication,
      { challenge, status: { $ne: ApplicationStatus.SUBMITTED } },
      { populate: ['organization', 'challenge'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const assignments = await em.find(ReviewAssignment, { challenge });
    return rank(
      challenge.criteria,
      applications.map((application) => ({
        item: application,
        reviews: assignments
          .filter((r) => r.application.id === application.id && r.submittedAt && r.scores)
          .map((r) => r.scores!),
      })),
    ).map((entry) => ({
      rank: entry.rank,
      score: entry.score,
      reviewCount: entry.reviewCount,
      assignedCount: assignments.filter((r) => r.application.id === entry.item.id).length,
      criterionMeans: entry.criterionMeans,
      application: entry.item,
    }));
  }

  /** NOT_FOUND unless the viewer is the bureau or the assigned expert: experts never see each other's work. */
  private async find(em: Context['em'], id: string): Promise<ReviewAssignment> {
    const viewer = requireViewer(this.ctx);
    const assignment = isUuid(id)
      ? await em.findOne(ReviewAssignment, id, {
          populate: ['expert', 'application', 'application.organization', 'challenge', 'challenge.owner'],
        })
      : null;
    if (!assignment || !(isBureau(viewer) || assignment.expert.id === viewer.user.id)) {
      throw notFound('该评审任务');
    }
    return assignment;
  }
}
