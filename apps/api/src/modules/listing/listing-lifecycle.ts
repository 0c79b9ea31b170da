import { ListingStatus } from './listing.enums.js';

export type ListingAction = 'edit' | 'submit' | 'withdraw' | 'publish' | 'reject' | 'close' | 'reopen';
export type ListingActor = 'member' | 'bureau';

interface Transition {
  from: ListingStatus;
  action: ListingAction;
  by: ListingActor;
  to: ListingStatus;
}

const { DRAFT, SUBMITTED, PUBLISHED, REJECTED, CLOSED } = ListingStatus;

/** DOMAIN.md's lifecycle table, and editing a draft (which changes no status). Anything else is refused. */
export const LISTING_TRANSITIONS: readonly Transition[] = [
  { from: DRAFT, action: 'edit', by: 'member', to: DRAFT },
  { from: DRAFT, action: 'submit', by: 'member', to: SUBMITTED },
  { from: SUBMITTED, action: 'withdraw', by: 'member', to: DRAFT },
  { from: SUBMITTED, action: 'publish', by: 'bureau', to: PUBLISHED },
  { from: SUBMITTED, action: 'reject', by: 'bureau', to: REJECTED },
  { from: REJECTED, action: 'edit', by: 'member', to: DRAFT },
  { from: PUBLISHED, action: 'edit', by: 'member', to: SUBMITTED },
  { from: PUBLISHED, action: 'edit', by: 'bureau', to: PUBLISHED },
  { from: PUBLISHED, action: 'close', by: 'member', to: CLOSED },
  { from: PUBLISHED, action: 'close', by: 'bureau', to: CLOSED },
  { from: CLOSED, action: 'reopen', by: 'bureau', to: PUBLISHED },
];

export const ACTION_LABELS: Record<ListingAction, string> = {
  edit: '修改',
  submit: '提交审核',
  withdraw: '撤回',
  publish: '发布',
  reject: '退回',
  close: '关闭',
  reopen: '重新发布',
};

export function mayEverDo(actor: ListingActor, action: ListingAction): boolean {
  return LISTING_TRANSITIONS.some((rule) => rule.by === actor && rule.action === action);
}

export function nextStatus(
  from: ListingStatus,
  action: ListingAction,
  actor: ListingActor,
): ListingStatus | null {
  return (
    LISTING_TRANSITIONS.find((rule) => rule.from === from && rule.action === action && rule.by === actor)
      ?.to ?? null
  );
}
