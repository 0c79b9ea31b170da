import { registerEnumType } from 'type-graphql';

export enum ChallengeStatus {
  DRAFT = 'DRAFT',
  UNDER_REVIEW = 'UNDER_REVIEW',
  PUBLISHED = 'PUBLISHED',
  APPLICATIONS_CLOSED = 'APPLICATIONS_CLOSED',
  EVALUATING = 'EVALUATING',
  AWARDED = 'AWARDED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACCEPTED = 'ACCEPTED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  SHORTLISTED = 'SHORTLISTED',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(ChallengeStatus, { name: 'ChallengeStatus', description: '揭榜挂帅榜单状态' });
registerEnumType(ApplicationStatus, { name: 'ChallengeApplicationStatus', description: '揭榜申请状态' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus', description: '里程碑状态' });

export const CHALLENGE_STATUS_LABELS: Record<ChallengeStatus, string> = {
  DRAFT: '草稿',
  UNDER_REVIEW: '待审核',
  PUBLISHED: '已发布（揭榜中）',
  APPLICATIONS_CLOSED: '揭榜已截止',
  EVALUATING: '专家评审中',
  AWARDED: '已确定揭榜方（公示）',
  IN_PROGRESS: '攻关实施中',
  ACCEPTED: '已验收',
  FAILED: '未通过验收',
  CANCELLED: '已撤销',
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  SUBMITTED: '已提交',
  SHORTLISTED: '入围评审',
  AWARDED: '揭榜成功',
  REJECTED: '未入选',
};

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  PLANNED: '计划中',
  SUBMITTED: '待验收',
  ACCEPTED: '已验收',
  REJECTED: '验收未通过',
};

/** Statuses in which a challenge is public: published once, it stays visible (also when cancelled after that). */
export const PUBLIC_CHALLENGE_STATUSES: readonly ChallengeStatus[] = [
  ChallengeStatus.PUBLISHED,
  ChallengeStatus.APPLICATIONS_CLOSED,
  ChallengeStatus.EVALUATING,
  ChallengeStatus.AWARDED,
  ChallengeStatus.IN_PROGRESS,
  ChallengeStatus.ACCEPTED,
  ChallengeStatus.FAILED,
];

// Functions, so entity fields typed Opt<…> (branded) index them without casts.
export const challengeStatusLabel = (status: ChallengeStatus) => CHALLENGE_STATUS_LABELS[status];
export const applicationStatusLabel = (status: ApplicationStatus) => APPLICATION_STATUS_LABELS[status];
export const milestoneStatusLabel = (status: MilestoneStatus) => MILESTONE_STATUS_LABELS[status];
