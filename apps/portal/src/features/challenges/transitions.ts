import type { ChallengeStatus } from '../../gql/graphql';
import {
  CancelChallengeDocument,
  CloseChallengeApplicationsDocument,
  CompleteChallengeDocument,
  FailChallengeDocument,
  PublishChallengeDocument,
  ReturnChallengeDocument,
  StartChallengeEvaluationDocument,
  StartChallengeExecutionDocument,
  SubmitChallengeDocument,
  WithdrawChallengeDocument,
} from './documents';

export type ChallengeAction =
  | 'submit'
  | 'withdraw'
  | 'publish'
  | 'return'
  | 'closeApplications'
  | 'startEvaluation'
  | 'startExecution'
  | 'complete'
  | 'fail'
  | 'cancel';

export const CHALLENGE_ACTION_LABELS: Record<ChallengeAction, string> = {
  submit: '提交审核',
  withdraw: '撤回',
  publish: '审核通过并发布',
  return: '退回修改',
  closeApplications: '截止揭榜',
  startEvaluation: '启动专家评审',
  startExecution: '启动攻关实施',
  complete: '整体验收通过',
  fail: '判定未通过验收',
  cancel: '撤销榜单',
};

export const CHALLENGE_ACTION_DONE: Record<ChallengeAction, string> = {
  submit: '已提交科技局审核',
  withdraw: '已撤回为草稿',
  publish: '榜单已发布',
  return: '已退回发榜单位修改',
  closeApplications: '已截止揭榜',
  startEvaluation: '已启动专家评审',
  startExecution: '已启动攻关实施',
  complete: '榜单已整体验收通过',
  fail: '已判定未通过验收',
  cancel: '榜单已撤销',
};

export const CHALLENGE_TRANSITIONS = {
  submit: SubmitChallengeDocument,
  withdraw: WithdrawChallengeDocument,
  publish: PublishChallengeDocument,
  return: ReturnChallengeDocument,
  closeApplications: CloseChallengeApplicationsDocument,
  startEvaluation: StartChallengeEvaluationDocument,
  startExecution: StartChallengeExecutionDocument,
  complete: CompleteChallengeDocument,
  fail: FailChallengeDocument,
  cancel: CancelChallengeDocument,
} as const;

export interface ChallengeViewer {
  bureau: boolean;
  /** An approved member of the posting enterprise. */
  owner: boolean;
}

/** DOMAIN.md's challenge lifecycle as the buttons the viewer may press now. */
export function challengeActions(
  challenge: { status: ChallengeStatus; postedByBureau: boolean; applicationDeadline: string },
  viewer: ChallengeViewer,
  now = new Date(),
): ChallengeAction[] {
  const actions: ChallengeAction[] = [];
  const { status } = challenge;
  if (viewer.owner) {
    if (status === 'DRAFT') {
      actions.push('submit');
    }
    if (status === 'UNDER_REVIEW') {
      actions.push('withdraw');
    }
    if (status === 'DRAFT' || status === 'UNDER_REVIEW') {
      actions.push('cancel');
    }
  }
  if (viewer.bureau) {
    if (status === 'UNDER_REVIEW' || (status === 'DRAFT' && challenge.postedByBureau)) {
      actions.push('publish');
    }
    if (status === 'UNDER_REVIEW') {
      actions.push('return');
    }
    if (status === 'PUBLISHED' && new Date(challenge.applicationDeadline) <= now) {
      actions.push('closeApplications');
    }
    if (status === 'APPLICATIONS_CLOSED') {
      actions.push('startEvaluation');
    }
    if (status === 'AWARDED') {
      actions.push('startExecution');
    }
    if (status === 'IN_PROGRESS') {
      actions.push('complete', 'fail');
    }
    if (['DRAFT', 'UNDER_REVIEW', 'PUBLISHED', 'APPLICATIONS_CLOSED', 'EVALUATING'].includes(status)) {
      actions.push('cancel');
    }
  }
  return [...new Set(actions)];
}

/** Actions that must say why: returning, failing, and cancelling a challenge others have seen. */
export function needsReason(action: ChallengeAction, status: ChallengeStatus): boolean {
  return (
    action === 'return' ||
    action === 'fail' ||
    (action === 'cancel' && status !== 'DRAFT' && status !== 'UNDER_REVIEW')
  );
}

/** Teams may apply, or edit their application, while the challenge is published and before the deadline. */
export function applicationOpen(
  challenge: { status: ChallengeStatus; applicationDeadline: string },
  now = new Date(),
): boolean {
  return challenge.status === 'PUBLISHED' && new Date(challenge.applicationDeadline) > now;
}

/** The weighted score of a set of criterion scores (weights sum to 100), to two decimals. */
export function weightedScore(
  criteria: { name: string; weight: number }[],
  scores: Record<string, number | null | undefined>,
): number | null {
  if (criteria.length === 0 || criteria.some((criterion) => typeof scores[criterion.name] !== 'number')) {
    return null;
  }
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const value = criteria.reduce((sum, criterion) => sum + criterion.weight * scores[criterion.name]!, 0);
  return Math.round((value / (total || 100)) * 100) / 100;
}
