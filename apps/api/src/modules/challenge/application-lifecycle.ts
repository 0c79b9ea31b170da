import { ApplicationStatus, ChallengeStatus, MilestoneStatus } from './challenge.enums.js';

export type ApplicationAction = 'edit' | 'shortlist' | 'reject' | 'award';

/** Which application moves are allowed, and in which challenge statuses. Anything else is refused. */
export const APPLICATION_TRANSITIONS: readonly {
  from: ApplicationStatus;
  action: ApplicationAction;
  to: ApplicationStatus;
  during: readonly ChallengeStatus[];
}[] = [
  {
    from: ApplicationStatus.SUBMITTED,
    action: 'edit',
    to: ApplicationStatus.SUBMITTED,
    during: [ChallengeStatus.PUBLISHED],
  },
  {
    from: ApplicationStatus.SUBMITTED,
    action: 'shortlist',
    to: ApplicationStatus.SHORTLISTED,
    during: [ChallengeStatus.APPLICATIONS_CLOSED],
  },
  {
    from: ApplicationStatus.SUBMITTED,
    action: 'reject',
    to: ApplicationStatus.REJECTED,
    during: [ChallengeStatus.APPLICATIONS_CLOSED, ChallengeStatus.EVALUATING],
  },
  {
    from: ApplicationStatus.SHORTLISTED,
    action: 'reject',
    to: ApplicationStatus.REJECTED,
    during: [ChallengeStatus.APPLICATIONS_CLOSED, ChallengeStatus.EVALUATING],
  },
  {
    from: ApplicationStatus.SHORTLISTED,
    action: 'award',
    to: ApplicationStatus.AWARDED,
    during: [ChallengeStatus.EVALUATING],
  },
];

export const APPLICATION_ACTION_LABELS: Record<ApplicationAction, string> = {
  edit: '修改',
  shortlist: '入围',
  reject: '不予入选',
  award: '确定为揭榜方',
};

export function nextApplicationStatus(
  from: ApplicationStatus,
  action: ApplicationAction,
  challenge: ChallengeStatus,
): ApplicationStatus | null {
  return (
    APPLICATION_TRANSITIONS.find(
      (t) => t.from === from && t.action === action && t.during.includes(challenge),
    )?.to ?? null
  );
}

export type MilestoneAction = 'submit' | 'accept' | 'reject';

/** Milestones move only while the challenge is IN_PROGRESS; a rejected one may be resubmitted with new evidence. */
export const MILESTONE_TRANSITIONS: readonly {
  from: MilestoneStatus;
  action: MilestoneAction;
  by: 'team' | 'bureau';
  to: MilestoneStatus;
}[] = [
  { from: MilestoneStatus.PLANNED, action: 'submit', by: 'team', to: MilestoneStatus.SUBMITTED },
  { from: MilestoneStatus.REJECTED, action: 'submit', by: 'team', to: MilestoneStatus.SUBMITTED },
  { from: MilestoneStatus.SUBMITTED, action: 'accept', by: 'bureau', to: MilestoneStatus.ACCEPTED },
  { from: MilestoneStatus.SUBMITTED, action: 'reject', by: 'bureau', to: MilestoneStatus.REJECTED },
];

export const MILESTONE_ACTION_LABELS: Record<MilestoneAction, string> = {
  submit: '提交验收',
  accept: '验收通过',
  reject: '验收不通过',
};
