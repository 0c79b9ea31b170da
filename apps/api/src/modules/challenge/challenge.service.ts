import { chinaDate } from '../../calendar.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { DemandDoc } from '@ttp/matching';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, isUuid, notFound } from '../../errors.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { recordAudit } from '../audit/audit.js';
import { ListingStatus, TransferMode } from '../listing/listing.enums.js';
import { LIMITS, Problems } from '../listing/listing-validation.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isBureau, requireBureau, requireViewer } from '../user/permissions.js';
import {
  actsAsMember,
  challengeActor,
  challengeSnapshot,
  checkVersion,
  closeExpiredChallenges,
  findChallenge,
  isPublic,
  maySeeChallenge,
  write,
} from './challenge-access.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { Challenge, type ChallengeTarget } from './challenge.entity.js';
import {
  ApplicationStatus,
  challengeStatusLabel,
  ChallengeStatus,
  MilestoneStatus,
  PUBLIC_CHALLENGE_STATUSES,
} from './challenge.enums.js';
import type {
  ChallengeFilter,
  ChallengeInput,
  ChallengeTransitionInput,
  ReviewCriterionInput,
} from './challenge.inputs.js';
import {
  CHALLENGE_ACTION_LABELS,
  REASON_REQUIRED,
  mayEverDo,
  nextStatus,
  type ChallengeAction,
} from './challenge-lifecycle.js';
import type { ChallengeCandidate, ChallengePage } from './challenge.types.js';
import { ChallengeProblems, validateChallenge } from './challenge-validation.js';
import { Milestone } from './milestone.entity.js';
import { ReviewAssignment } from './review-assignment.entity.js';

export type SimpleChallengeAction = Exclude<ChallengeAction, 'edit' | 'award'>;

export const targetsText = (targets: ChallengeTarget[]) =>
  targets.map((t) => `${t.indicator}：${t.targetValue}（${t.acceptanceMethod}）`).join('；');

/** The challenge itself: who sees it, its content, its lifecycle, its criteria, its candidates. */
export class ChallengeService {
  constructor(private readonly ctx: Context) {}

  async get(id: string): Promise<Challenge> {
    const viewer = requireViewer(this.ctx);
    await closeExpiredChallenges(this.ctx.em);
    const challenge = await findChallenge(this.ctx.em, id);
    if (!maySeeChallenge(viewer, challenge)) {
      throw notFound('该榜单');
    }
    return challenge;
  }

