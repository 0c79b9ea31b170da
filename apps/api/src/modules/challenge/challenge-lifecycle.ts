import { ChallengeStatus } from './challenge.enums.js';

export type ChallengeAction =
  | 'edit'
  | 'submit'
  | 'withdraw'
  | 'publish'
  | 'return'
  | 'closeApplications'
  | 'startEvaluation'
  | 'award'
  | 'startExecution'
  | 'complete'
  | 'fail'
  | 'cancel';

/** `owner`: an approved member of the posting enterprise; `system`: the server closing applications at the deadline. */
export type ChallengeActor = 'owner' | 'bureau' | 'system';

interface Transition {
  from: ChallengeStatus;
  action: ChallengeAction;
  by: ChallengeActor;
  to: ChallengeStatus;
}

const {
  DRAFT,
  UNDER_REVIEW,
  PUBLISHED,
  APPLICATIONS_CLOSED,
  EVALUATING,
  AWARDED,
  IN_PROGRESS,
  ACCEPTED,
  FAILED,
  CANCELLED,
} = ChallengeStatus;

/**
 * DOMAIN.md's challenge lifecycle. Guards that depend on more than the status (the deadline, the
 * panel's scores, the public notice, the milestones) live in the services; anything not here is refused.
 * A bureau-posted challenge has no owner, so `DRAFT publish by bureau` is only reachable for those.
 */
export const CHALLENGE_TRANSITIONS: readonly Transition[] = [
  { from: DRAFT, action: 'edit', by: 'owner', to: DRAFT },
  { from: DRAFT, action: 'edit', by: 'bureau', to: DRAFT },
  { from: UNDER_REVIEW, action: 'edit', by: 'bureau', to: UNDER_REVIEW },
  { from: DRAFT, action: 'submit', by: 'owner', to: UNDER_REVIEW },
  { from: UNDER_REVIEW, action: 'withdraw', by: 'owner', to: DRAFT },
  { from: UNDER_REVIEW, action: 'publish', by: 'bureau', to: PUBLISHED },
  { from: DRAFT, action: 'publish', by: 'bureau', to: PUBLISHED },
  { from: UNDER_REVIEW, action: 'return', by: 'bureau', to: DRAFT },
  { from: PUBLISHED, action: 'closeApplications', by: 'bureau', to: APPLICATIONS_CLOSED },
  { from: PUBLISHED, action: 'closeApplications', by: 'system', to: APPLICATIONS_CLOSED },
  { from: APPLICATIONS_CLOSED, action: 'startEvaluation', by: 'bureau', to: EVALUATING },
  { from: EVALUATING, action: 'award', by: 'bureau', to: AWARDED },
  { from: AWARDED, action: 'startExecution', by: 'bureau', to: IN_PROGRESS },
  { from: IN_PROGRESS, action: 'complete', by: 'bureau', to: ACCEPTED },
  { from: IN_PROGRESS, action: 'fail', by: 'bureau', to: FAILED },
  { from: DRAFT, action: 'cancel', by: 'owner', to: CANCELLED },
  { from: UNDER_REVIEW, action: 'cancel', by: 'owner', to: CANCELLED },
  ...[DRAFT, UNDER_REVIEW, PUBLISHED, APPLICATIONS_CLOSED, EVALUATING].map((from) => ({
    from,
    action: 'cancel' as const,
    by: 'bureau' as const,
    to: CANCELLED,
  })),
];

export const CHALLENGE_ACTION_LABELS: Record<ChallengeAction, string> = {
  edit: '修改',
  submit: '提交审核',
  withdraw: '撤回',
  publish: '发布',
  return: '退回',
  closeApplications: '截止揭榜',
  startEvaluation: '启动专家评审',
  award: '确定揭榜方',
  startExecution: '启动攻关实施',
  complete: '验收通过',
  fail: '判定未通过验收',
  cancel: '撤销',
};

/** Actions that must say why. */
export const REASON_REQUIRED: ReadonlySet<ChallengeAction> = new Set(['return', 'fail']);

export function mayEverDo(actor: ChallengeActor, action: ChallengeAction): boolean {
  return CHALLENGE_TRANSITIONS.some((rule) => rule.by === actor && rule.action === action);
}

export function nextStatus(
  from: ChallengeStatus,
  action: ChallengeAction,
  actor: ChallengeActor,
): ChallengeStatus | null {
  return (
    CHALLENGE_TRANSITIONS.find((rule) => rule.from === from && rule.action === action && rule.by === actor)
      ?.to ?? null
  );
}
