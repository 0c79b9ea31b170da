import type { Context } from '../../context.js';
import { conflict, forbidden, isUuid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { LIMITS, Problems } from '../listing/listing-validation.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { requireBureau, requireViewer } from '../user/permissions.js';
import {
  actsAsMember,
  applicationSnapshot,
  checkVersion,
  closeExpiredChallenges,
  findChallenge,
  maySeeApplication,
  maySeeChallenge,
  write,
} from './challenge-access.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import type { Challenge } from './challenge.entity.js';
import { applicationStatusLabel, challengeStatusLabel, ChallengeStatus } from './challenge.enums.js';
import type { ChallengeApplicationInput } from './challenge.inputs.js';
import {
  APPLICATION_ACTION_LABELS,
  nextApplicationStatus,
  type ApplicationAction,
} from './application-lifecycle.js';
import { ChallengeProblems } from './challenge-validation.js';

const APPLICANT_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.UNIVERSITY,
  OrganizationKind.INSTITUTE,
  OrganizationKind.ENTERPRISE,
];

function validateApplication(input: ChallengeApplicationInput) {
  const problems = new ChallengeProblems();
  const content = {
    proposal: problems.text(input.proposal, '揭榜方案', LIMITS.body),
    approach: problems.text(input.approach, '技术路线', LIMITS.body),
    budgetWan: problems.money(input.budgetWan, '预算'),
    plan: problems.text(input.plan, '进度计划', LIMITS.body),
    members: problems.members(input.members),
  };
  problems.throwIfAny();
  return content;
}

/** Before the deadline (process clock) and while the challenge is published; never after. */
function assertOpen(challenge: Challenge, now: Date): void {
  if (challenge.status !== ChallengeStatus.PUBLISHED || challenge.applicationDeadline <= now) {
    throw conflict(
      challenge.status === ChallengeStatus.PUBLISHED ||
        challenge.status === ChallengeStatus.APPLICATIONS_CLOSED
        ? '揭榜已截止，不能再提交或修改申请'
        : `${challengeStatusLabel(challenge.status)}的榜单不接受申请`,
    );
  }
}

/** Teams' applications: applying and editing before the deadline, the bureau's shortlist and rejections. */
export class ApplicationService {
  constructor(private readonly ctx: Context) {}