  async list(filter: ChallengeFilter, first: number, offset: number): Promise<ChallengePage> {
    const viewer = requireViewer(this.ctx);
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw badInput('first 须为 1–100', { field: 'first' });
    }
    if (!Number.isInteger(offset) || offset < 0) {
      throw badInput('offset 不能为负数', { field: 'offset' });
    }
    await closeExpiredChallenges(this.ctx.em);
    const conditions: FilterQuery<Challenge>[] = [];
    if (!isBureau(viewer)) {
      const visible: FilterQuery<Challenge>[] = [
        { status: { $in: [...PUBLIC_CHALLENGE_STATUSES] } },
        { status: ChallengeStatus.CANCELLED, publishedAt: { $ne: null } },
      ];
      if (viewer.organizationId) {
        visible.push({ owner: viewer.organizationId });
      }
      conditions.push({ $or: visible });
    }
    if (filter.mine) {
      conditions.push(viewer.organizationId ? { owner: viewer.organizationId } : { owner: null });
    }
    if (filter.status) {
      conditions.push({ status: filter.status });
    }
    if (filter.industryChain) {
      conditions.push({ industryChain: filter.industryChain });
    }
    const [items, totalCount] = await this.ctx.em.findAndCount(
      Challenge,
      { $and: conditions },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first, offset, populate: ['owner'] },
    );
    return { items, totalCount };
  }

  /** An enterprise member drafts for its enterprise (bureau review follows); the bureau drafts for itself. */
  async create(input: ChallengeInput): Promise<Challenge> {
    const viewer = requireViewer(this.ctx);
    const content = validateChallenge(input);
    return write(this.ctx, '榜单', async (em) => {
      let owner: Organization | null = null;
      if (!isBureau(viewer)) {
        owner = viewer.organizationId ? await em.findOne(Organization, viewer.organizationId) : null;
        if (!owner || owner.kind !== OrganizationKind.ENTERPRISE || !actsAsMember(viewer, owner.id)) {
          throw forbidden('只有企业的已认证成员或科技局可以发布揭榜挂帅榜单');
        }
      }
      const challenge = em.create(Challenge, { ...content, owner, createdById: viewer.user.id });
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Challenge',
        entityId: challenge.id,
        action: 'create',
        after: challengeSnapshot(challenge),
      });
      return challenge;
    });
  }

  async update(id: string, input: ChallengeInput, expectedVersion?: number | null): Promise<Challenge> {
    const content = validateChallenge(input);
    return this.change(id, 'edit', { expectedVersion }, async (challenge) => {
      Object.assign(challenge, content);
    });
  }

  async transition(
    id: string,
    action: SimpleChallengeAction,
    options: ChallengeTransitionInput = {},
  ): Promise<Challenge> {
    return this.change(id, action, options, async (challenge, em) => {
      const now = new Date();
      const problems = new Problems();
      const needsReason =
        REASON_REQUIRED.has(action) ||
        (action === 'cancel' &&
          ![ChallengeStatus.DRAFT, ChallengeStatus.UNDER_REVIEW].includes(challenge.status));
      const reason = problems.text(options.reason, '原因', LIMITS.reason, needsReason);
      problems.throwIfAny();
      switch (action) {
        case 'submit':
          challenge.statusReason = null;
          break;
        case 'publish':
          if (challenge.status === ChallengeStatus.DRAFT && challenge.owner) {
            throw conflict('企业发布的榜单须先提交科技局审核');
          }
          if (challenge.applicationDeadline <= now) {
            throw conflict('揭榜截止时间已过，请先修改截止时间再发布');
          }
          challenge.publishedAt = now;
          challenge.statusReason = null;
          break;
        case 'closeApplications':
          if (challenge.applicationDeadline > now) {
            throw conflict('揭榜截止时间未到，不能提前截止');
          }
          break;
        case 'startEvaluation':
          if (!(await em.count(ChallengeApplication, { challenge, status: ApplicationStatus.SHORTLISTED }))) {
            throw conflict('尚无入围评审的申请，不能启动评审');
          }
          break;
        case 'startExecution':
          if (!challenge.publicNoticeEndsOn || chinaDate(now) <= challenge.publicNoticeEndsOn) {
            throw conflict(`公示期至 ${challenge.publicNoticeEndsOn ?? '—'} 结束，公示期满后方可启动实施`);
          }
          if (!(await em.count(Milestone, { challenge }))) {
            throw conflict('请先为揭榜方制定里程碑');
          }
          break;
        case 'complete': {
          const milestones = await em.find(Milestone, { challenge });
          if (milestones.length === 0 || milestones.some((m) => m.status !== MilestoneStatus.ACCEPTED)) {
            throw conflict('所有里程碑验收通过后方可整体验收');
          }
          break;
        }
        default:
          break;
      }
      if (reason) {
        challenge.statusReason = reason;
      }
    });
  }

  /** The bureau sets the weighted criteria, until the first expert has scored. */
  async setCriteria(id: string, criteria: ReviewCriterionInput[]): Promise<Challenge> {
    const viewer = requireBureau(this.ctx);
    const problems = new ChallengeProblems();
    const cleaned = problems.criteria(criteria);
    problems.throwIfAny();
    return write(this.ctx, '榜单', async (em) => {
      const challenge = await findChallenge(em, id);
      if (
        [
          ChallengeStatus.AWARDED,
          ChallengeStatus.IN_PROGRESS,
          ChallengeStatus.ACCEPTED,
          ChallengeStatus.FAILED,
          ChallengeStatus.CANCELLED,
        ].includes(challenge.status)
      ) {
        throw conflict(`${challengeStatusLabel(challenge.status)}的榜单不能修改评审维度`);
      }
      if (await em.count(ReviewAssignment, { challenge, submittedAt: { $ne: null } })) {
        throw conflict('已有专家提交评分，不能再修改评审维度');
      }
      const before = challengeSnapshot(challenge);
      challenge.criteria = cleaned;
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Challenge',
        entityId: challenge.id,
        action: 'setCriteria',
        before,
        after: challengeSnapshot(challenge),
      });
      return challenge;
    });
  }

  /** Links the technology contract that came out of an awarded challenge (the contracts module owns contracts). */
  async linkContract(id: string, contractId: string | null): Promise<Challenge> {
    const viewer = requireBureau(this.ctx);
    if (contractId !== null && !isUuid(contractId)) {
      throw badInput('合同编号无效', { field: 'contractId' });
    }
    return write(this.ctx, '榜单', async (em) => {
      const challenge = await findChallenge(em, id);
      if (
        ![
          ChallengeStatus.AWARDED,
          ChallengeStatus.IN_PROGRESS,
          ChallengeStatus.ACCEPTED,
          ChallengeStatus.FAILED,
        ].includes(challenge.status)
      ) {
        throw conflict('只有已确定揭榜方的榜单可以关联技术合同');
      }
      const before = challengeSnapshot(challenge);
      challenge.contractId = contractId;
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Challenge',
        entityId: challenge.id,
        action: 'linkContract',
        before,
        after: challengeSnapshot(challenge),
      });
      return challenge;
    });
  }

  /** Published achievements the matching engine recommends for the challenge, and the organisations behind them. */
  async candidates(id: string, first: number): Promise<ChallengeCandidate[]> {
    requireBureau(this.ctx);
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw badInput('first 须为 1–100', { field: 'first' });
    }
    const challenge = await this.get(id);
    if (challenge.status !== ChallengeStatus.PUBLISHED) {
      throw conflict('只有揭榜中的榜单可以推荐候选团队');
    }
    const doc: DemandDoc = {
      id: challenge.id,
      title: challenge.title,
      description: `${challenge.background}\n${targetsText(challenge.targets)}`,
      keywords: [],
      industryChain: challenge.industryChain,
      minTrl: null,
      budgetWan: challenge.bountyWan,
      cooperationModes: [TransferMode.JOINT_DEVELOPMENT, TransferMode.TECHNICAL_SERVICE],
      deadline: chinaDate(challenge.applicationDeadline),
    };
    const hits = this.ctx.services.matching.engine.matchesForDemand(doc, { first, today: chinaDate() });
    if (hits.length === 0) {
      return [];
    }
    const achievements = await this.ctx.em.find(
      Achievement,
      { id: { $in: hits.map((h) => h.id) }, status: ListingStatus.PUBLISHED },
      { populate: ['owner'] },
    );
    const applied = new Set(
      (await this.ctx.em.find(ChallengeApplication, { challenge }, { fields: ['organization'] })).map(
        (a) => a.organization.id,
      ),
    );
    const byId = new Map(achievements.map((a) => [a.id, a]));
    return hits.flatMap((hit) => {
      const achievement = byId.get(hit.id);
      return achievement
        ? [
            {
              score: hit.score,
              reasons: hit.reasons,
              achievement,
              organization: achievement.owner,
              alreadyApplied: applied.has(achievement.owner.id),
            },
          ]
        : [];
    });
  }

  private async change(
    id: string,
    action: ChallengeAction,
    options: ChallengeTransitionInput,
    apply: (challenge: Challenge, em: Context['em']) => Promise<void>,
  ): Promise<Challenge> {
    const viewer = requireViewer(this.ctx);
    if (action !== 'closeApplications') {
      await closeExpiredChallenges(this.ctx.em);
    }
    return write(this.ctx, '榜单', async (em) => {
      const challenge = await findChallenge(em, id);
      const actor = challengeActor(viewer, challenge);
      if (!actor && !isPublic(challenge)) {
        throw notFound('该榜单');
      }
      if (!actor || !mayEverDo(actor, action)) {
        throw forbidden(`无权${CHALLENGE_ACTION_LABELS[action]}该榜单`);
      }
      checkVersion(challenge, options.expectedVersion, '榜单');
      const to = nextStatus(challenge.status, action, actor);
      if (!to) {
        throw conflict(
          `${challengeStatusLabel(challenge.status)}状态的榜单不能${CHALLENGE_ACTION_LABELS[action]}`,
        );
      }
      const before = challengeSnapshot(challenge);
      await apply(challenge, em);
      challenge.status = to;
      challenge.updatedAt = new Date();
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Challenge',
        entityId: challenge.id,
        action,
        before,
        after: challengeSnapshot(challenge),
      });
      return challenge;
    });
  }
}
