import { registerEnumType } from 'type-graphql';

/** The brokered pipeline of one demand–achievement pair. */
export enum MatchStage {
  PROPOSED = 'PROPOSED',
  INTERESTED = 'INTERESTED',
  MUTUAL_INTEREST = 'MUTUAL_INTEREST',
  MEETING = 'MEETING',
  NEGOTIATING = 'NEGOTIATING',
  CONTRACTED = 'CONTRACTED',
  CLOSED = 'CLOSED',
}

export enum MatchAction {
  INTEREST = 'INTEREST',
  MEET = 'MEET',
  NEGOTIATE = 'NEGOTIATE',
  CONTRACT = 'CONTRACT',
  CLOSE = 'CLOSE',
}

/** Which party of a match: the demand's enterprise or the achievement's institution. */
export enum MatchSide {
  DEMAND = 'DEMAND',
  ACHIEVEMENT = 'ACHIEVEMENT',
}

export enum MatchOrigin {
  RECOMMENDATION = 'RECOMMENDATION',
  INTEREST = 'INTEREST',
  MANUAL = 'MANUAL',
  EVENT = 'EVENT',
}

export enum MatchCloseReason {
  NOT_INTERESTED = 'NOT_INTERESTED',
  NO_AGREEMENT = 'NO_AGREEMENT',
  NO_RESPONSE = 'NO_RESPONSE',
  LISTING_CLOSED = 'LISTING_CLOSED',
  OTHER = 'OTHER',
}

registerEnumType(MatchStage, { name: 'MatchStage', description: '对接阶段' });
registerEnumType(MatchAction, { name: 'MatchAction', description: '对接推进动作' });
registerEnumType(MatchSide, {
  name: 'MatchSide',
  description: '对接的一方：需求方（企业）或成果方（高校院所）',
});
registerEnumType(MatchOrigin, { name: 'MatchOrigin', description: '对接来源' });
registerEnumType(MatchCloseReason, { name: 'MatchCloseReason', description: '对接关闭原因' });

export const MATCH_STAGE_LABELS: Record<MatchStage, string> = {
  PROPOSED: '已推荐',
  INTERESTED: '一方有意向',
  MUTUAL_INTEREST: '双方有意向',
  MEETING: '洽谈会面',
  NEGOTIATING: '合同谈判',
  CONTRACTED: '已签约',
  CLOSED: '已关闭',
};

/** Takes the entity's `Opt<MatchStage>` as well. */
export const stageLabel = (stage: MatchStage): string => MATCH_STAGE_LABELS[stage];

export const MATCH_ACTION_LABELS: Record<MatchAction, string> = {
  INTEREST: '表达意向',
  MEET: '安排会面',
  NEGOTIATE: '进入谈判',
  CONTRACT: '登记合同',
  CLOSE: '关闭对接',
};

export const MATCH_SIDE_LABELS: Record<MatchSide, string> = { DEMAND: '需求方', ACHIEVEMENT: '成果方' };

export const MATCH_ORIGIN_LABELS: Record<MatchOrigin, string> = {
  RECOMMENDATION: '智能推荐',
  INTEREST: '意向表达',
  MANUAL: '科技局撮合',
  EVENT: '对接活动',
};

export const MATCH_CLOSE_REASON_LABELS: Record<MatchCloseReason, string> = {
  NOT_INTERESTED: '无合作意向',
  NO_AGREEMENT: '谈判未达成一致',
  NO_RESPONSE: '长期未回应',
  LISTING_CLOSED: '需求或成果已关闭',
  OTHER: '其他',
};

/** The funnel, in order; CLOSED is an exit, not a step. */
export const FUNNEL: readonly MatchStage[] = [
  MatchStage.PROPOSED,
  MatchStage.INTERESTED,
  MatchStage.MUTUAL_INTEREST,
  MatchStage.MEETING,
  MatchStage.NEGOTIATING,
  MatchStage.CONTRACTED,
];

/** Stages a match waits in (and may be followed up in). */
export const OPEN_STAGES: readonly MatchStage[] = FUNNEL.slice(0, -1);

/** Contacts are revealed from mutual interest on. */
export const REVEALED_STAGES: readonly MatchStage[] = [
  MatchStage.MUTUAL_INTEREST,
  MatchStage.MEETING,
  MatchStage.NEGOTIATING,
  MatchStage.CONTRACTED,
];

export type MatchActor = { kind: 'bureau'; side: MatchSide | null } | { kind: 'party'; side: MatchSide };

export interface MatchState {
  stage: MatchStage;
  /** The side that expressed interest first (set while INTERESTED). */
  interestedSide: MatchSide | null;
}

/**
 * The stage an action leads to, or null when the action is not allowed from this state by this actor.
 * INTEREST needs a side (a party's own, or the one the bureau records it for); CONTRACT is the bureau's,
 * reached through confirming a contract.
 */
export function nextStage(state: MatchState, action: MatchAction, actor: MatchActor): MatchStage | null {
  switch (action) {
    case MatchAction.INTEREST: {
      if (!actor.side) {
        return null;
      }
      if (state.stage === MatchStage.PROPOSED) {
        return MatchStage.INTERESTED;
      }
      if (state.stage === MatchStage.INTERESTED && state.interestedSide !== actor.side) {
        return MatchStage.MUTUAL_INTEREST;
      }
      return null;
    }
    case MatchAction.MEET:
      return state.stage === MatchStage.MUTUAL_INTEREST ? MatchStage.MEETING : null;
    case MatchAction.NEGOTIATE:
      return state.stage === MatchStage.MEETING ? MatchStage.NEGOTIATING : null;
    case MatchAction.CONTRACT:
      return actor.kind === 'bureau' &&
        (state.stage === MatchStage.MUTUAL_INTEREST ||
          state.stage === MatchStage.MEETING ||
          state.stage === MatchStage.NEGOTIATING)
        ? MatchStage.CONTRACTED
        : null;
    case MatchAction.CLOSE:
      return OPEN_STAGES.includes(state.stage) ? MatchStage.CLOSED : null;
  }
}

/** Follow-up periods (days) used when the settings table has no row for a stage. */
export const DEFAULT_FOLLOW_UP_DAYS: Record<string, number> = {
  PROPOSED: 7,
  INTERESTED: 7,
  MUTUAL_INTEREST: 14,
  MEETING: 21,
  NEGOTIATING: 30,
};