  async apply(challengeId: string, input: ChallengeApplicationInput): Promise<ChallengeApplication> {
    const viewer = requireViewer(this.ctx);
    const content = validateApplication(input);
    await closeExpiredChallenges(this.ctx.em);
    return write(this.ctx, '组织的揭榜申请', async (em) => {
      const challenge = await findChallenge(em, challengeId);
      if (!maySeeChallenge(viewer, challenge)) {
        throw notFound('该榜单');
      }
      const organization = viewer.organizationId
        ? await em.findOne(Organization, viewer.organizationId)
        : null;
      if (
        !organization ||
        !actsAsMember(viewer, organization.id) ||
        !APPLICANT_KINDS.includes(organization.kind)
      ) {
        throw forbidden('只有高校、院所或企业的已认证成员可以代表本单位揭榜');
      }
      if (challenge.owner?.id === organization.id) {
        throw forbidden('发榜单位不能揭自己的榜');
      }
      assertOpen(challenge, new Date());
      if (await em.count(ChallengeApplication, { challenge, organization })) {
        throw conflict(`${organization.name}已揭此榜，每个单位只能提交一份申请（可在截止前修改）`);
      }
      const application = em.create(ChallengeApplication, {
        ...content,
        challenge,
        organization,
        submittedById: viewer.user.id,
      });
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'ChallengeApplication',
        entityId: application.id,
        action: 'apply',
        after: applicationSnapshot(application),
      });
      return application;
    });
  }

  async update(
    id: string,
    input: ChallengeApplicationInput,
    expectedVersion?: number | null,
  ): Promise<ChallengeApplication> {
    const viewer = requireViewer(this.ctx);
    const content = validateApplication(input);
    await closeExpiredChallenges(this.ctx.em);
    return write(this.ctx, '揭榜申请', async (em) => {
      const application = await this.find(em, id);
      if (!actsAsMember(viewer, application.organization.id)) {
        throw forbidden('只有申请单位的成员可以修改申请');
      }
      assertOpen(application.challenge, new Date());
      checkVersion(application, expectedVersion, '揭榜申请');
      this.move(application, 'edit');
      const before = applicationSnapshot(application);
      Object.assign(application, content);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'ChallengeApplication',
        entityId: application.id,
        action: 'edit',
        before,
        after: applicationSnapshot(application),
      });
      return application;
    });
  }

  async get(id: string): Promise<ChallengeApplication> {
    const viewer = requireViewer(this.ctx);
    const application = await this.find(this.ctx.em, id);
    if (!maySeeApplication(viewer, application)) {
      throw notFound('该揭榜申请');
    }
    return application;
  }

  /** The bureau sees every application; the posting enterprise sees them after the deadline; a team sees its own. */
  async forChallenge(challengeId: string): Promise<ChallengeApplication[]> {
    const viewer = requireViewer(this.ctx);
    await closeExpiredChallenges(this.ctx.em);
    const challenge = await findChallenge(this.ctx.em, challengeId);
    if (!maySeeChallenge(viewer, challenge)) {
      throw notFound('该榜单');
    }
    const all = await this.ctx.em.find(
      ChallengeApplication,
      { challenge },
      { populate: ['organization'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return all.filter((application) => maySeeApplication(viewer, application));
  }

  async mine(): Promise<ChallengeApplication[]> {
    const viewer = requireViewer(this.ctx);
    if (!viewer.organizationId) {
      return [];
    }
    await closeExpiredChallenges(this.ctx.em);
    return this.ctx.em.find(
      ChallengeApplication,
      { organization: viewer.organizationId },
      { populate: ['challenge', 'challenge.owner', 'organization'], orderBy: { createdAt: 'desc' } },
    );
  }

  async shortlist(id: string): Promise<ChallengeApplication> {
    return this.decide(id, 'shortlist', null);
  }

  async reject(id: string, feedback: string): Promise<ChallengeApplication> {
    const problems = new Problems();
    const text = problems.text(feedback, '给申请方的反馈', LIMITS.body);
    problems.throwIfAny();
    return this.decide(id, 'reject', text);
  }

  private async decide(
    id: string,
    action: ApplicationAction,
    feedback: string | null,
  ): Promise<ChallengeApplication> {
    const viewer = requireBureau(this.ctx);
    await closeExpiredChallenges(this.ctx.em);
    return write(this.ctx, '揭榜申请', async (em) => {
      const application = await this.find(em, id);
      const before = applicationSnapshot(application);
      this.move(application, action);
      if (feedback !== null) {
        application.feedback = feedback;
      }
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'ChallengeApplication',
        entityId: application.id,
        action,
        before,
        after: applicationSnapshot(application),
      });
      return application;
    });
  }

  private move(application: ChallengeApplication, action: ApplicationAction): void {
    const to = nextApplicationStatus(application.status, action, application.challenge.status);
    if (!to) {
      throw conflict(
        `${challengeStatusLabel(application.challenge.status)}时，${applicationStatusLabel(application.status)}的申请不能${APPLICATION_ACTION_LABELS[action]}`,
      );
    }
    application.status = to;
  }

  private async find(em: Context['em'], id: string): Promise<ChallengeApplication> {
    const application = isUuid(id)
      ? await em.findOne(ChallengeApplication, id, {
          populate: ['challenge', 'challenge.owner', 'organization'],
        })
      : null;
    const viewer = requireViewer(this.ctx);
    if (!application || !maySeeApplication(viewer, application)) {
      throw notFound('该揭榜申请');
    }
    return application;
  }
}
