/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AchievementImportInput = {
  askingPriceWan?: number | null | undefined;
  externalId: string;
  industryChain: IndustryChain;
  institution: string;
  ipType: IpType;
  keywords: Array<string>;
  summary: string;
  team?: string | null | undefined;
  title: string;
  transferModes: Array<TransferMode>;
  trl?: number | null | undefined;
};

/** 成果内容（新建与修改） */
export type AchievementInput = {
  askingPriceWan?: number | null | undefined;
  /** 保密详情：仅科技局与双方确认意向后的对方可见 */
  confidentialDetail?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  industryChain: IndustryChain;
  ipType: IpType;
  keywords: Array<string>;
  summary: string;
  team?: string | null | undefined;
  title: string;
  transferModes: Array<TransferMode>;
  trl?: number | null | undefined;
};

/** 本组织已发布成果 / 需求的匹配提醒设置 */
export type AlertSettingsInput = {
  /** 新发布的成果 / 需求与本组织已发布的需求 / 成果匹配时通知我 */
  listingAlerts: boolean;
  /** 通知阈值 0–100 */
  threshold: number;
};

export type ApplicationFeedbackInput = {
  applicationId: string | number;
  feedback: string;
};

export type AwardChallengeInput = {
  expectedVersion?: number | null | undefined;
  /** 给未入选申请方的反馈；缺省时使用通用说明 */
  feedback?: Array<ApplicationFeedbackInput> | null | undefined;
  /** 公示天数（1–30） */
  noticeDays?: number;
  /** 揭榜成功的申请（须已入围并完成评审） */
  winnerIds: Array<string | number>;
};

/** 揭榜申请内容 */
export type ChallengeApplicationInput = {
  approach: string;
  /** 预算（万元，最多两位小数） */
  budgetWan: number;
  members: Array<TeamMemberInput>;
  plan: string;
  proposal: string;
};

/** 揭榜申请状态 */
export type ChallengeApplicationStatus = 'AWARDED' | 'REJECTED' | 'SHORTLISTED' | 'SUBMITTED';

export type ChallengeFilter = {
  industryChain?: IndustryChain | null | undefined;
  /** 只看本组织发布的 */
  mine?: boolean | null | undefined;
  status?: ChallengeStatus | null | undefined;
};

/** 榜单内容 */
export type ChallengeInput = {
  applicationDeadline: string;
  background: string;
  /** 榜额（万元，最多两位小数） */
  bountyWan: number;
  eligibility?: string | null | undefined;
  executionEnd: string;
  executionStart: string;
  industryChain: IndustryChain;
  targets: Array<ChallengeTargetInput>;
  title: string;
};

/** 揭榜挂帅榜单状态 */
export type ChallengeStatus =
  | 'ACCEPTED'
  | 'APPLICATIONS_CLOSED'
  | 'AWARDED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'EVALUATING'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PUBLISHED'
  | 'UNDER_REVIEW';

export type ChallengeTargetInput = {
  acceptanceMethod: string;
  indicator: string;
  targetValue: string;
};

export type ChallengeTransitionInput = {
  expectedVersion?: number | null | undefined;
  /** 退回、撤销、未通过验收时须填写 */
  reason?: string | null | undefined;
};

export type CloseMatchInput = {
  /** 乐观锁：回传读到的 version */
  expectedVersion?: number | null | undefined;
  /** 备注，如会面时间地点、谈判要点 */
  note?: string | null | undefined;
  reason: MatchCloseReason;
};

/** 关闭原因 */
export type CloseReason = 'EXPIRED' | 'SOLVED' | 'TRANSFERRED' | 'WITHDRAWN';

/** 科技局创建的工作人员或专家账号 */
export type CreateAccountInput = {
  displayName: string;
  email: string;
  /** 专家所属组织（用于回避规则） */
  organizationId?: string | number | null | undefined;
  password: string;
  /** BUREAU 或 EXPERT */
  role: Role;
};

export type CriterionScoreInput = {
  criterion: string;
  score: number;
};

export type DemandImportInput = {
  budgetWan?: number | null | undefined;
  cooperationModes: Array<TransferMode>;
  deadline?: string | null | undefined;
  description: string;
  enterprise: string;
  externalId: string;
  industryChain: IndustryChain;
  keywords: Array<string>;
  minTrl?: number | null | undefined;
  title: string;
};

/** 需求内容（新建与修改） */
export type DemandInput = {
  budgetWan?: number | null | undefined;
  /** 保密详情：仅科技局与双方确认意向后的对方可见 */
  confidentialDetail?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  cooperationModes: Array<TransferMode>;
  deadline?: string | null | undefined;
  description: string;
  industryChain: IndustryChain;
  keywords: Array<string>;
  minTrl?: number | null | undefined;
  title: string;
};

/** 表达意向：给出 matchId，或给出 demandId 与 achievementId（没有对接时新建） */
export type ExpressInterestInput = {
  achievementId?: string | number | null | undefined;
  demandId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
  matchId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** 科技局代一方登记时必填；成员填写时须为本方 */
  side?: MatchSide | null | undefined;
};

/** 产业链 */
export type IndustryChain =
  | 'ADVANCED_MANUFACTURING'
  | 'CAMELLIA_OIL'
  | 'CHINESE_MEDICINE'
  | 'CULTURE_TOURISM_TECH'
  | 'DIGITAL_ECONOMY'
  | 'ECOLOGY_ENVIRONMENT'
  | 'ELECTRONIC_MATERIALS'
  | 'HEALTHCARE'
  | 'MODERN_AGRICULTURE'
  | 'NEW_DISPLAY'
  | 'NEW_ENERGY'
  | 'OTHER'
  | 'PREFAB_BUILDING';

/** 知识产权类型 */
export type IpType =
  'INVENTION_PATENT' | 'KNOW_HOW' | 'NONE' | 'PLANT_VARIETY' | 'SOFTWARE_COPYRIGHT' | 'UTILITY_MODEL';

/** 列表筛选条件 */
export type ListingFilter = {
  industryChain?: IndustryChain | null | undefined;
  /** 只看本组织的 */
  mine?: boolean | null | undefined;
  mode?: TransferMode | null | undefined;
  organizationId?: string | number | null | undefined;
  status?: ListingStatus | null | undefined;
  /** 标题、正文或关键词中的文字 */
  text?: string | null | undefined;
  trlMax?: number | null | undefined;
  /** 成熟度下限（需求按最低成熟度要求） */
  trlMin?: number | null | undefined;
};

/** 发布状态 */
export type ListingStatus = 'CLOSED' | 'DRAFT' | 'PUBLISHED' | 'REJECTED' | 'SUBMITTED';

/** 对接推进动作 */
export type MatchAction = 'CLOSE' | 'CONTRACT' | 'INTEREST' | 'MEET' | 'NEGOTIATE';

/** 对接关闭原因 */
export type MatchCloseReason = 'LISTING_CLOSED' | 'NOT_INTERESTED' | 'NO_AGREEMENT' | 'NO_RESPONSE' | 'OTHER';

export type MatchFilter = {
  achievementId?: string | number | null | undefined;
  demandId?: string | number | null | undefined;
  eventId?: string | number | null | undefined;
  /** 任一方为该组织 */
  organizationId?: string | number | null | undefined;
  stage?: MatchStage | null | undefined;
};

/** 对接来源 */
export type MatchOrigin = 'EVENT' | 'INTEREST' | 'MANUAL' | 'RECOMMENDATION';

/** 对接的一方：需求方（企业）或成果方（高校院所） */
export type MatchSide = 'ACHIEVEMENT' | 'DEMAND';

/** 对接阶段 */
export type MatchStage =
  'CLOSED' | 'CONTRACTED' | 'INTERESTED' | 'MEETING' | 'MUTUAL_INTEREST' | 'NEGOTIATING' | 'PROPOSED';

export type MatchStepInput = {
  /** 乐观锁：回传读到的 version */
  expectedVersion?: number | null | undefined;
  /** 备注，如会面时间地点、谈判要点 */
  note?: string | null | undefined;
};

export type MatchmakingEventInput = {
  achievementIds?: Array<string | number>;
  demandIds?: Array<string | number>;
  description?: string | null | undefined;
  invitedOrganizationIds?: Array<string | number>;
  kind: MatchmakingEventKind;
  place: string;
  startsAt: string;
  title: string;
};

/** 对接活动类型：企业进高校、高校进企业、路演、对接会 */
export type MatchmakingEventKind =
  'ENTERPRISE_VISITS_UNIVERSITY' | 'MATCHMAKING_FAIR' | 'ROADSHOW' | 'UNIVERSITY_VISITS_ENTERPRISE';

/** 组织成员资格：待审核、已批准 */
export type MembershipStatus = 'APPROVED' | 'PENDING';

export type MilestoneInput = {
  /** 承担的揭榜方申请；只有一个揭榜方时可省略 */
  applicationId?: string | number | null | undefined;
  deliverable: string;
  plannedDate: string;
  title: string;
};

/** 里程碑状态 */
export type MilestoneStatus = 'ACCEPTED' | 'PLANNED' | 'REJECTED' | 'SUBMITTED';

/** 组织类型 */
export type OrganizationKind = 'BUREAU' | 'ENTERPRISE' | 'INSTITUTE' | 'SERVICE_AGENCY' | 'UNIVERSITY';

/** 提出对接：科技局或任一方（从推荐结果或活动中） */
export type ProposeMatchInput = {
  achievementId: string | number;
  demandId: string | number;
  /** 促成该对接的对接活动 */
  eventId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** 默认：成员为 RECOMMENDATION，科技局为 MANUAL，带活动时为 EVENT */
  origin?: MatchOrigin | null | undefined;
  /** 推荐得分 */
  score?: number | null | undefined;
};

export type RegisterInput = {
  displayName: string;
  email: string;
  organizationKind: RegistrableOrganizationKind;
  organizationName: string;
  password: string;
};

/** Kinds a person may register for. The project may have more organisation kinds (the bureau, agencies). */
export type RegistrableOrganizationKind = 'ENTERPRISE' | 'INSTITUTE' | 'UNIVERSITY';

export type ReviewInput = {
  /** 给申请方的反馈 */
  applicantFeedback: string;
  /** 内部意见（申请方不可见） */
  internalComment?: string | null | undefined;
  scores: Array<CriterionScoreInput>;
};

/** 一位专家评审哪些申请 */
export type ReviewerAssignmentInput = {
  applicationIds: Array<string | number>;
  expertId: string | number;
};

/** 角色：组织成员、科技局、专家 */
export type Role = 'BUREAU' | 'EXPERT' | 'MEMBER';

/** 订阅内容（修改时整体替换） */
export type SavedSearchInput = {
  /** 是否启用，默认启用 */
  active?: boolean | null | undefined;
  industryChains?: Array<IndustryChain> | null | undefined;
  modes?: Array<TransferMode> | null | undefined;
  name: string;
  query: string;
  target: SavedSearchTarget;
  /** 通知阈值 0–100，默认 60 */
  threshold?: number | null | undefined;
  trlMax?: number | null | undefined;
  trlMin?: number | null | undefined;
};

/** 订阅的对象：待转成果或技术需求 */
export type SavedSearchTarget = 'ACHIEVEMENT' | 'DEMAND';

export type TeamMemberInput = {
  name: string;
  role?: string | null | undefined;
  title?: string | null | undefined;
};

export type TechContractFilter = {
  matchId?: string | number | null | undefined;
  status?: TechContractStatus | null | undefined;
  /** 签订年份 */
  year?: number | null | undefined;
};

/** 技术合同 */
export type TechContractInput = {
  /** 成交额（万元），十进制字符串，最多两位小数，如 "120.5" */
  amountWan: string;
  /** 委托方 / 受让方；无对接时必填 */
  buyerId?: string | number | null | undefined;
  /** 来自的揭榜挂帅榜单 */
  challengeId?: string | number | null | undefined;
  /** 无对接时必填；有对接时取自需求 */
  industryChain?: IndustryChain | null | undefined;
  /** 来自的对接；给出时双方取自对接 */
  matchId?: string | number | null | undefined;
  /** 受托方 / 转让方；无对接时必填 */
  sellerId?: string | number | null | undefined;
  signedOn: string;
  title: string;
  type: TechContractType;
};

/** 合同登记状态 */
export type TechContractStatus = 'CONFIRMED' | 'PENDING' | 'REJECTED';

/** 技术合同类型 */
export type TechContractType = 'CONSULTING' | 'DEVELOPMENT' | 'LICENSE' | 'SERVICE' | 'TRANSFER';

/** 转化方式 / 合作方式 */
export type TransferMode = 'ASSIGNMENT' | 'EQUITY' | 'JOINT_DEVELOPMENT' | 'LICENSE' | 'TECHNICAL_SERVICE';

/** 状态变更的附加信息 */
export type TransitionInput = {
  /** 关闭原因（关闭时必填） */
  closeReason?: CloseReason | null | undefined;
  /** 期望的版本号；不一致时返回 CONFLICT */
  expectedVersion?: number | null | undefined;
  /** 退回原因（退回时必填） */
  reason?: string | null | undefined;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type SavedSearchFieldsFragment = {
  id: string;
  name: string;
  query: string;
  target: SavedSearchTarget;
  industryChains: Array<IndustryChain>;
  trlMin: number | null;
  trlMax: number | null;
  modes: Array<TransferMode>;
  threshold: number;
  active: boolean;
  updatedAt: string;
};

export type SavedSearchesQueryVariables = Exact<{ [key: string]: never }>;

export type SavedSearchesQuery = {
  savedSearches: Array<{
    id: string;
    name: string;
    query: string;
    target: SavedSearchTarget;
    industryChains: Array<IndustryChain>;
    trlMin: number | null;
    trlMax: number | null;
    modes: Array<TransferMode>;
    threshold: number;
    active: boolean;
    updatedAt: string;
  }>;
};

export type CreateSavedSearchMutationVariables = Exact<{
  input: SavedSearchInput;
}>;

export type CreateSavedSearchMutation = {
  createSavedSearch: {
    id: string;
    name: string;
    query: string;
    target: SavedSearchTarget;
    industryChains: Array<IndustryChain>;
    trlMin: number | null;
    trlMax: number | null;
    modes: Array<TransferMode>;
    threshold: number;
    active: boolean;
    updatedAt: string;
  };
};

export type UpdateSavedSearchMutationVariables = Exact<{
  id: string | number;
  input: SavedSearchInput;
}>;

export type UpdateSavedSearchMutation = {
  updateSavedSearch: {
    id: string;
    name: string;
    query: string;
    target: SavedSearchTarget;
    industryChains: Array<IndustryChain>;
    trlMin: number | null;
    trlMax: number | null;
    modes: Array<TransferMode>;
    threshold: number;
    active: boolean;
    updatedAt: string;
  };
};

export type DeleteSavedSearchMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteSavedSearchMutation = { deleteSavedSearch: string };

export type AlertSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type AlertSettingsQuery = { alertSettings: { threshold: number; listingAlerts: boolean } };

export type UpdateAlertSettingsMutationVariables = Exact<{
  input: AlertSettingsInput;
}>;

export type UpdateAlertSettingsMutation = {
  updateAlertSettings: { threshold: number; listingAlerts: boolean };
};

export type MatchFieldsFragment = {
  id: string;
  stage: MatchStage;
  stageLabel: string;
  version: number;
  origin: MatchOrigin;
  score: number | null;
  overdue: boolean;
  followUpDueAt: string | null;
  stageEnteredAt: string;
  revealedAt: string | null;
  interestedSide: MatchSide | null;
  viewerSide: MatchSide | null;
  availableActions: Array<MatchAction>;
  closeReason: MatchCloseReason | null;
  closeNote: string | null;
  createdAt: string;
  updatedAt: string;
  demand: {
    id: string;
    title: string;
    enterprise: string;
    industryChain: IndustryChain;
    budgetWan: number | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string };
  };
  achievement: {
    id: string;
    title: string;
    institution: string;
    industryChain: IndustryChain;
    trl: number | null;
    askingPriceWan: number | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string };
  };
};

export type MatchesQueryVariables = Exact<{
  filter?: MatchFilter | null | undefined;
  first: number;
  offset: number;
}>;

export type MatchesQuery = {
  matches: Array<{
    id: string;
    stage: MatchStage;
    stageLabel: string;
    version: number;
    origin: MatchOrigin;
    score: number | null;
    overdue: boolean;
    followUpDueAt: string | null;
    stageEnteredAt: string;
    revealedAt: string | null;
    interestedSide: MatchSide | null;
    viewerSide: MatchSide | null;
    availableActions: Array<MatchAction>;
    closeReason: MatchCloseReason | null;
    closeNote: string | null;
    createdAt: string;
    updatedAt: string;
    demand: {
      id: string;
      title: string;
      enterprise: string;
      industryChain: IndustryChain;
      budgetWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
    achievement: {
      id: string;
      title: string;
      institution: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
  }>;
};

export type MatchQueryVariables = Exact<{
  id: string | number;
}>;

export type MatchQuery = {
  match: {
    id: string;
    stage: MatchStage;
    stageLabel: string;
    version: number;
    origin: MatchOrigin;
    score: number | null;
    overdue: boolean;
    followUpDueAt: string | null;
    stageEnteredAt: string;
    revealedAt: string | null;
    interestedSide: MatchSide | null;
    viewerSide: MatchSide | null;
    availableActions: Array<MatchAction>;
    closeReason: MatchCloseReason | null;
    closeNote: string | null;
    createdAt: string;
    updatedAt: string;
    interests: Array<{
      id: string;
      side: MatchSide;
      note: string;
      at: string;
      organization: { id: string; name: string };
    }>;
    events: Array<{
      id: string;
      action: string;
      actorLabel: string;
      at: string;
      fromStage: MatchStage | null;
      toStage: MatchStage;
      note: string;
      side: MatchSide | null;
    }>;
    contracts: Array<{
      id: string;
      title: string;
      type: TechContractType;
      amountWan: string;
      signedOn: string;
      status: TechContractStatus;
    }>;
    event: { id: string; title: string } | null;
    demand: {
      id: string;
      title: string;
      enterprise: string;
      industryChain: IndustryChain;
      budgetWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
    achievement: {
      id: string;
      title: string;
      institution: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
  };
};

export type OverdueMatchesQueryVariables = Exact<{ [key: string]: never }>;

export type OverdueMatchesQuery = { overdueMatches: Array<{ id: string }> };

export type ExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;

export type ExpressInterestMutation = {
  expressInterest: {
    id: string;
    stage: MatchStage;
    stageLabel: string;
    version: number;
    origin: MatchOrigin;
    score: number | null;
    overdue: boolean;
    followUpDueAt: string | null;
    stageEnteredAt: string;
    revealedAt: string | null;
    interestedSide: MatchSide | null;
    viewerSide: MatchSide | null;
    availableActions: Array<MatchAction>;
    closeReason: MatchCloseReason | null;
    closeNote: string | null;
    createdAt: string;
    updatedAt: string;
    demand: {
      id: string;
      title: string;
      enterprise: string;
      industryChain: IndustryChain;
      budgetWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
    achievement: {
      id: string;
      title: string;
      institution: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
  };
};

export type ProposeMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;

export type ProposeMatchMutation = {
  proposeMatch: {
    id: string;
    stage: MatchStage;
    stageLabel: string;
    version: number;
    origin: MatchOrigin;
    score: number | null;
    overdue: boolean;
    followUpDueAt: string | null;
    stageEnteredAt: string;
    revealedAt: string | null;
    interestedSide: MatchSide | null;
    viewerSide: MatchSide | null;
    availableActions: Array<MatchAction>;
    closeReason: MatchCloseReason | null;
    closeNote: string | null;
    createdAt: string;
    updatedAt: string;
    demand: {
      id: string;
      title: string;
      enterprise: string;
      industryChain: IndustryChain;
      budgetWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
    achievement: {
      id: string;
      title: string;
      institution: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
  };
};

export type ScheduleMeetingMutationVariables = Exact<{
  id: string | number;
  input?: MatchStepInput | null | undefined;
}>;

export type ScheduleMeetingMutation = {
  scheduleMeeting: {
    id: string;
    stage: MatchStage;
    stageLabel: string;
    version: number;
    origin: MatchOrigin;
    score: number | null;
    overdue: boolean;
    followUpDueAt: string | null;
    stageEnteredAt: string;
    revealedAt: string | null;
    interestedSide: MatchSide | null;
    viewerSide: MatchSide | null;
    availableActions: Array<MatchAction>;
    closeReason: MatchCloseReason | null;
    closeNote: string | null;
    createdAt: string;
    updatedAt: string;
    demand: {
      id: string;
      title: string;
      enterprise: string;
      industryChain: IndustryChain;
      budgetWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
    achievement: {
      id: string;
      title: string;
      institution: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
  };
};

export type StartNegotiationMutationVariables = Exact<{
  id: string | number;
  input?: MatchStepInput | null | undefined;
}>;

export type StartNegotiationMutation = {
  startNegotiation: {
    id: string;
    stage: MatchStage;
    stageLabel: string;
    version: number;
    origin: MatchOrigin;
    score: number | null;
    overdue: boolean;
    followUpDueAt: string | null;
    stageEnteredAt: string;
    revealedAt: string | null;
    interestedSide: MatchSide | null;
    viewerSide: MatchSide | null;
    availableActions: Array<MatchAction>;
    closeReason: MatchCloseReason | null;
    closeNote: string | null;
    createdAt: string;
    updatedAt: string;
    demand: {
      id: string;
      title: string;
      enterprise: string;
      industryChain: IndustryChain;
      budgetWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
    achievement: {
      id: string;
      title: string;
      institution: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
  };
};

export type CloseMatchMutationVariables = Exact<{
  id: string | number;
  input: CloseMatchInput;
}>;

export type CloseMatchMutation = {
  closeMatch: {
    id: string;
    stage: MatchStage;
    stageLabel: string;
    version: number;
    origin: MatchOrigin;
    score: number | null;
    overdue: boolean;
    followUpDueAt: string | null;
    stageEnteredAt: string;
    revealedAt: string | null;
    interestedSide: MatchSide | null;
    viewerSide: MatchSide | null;
    availableActions: Array<MatchAction>;
    closeReason: MatchCloseReason | null;
    closeNote: string | null;
    createdAt: string;
    updatedAt: string;
    demand: {
      id: string;
      title: string;
      enterprise: string;
      industryChain: IndustryChain;
      budgetWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
    achievement: {
      id: string;
      title: string;
      institution: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      disclosed: boolean;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      confidentialDetail: string | null;
      organization: { id: string; name: string };
    };
  };
};

export type TechContractFieldsFragment = {
  id: string;
  title: string;
  type: TechContractType;
  amountWan: string;
  signedOn: string;
  status: TechContractStatus;
  industryChain: IndustryChain;
  rejectReason: string | null;
  confirmedAt: string | null;
  challengeId: string | null;
  version: number;
  buyer: { id: string; name: string };
  seller: { id: string; name: string };
  match: { id: string } | null;
};

export type TechContractsQueryVariables = Exact<{
  filter?: TechContractFilter | null | undefined;
}>;

export type TechContractsQuery = {
  techContracts: Array<{
    id: string;
    title: string;
    type: TechContractType;
    amountWan: string;
    signedOn: string;
    status: TechContractStatus;
    industryChain: IndustryChain;
    rejectReason: string | null;
    confirmedAt: string | null;
    challengeId: string | null;
    version: number;
    buyer: { id: string; name: string };
    seller: { id: string; name: string };
    match: { id: string } | null;
  }>;
};

export type RegisterTechContractMutationVariables = Exact<{
  input: TechContractInput;
}>;

export type RegisterTechContractMutation = {
  registerTechContract: {
    id: string;
    title: string;
    type: TechContractType;
    amountWan: string;
    signedOn: string;
    status: TechContractStatus;
    industryChain: IndustryChain;
    rejectReason: string | null;
    confirmedAt: string | null;
    challengeId: string | null;
    version: number;
    buyer: { id: string; name: string };
    seller: { id: string; name: string };
    match: { id: string } | null;
  };
};

export type SubmitTechContractMutationVariables = Exact<{
  input: TechContractInput;
}>;

export type SubmitTechContractMutation = {
  submitTechContract: {
    id: string;
    title: string;
    type: TechContractType;
    amountWan: string;
    signedOn: string;
    status: TechContractStatus;
    industryChain: IndustryChain;
    rejectReason: string | null;
    confirmedAt: string | null;
    challengeId: string | null;
    version: number;
    buyer: { id: string; name: string };
    seller: { id: string; name: string };
    match: { id: string } | null;
  };
};

export type ConfirmTechContractMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;

export type ConfirmTechContractMutation = {
  confirmTechContract: {
    id: string;
    title: string;
    type: TechContractType;
    amountWan: string;
    signedOn: string;
    status: TechContractStatus;
    industryChain: IndustryChain;
    rejectReason: string | null;
    confirmedAt: string | null;
    challengeId: string | null;
    version: number;
    buyer: { id: string; name: string };
    seller: { id: string; name: string };
    match: { id: string } | null;
  };
};

export type RejectTechContractMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;

export type RejectTechContractMutation = {
  rejectTechContract: {
    id: string;
    title: string;
    type: TechContractType;
    amountWan: string;
    signedOn: string;
    status: TechContractStatus;
    industryChain: IndustryChain;
    rejectReason: string | null;
    confirmedAt: string | null;
    challengeId: string | null;
    version: number;
    buyer: { id: string; name: string };
    seller: { id: string; name: string };
    match: { id: string } | null;
  };
};

export type OrganizationsQueryVariables = Exact<{
  kind?: OrganizationKind | null | undefined;
}>;

export type OrganizationsQuery = {
  organizations: Array<{ id: string; name: string; kind: OrganizationKind }>;
};

export type MatchmakingEventsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;

export type MatchmakingEventsQuery = {
  matchmakingEvents: Array<{
    id: string;
    title: string;
    kind: MatchmakingEventKind;
    kindLabel: string;
    startsAt: string;
    place: string;
    description: string;
    attendeeCount: number;
    invitedOrganizations: Array<{ id: string; name: string }>;
    matches: Array<{ id: string; stage: MatchStage }>;
  }>;
};

export type CreateMatchmakingEventMutationVariables = Exact<{
  input: MatchmakingEventInput;
}>;

export type CreateMatchmakingEventMutation = { createMatchmakingEvent: { id: string; title: string } };

export type ChallengeFieldsFragment = {
  id: string;
  title: string;
  background: string;
  bountyWan: number;
  applicationDeadline: string;
  executionStart: string;
  executionEnd: string;
  eligibility: string;
  industryChain: IndustryChain;
  status: ChallengeStatus;
  statusReason: string | null;
  postedByBureau: boolean;
  publishedAt: string | null;
  awardedAt: string | null;
  publicNoticeEndsOn: string | null;
  contractId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
  criteria: Array<{ name: string; weight: number }>;
  organization: { id: string; name: string } | null;
  winners: Array<{ id: string; name: string }>;
};

export type ChallengeCardFieldsFragment = {
  id: string;
  title: string;
  background: string;
  bountyWan: number;
  applicationDeadline: string;
  executionStart: string;
  executionEnd: string;
  industryChain: IndustryChain;
  status: ChallengeStatus;
  postedByBureau: boolean;
  organization: { id: string; name: string } | null;
};

export type ApplicationFieldsFragment = {
  id: string;
  status: ChallengeApplicationStatus;
  proposal: string;
  approach: string;
  budgetWan: number;
  plan: string;
  feedback: string | null;
  reviewerFeedback: Array<string>;
  version: number;
  createdAt: string;
  updatedAt: string;
  members: Array<{ name: string; title: string; role: string }>;
  organization: { id: string; name: string };
};

export type MilestoneFieldsFragment = {
  id: string;
  title: string;
  deliverable: string;
  plannedDate: string;
  status: MilestoneStatus;
  evidence: string | null;
  reviewNote: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  version: number;
  application: { id: string; organization: { id: string; name: string } };
};

export type ChallengesQueryVariables = Exact<{
  filter?: ChallengeFilter | null | undefined;
  first: number;
  offset: number;
}>;

export type ChallengesQuery = {
  challenges: {
    totalCount: number;
    items: Array<{
      id: string;
      title: string;
      background: string;
      bountyWan: number;
      applicationDeadline: string;
      executionStart: string;
      executionEnd: string;
      industryChain: IndustryChain;
      status: ChallengeStatus;
      postedByBureau: boolean;
      organization: { id: string; name: string } | null;
    }>;
  };
};

export type ChallengeQueryVariables = Exact<{
  id: string | number;
}>;

export type ChallengeQuery = {
  challenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    myApplication: {
      id: string;
      status: ChallengeApplicationStatus;
      proposal: string;
      approach: string;
      budgetWan: number;
      plan: string;
      feedback: string | null;
      reviewerFeedback: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
      members: Array<{ name: string; title: string; role: string }>;
      organization: { id: string; name: string };
    } | null;
    milestones: Array<{
      id: string;
      title: string;
      deliverable: string;
      plannedDate: string;
      status: MilestoneStatus;
      evidence: string | null;
      reviewNote: string | null;
      submittedAt: string | null;
      decidedAt: string | null;
      version: number;
      application: { id: string; organization: { id: string; name: string } };
    }>;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type ChallengeApplicationsQueryVariables = Exact<{
  challengeId: string | number;
}>;

export type ChallengeApplicationsQuery = {
  challengeApplications: Array<{
    id: string;
    status: ChallengeApplicationStatus;
    proposal: string;
    approach: string;
    budgetWan: number;
    plan: string;
    feedback: string | null;
    reviewerFeedback: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
    members: Array<{ name: string; title: string; role: string }>;
    organization: { id: string; name: string };
  }>;
};

export type MyChallengeApplicationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyChallengeApplicationsQuery = {
  myChallengeApplications: Array<{
    id: string;
    status: ChallengeApplicationStatus;
    proposal: string;
    approach: string;
    budgetWan: number;
    plan: string;
    feedback: string | null;
    reviewerFeedback: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
    challenge: {
      id: string;
      title: string;
      status: ChallengeStatus;
      applicationDeadline: string;
      bountyWan: number;
      publicNoticeEndsOn: string | null;
    };
    members: Array<{ name: string; title: string; role: string }>;
    organization: { id: string; name: string };
  }>;
};

export type ChallengeRankingQueryVariables = Exact<{
  challengeId: string | number;
}>;

export type ChallengeRankingQuery = {
  challengeRanking: Array<{
    rank: number | null;
    score: number | null;
    reviewCount: number;
    assignedCount: number;
    criterionMeans: Array<{ criterion: string; score: number }>;
    application: {
      id: string;
      status: ChallengeApplicationStatus;
      organization: { id: string; name: string };
    };
  }>;
};

export type ReviewAssignmentFieldsFragment = {
  id: string;
  version: number;
  createdAt: string;
  expert: { id: string; displayName: string; organization: { id: string; name: string } | null };
  application: {
    id: string;
    status: ChallengeApplicationStatus;
    proposal: string;
    approach: string;
    budgetWan: number;
    plan: string;
    feedback: string | null;
    reviewerFeedback: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
    members: Array<{ name: string; title: string; role: string }>;
    organization: { id: string; name: string };
  };
  challenge: {
    id: string;
    title: string;
    status: ChallengeStatus;
    criteria: Array<{ name: string; weight: number }>;
  };
  review: {
    weightedScore: number;
    internalComment: string;
    applicantFeedback: string;
    submittedAt: string;
    scores: Array<{ criterion: string; score: number }>;
  } | null;
};

export type ReviewAssignmentsQueryVariables = Exact<{
  challengeId?: string | number | null | undefined;
}>;

export type ReviewAssignmentsQuery = {
  reviewAssignments: Array<{
    id: string;
    version: number;
    createdAt: string;
    expert: { id: string; displayName: string; organization: { id: string; name: string } | null };
    application: {
      id: string;
      status: ChallengeApplicationStatus;
      proposal: string;
      approach: string;
      budgetWan: number;
      plan: string;
      feedback: string | null;
      reviewerFeedback: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
      members: Array<{ name: string; title: string; role: string }>;
      organization: { id: string; name: string };
    };
    challenge: {
      id: string;
      title: string;
      status: ChallengeStatus;
      criteria: Array<{ name: string; weight: number }>;
    };
    review: {
      weightedScore: number;
      internalComment: string;
      applicantFeedback: string;
      submittedAt: string;
      scores: Array<{ criterion: string; score: number }>;
    } | null;
  }>;
};

export type ReviewAssignmentQueryVariables = Exact<{
  id: string | number;
}>;

export type ReviewAssignmentQuery = {
  reviewAssignment: {
    id: string;
    version: number;
    createdAt: string;
    expert: { id: string; displayName: string; organization: { id: string; name: string } | null };
    application: {
      id: string;
      status: ChallengeApplicationStatus;
      proposal: string;
      approach: string;
      budgetWan: number;
      plan: string;
      feedback: string | null;
      reviewerFeedback: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
      members: Array<{ name: string; title: string; role: string }>;
      organization: { id: string; name: string };
    };
    challenge: {
      id: string;
      title: string;
      status: ChallengeStatus;
      criteria: Array<{ name: string; weight: number }>;
    };
    review: {
      weightedScore: number;
      internalComment: string;
      applicantFeedback: string;
      submittedAt: string;
      scores: Array<{ criterion: string; score: number }>;
    } | null;
  };
};

export type CreateChallengeMutationVariables = Exact<{
  input: ChallengeInput;
}>;

export type CreateChallengeMutation = {
  createChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type UpdateChallengeMutationVariables = Exact<{
  id: string | number;
  input: ChallengeInput;
  expectedVersion?: number | null | undefined;
}>;

export type UpdateChallengeMutation = {
  updateChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type ApplyToChallengeMutationVariables = Exact<{
  challengeId: string | number;
  input: ChallengeApplicationInput;
}>;

export type ApplyToChallengeMutation = {
  applyToChallenge: {
    id: string;
    status: ChallengeApplicationStatus;
    proposal: string;
    approach: string;
    budgetWan: number;
    plan: string;
    feedback: string | null;
    reviewerFeedback: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
    members: Array<{ name: string; title: string; role: string }>;
    organization: { id: string; name: string };
  };
};

export type UpdateChallengeApplicationMutationVariables = Exact<{
  id: string | number;
  input: ChallengeApplicationInput;
  expectedVersion?: number | null | undefined;
}>;

export type UpdateChallengeApplicationMutation = {
  updateChallengeApplication: {
    id: string;
    status: ChallengeApplicationStatus;
    proposal: string;
    approach: string;
    budgetWan: number;
    plan: string;
    feedback: string | null;
    reviewerFeedback: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
    members: Array<{ name: string; title: string; role: string }>;
    organization: { id: string; name: string };
  };
};

export type ShortlistApplicationMutationVariables = Exact<{
  id: string | number;
}>;

export type ShortlistApplicationMutation = {
  shortlistChallengeApplication: {
    id: string;
    status: ChallengeApplicationStatus;
    proposal: string;
    approach: string;
    budgetWan: number;
    plan: string;
    feedback: string | null;
    reviewerFeedback: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
    members: Array<{ name: string; title: string; role: string }>;
    organization: { id: string; name: string };
  };
};

export type RejectApplicationMutationVariables = Exact<{
  id: string | number;
  feedback: string;
}>;

export type RejectApplicationMutation = {
  rejectChallengeApplication: {
    id: string;
    status: ChallengeApplicationStatus;
    proposal: string;
    approach: string;
    budgetWan: number;
    plan: string;
    feedback: string | null;
    reviewerFeedback: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
    members: Array<{ name: string; title: string; role: string }>;
    organization: { id: string; name: string };
  };
};

export type AssignReviewersMutationVariables = Exact<{
  challengeId: string | number;
  assignments: Array<ReviewerAssignmentInput> | ReviewerAssignmentInput;
}>;

export type AssignReviewersMutation = { assignReviewers: Array<{ id: string }> };

export type RemoveReviewAssignmentMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveReviewAssignmentMutation = { removeReviewAssignment: boolean };

export type CreateExpertAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;

export type CreateExpertAccountMutation = {
  createAccount: {
    id: string;
    displayName: string;
    email: string;
    organization: { id: string; name: string } | null;
  };
};

export type SubmitReviewMutationVariables = Exact<{
  assignmentId: string | number;
  input: ReviewInput;
}>;

export type SubmitReviewMutation = {
  submitReview: {
    id: string;
    version: number;
    createdAt: string;
    expert: { id: string; displayName: string; organization: { id: string; name: string } | null };
    application: {
      id: string;
      status: ChallengeApplicationStatus;
      proposal: string;
      approach: string;
      budgetWan: number;
      plan: string;
      feedback: string | null;
      reviewerFeedback: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
      members: Array<{ name: string; title: string; role: string }>;
      organization: { id: string; name: string };
    };
    challenge: {
      id: string;
      title: string;
      status: ChallengeStatus;
      criteria: Array<{ name: string; weight: number }>;
    };
    review: {
      weightedScore: number;
      internalComment: string;
      applicantFeedback: string;
      submittedAt: string;
      scores: Array<{ criterion: string; score: number }>;
    } | null;
  };
};

export type AwardChallengeMutationVariables = Exact<{
  id: string | number;
  input: AwardChallengeInput;
}>;

export type AwardChallengeMutation = {
  awardChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type AddMilestoneMutationVariables = Exact<{
  challengeId: string | number;
  input: MilestoneInput;
}>;

export type AddMilestoneMutation = {
  addChallengeMilestone: {
    id: string;
    title: string;
    deliverable: string;
    plannedDate: string;
    status: MilestoneStatus;
    evidence: string | null;
    reviewNote: string | null;
    submittedAt: string | null;
    decidedAt: string | null;
    version: number;
    application: { id: string; organization: { id: string; name: string } };
  };
};

export type SubmitMilestoneMutationVariables = Exact<{
  id: string | number;
  evidence: string;
}>;

export type SubmitMilestoneMutation = {
  submitMilestone: {
    id: string;
    title: string;
    deliverable: string;
    plannedDate: string;
    status: MilestoneStatus;
    evidence: string | null;
    reviewNote: string | null;
    submittedAt: string | null;
    decidedAt: string | null;
    version: number;
    application: { id: string; organization: { id: string; name: string } };
  };
};

export type AcceptMilestoneMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;

export type AcceptMilestoneMutation = {
  acceptMilestone: {
    id: string;
    title: string;
    deliverable: string;
    plannedDate: string;
    status: MilestoneStatus;
    evidence: string | null;
    reviewNote: string | null;
    submittedAt: string | null;
    decidedAt: string | null;
    version: number;
    application: { id: string; organization: { id: string; name: string } };
  };
};

export type RejectMilestoneMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectMilestoneMutation = {
  rejectMilestone: {
    id: string;
    title: string;
    deliverable: string;
    plannedDate: string;
    status: MilestoneStatus;
    evidence: string | null;
    reviewNote: string | null;
    submittedAt: string | null;
    decidedAt: string | null;
    version: number;
    application: { id: string; organization: { id: string; name: string } };
  };
};

export type SubmitChallengeMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type SubmitChallengeMutation = {
  submitChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type WithdrawChallengeMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type WithdrawChallengeMutation = {
  withdrawChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type PublishChallengeMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type PublishChallengeMutation = {
  publishChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type ReturnChallengeMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type ReturnChallengeMutation = {
  returnChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type CloseChallengeApplicationsMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type CloseChallengeApplicationsMutation = {
  closeChallengeApplications: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type StartChallengeEvaluationMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type StartChallengeEvaluationMutation = {
  startChallengeEvaluation: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type StartChallengeExecutionMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type StartChallengeExecutionMutation = {
  startChallengeExecution: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type CompleteChallengeMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type CompleteChallengeMutation = {
  completeChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type FailChallengeMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type FailChallengeMutation = {
  failChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type CancelChallengeMutationVariables = Exact<{
  id: string | number;
  options?: ChallengeTransitionInput | null | undefined;
}>;

export type CancelChallengeMutation = {
  cancelChallenge: {
    id: string;
    title: string;
    background: string;
    bountyWan: number;
    applicationDeadline: string;
    executionStart: string;
    executionEnd: string;
    eligibility: string;
    industryChain: IndustryChain;
    status: ChallengeStatus;
    statusReason: string | null;
    postedByBureau: boolean;
    publishedAt: string | null;
    awardedAt: string | null;
    publicNoticeEndsOn: string | null;
    contractId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    targets: Array<{ indicator: string; targetValue: string; acceptanceMethod: string }>;
    criteria: Array<{ name: string; weight: number }>;
    organization: { id: string; name: string } | null;
    winners: Array<{ id: string; name: string }>;
  };
};

export type ChallengeCandidatesQueryVariables = Exact<{
  challengeId: string | number;
  first: number;
}>;

export type ChallengeCandidatesQuery = {
  challengeCandidates: Array<{
    score: number;
    reasons: Array<string>;
    alreadyApplied: boolean;
    organization: { id: string; name: string };
    achievement: { id: string; title: string; trl: number | null };
  }>;
};

export type ExpertsQueryVariables = Exact<{ [key: string]: never }>;

export type ExpertsQuery = {
  experts: Array<{ id: string; displayName: string; organization: { id: string; name: string } | null }>;
};

export type DashboardQueryVariables = Exact<{
  year: number;
}>;

export type DashboardQuery = {
  turnoverReport: {
    year: number;
    targetGrowthPercent: number;
    total: {
      amountWan: string;
      contractCount: number;
      lastYearAmountWan: string;
      lastYearContractCount: number;
      growthPercent: number | null;
      meetsTarget: boolean | null;
      targetAmountWan: string;
    };
    periods: Array<{
      index: number;
      label: string;
      amountWan: string;
      lastYearAmountWan: string;
      targetAmountWan: string;
      contractCount: number;
      growthPercent: number | null;
      meetsTarget: boolean | null;
    }>;
  };
  matchFunnel: {
    total: number;
    closed: number;
    stages: Array<{
      stage: MatchStage;
      label: string;
      reached: number;
      current: number;
      conversionPercent: number | null;
    }>;
  };
  kpiBreakdown: Array<{
    key: string;
    label: string;
    matchCount: number;
    contractedMatchCount: number;
    contractCount: number;
    turnoverWan: string;
  }>;
  universities: Array<{
    key: string;
    label: string;
    matchCount: number;
    contractedMatchCount: number;
    contractCount: number;
    turnoverWan: string;
  }>;
  stageDurations: Array<{ stage: MatchStage; label: string; medianDays: number | null; samples: number }>;
};

export type AchievementFieldsFragment = {
  id: string;
  externalId: string | null;
  title: string;
  summary: string;
  keywords: Array<string>;
  industryChain: IndustryChain;
  trl: number | null;
  ipType: IpType;
  transferModes: Array<TransferMode>;
  askingPriceWan: number | null;
  institution: string;
  team: string | null;
  status: ListingStatus;
  rejectReason: string | null;
  closeReason: CloseReason | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  disclosed: boolean;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  confidentialDetail: string | null;
  organization: { id: string; name: string; kind: OrganizationKind };
};

export type DemandFieldsFragment = {
  id: string;
  externalId: string | null;
  title: string;
  description: string;
  keywords: Array<string>;
  industryChain: IndustryChain;
  minTrl: number | null;
  budgetWan: number | null;
  cooperationModes: Array<TransferMode>;
  deadline: string | null;
  enterprise: string;
  status: ListingStatus;
  rejectReason: string | null;
  closeReason: CloseReason | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  disclosed: boolean;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  confidentialDetail: string | null;
  organization: { id: string; name: string; kind: OrganizationKind };
};

export type AchievementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ListingFilter | null | undefined;
}>;

export type AchievementsQuery = {
  achievements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        externalId: string | null;
        title: string;
        summary: string;
        keywords: Array<string>;
        industryChain: IndustryChain;
        trl: number | null;
        ipType: IpType;
        transferModes: Array<TransferMode>;
        askingPriceWan: number | null;
        institution: string;
        team: string | null;
        status: ListingStatus;
        rejectReason: string | null;
        closeReason: CloseReason | null;
        version: number;
        createdAt: string;
        updatedAt: string;
        publishedAt: string | null;
        disclosed: boolean;
        contactName: string | null;
        contactPhone: string | null;
        contactEmail: string | null;
        confidentialDetail: string | null;
        organization: { id: string; name: string; kind: OrganizationKind };
      };
    }>;
  };
};

export type DemandsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ListingFilter | null | undefined;
}>;

export type DemandsQuery = {
  demands: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        externalId: string | null;
        title: string;
        description: string;
        keywords: Array<string>;
        industryChain: IndustryChain;
        minTrl: number | null;
        budgetWan: number | null;
        cooperationModes: Array<TransferMode>;
        deadline: string | null;
        enterprise: string;
        status: ListingStatus;
        rejectReason: string | null;
        closeReason: CloseReason | null;
        version: number;
        createdAt: string;
        updatedAt: string;
        publishedAt: string | null;
        disclosed: boolean;
        contactName: string | null;
        contactPhone: string | null;
        contactEmail: string | null;
        confidentialDetail: string | null;
        organization: { id: string; name: string; kind: OrganizationKind };
      };
    }>;
  };
};

export type AchievementQueryVariables = Exact<{
  id: string | number;
}>;

export type AchievementQuery = {
  achievement: {
    id: string;
    externalId: string | null;
    title: string;
    summary: string;
    keywords: Array<string>;
    industryChain: IndustryChain;
    trl: number | null;
    ipType: IpType;
    transferModes: Array<TransferMode>;
    askingPriceWan: number | null;
    institution: string;
    team: string | null;
    status: ListingStatus;
    rejectReason: string | null;
    closeReason: CloseReason | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string; kind: OrganizationKind };
  };
};

export type DemandQueryVariables = Exact<{
  id: string | number;
}>;

export type DemandQuery = {
  demand: {
    id: string;
    externalId: string | null;
    title: string;
    description: string;
    keywords: Array<string>;
    industryChain: IndustryChain;
    minTrl: number | null;
    budgetWan: number | null;
    cooperationModes: Array<TransferMode>;
    deadline: string | null;
    enterprise: string;
    status: ListingStatus;
    rejectReason: string | null;
    closeReason: CloseReason | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string; kind: OrganizationKind };
  };
};

export type CreateAchievementMutationVariables = Exact<{
  input: AchievementInput;
}>;

export type CreateAchievementMutation = {
  createAchievement: {
    id: string;
    externalId: string | null;
    title: string;
    summary: string;
    keywords: Array<string>;
    industryChain: IndustryChain;
    trl: number | null;
    ipType: IpType;
    transferModes: Array<TransferMode>;
    askingPriceWan: number | null;
    institution: string;
    team: string | null;
    status: ListingStatus;
    rejectReason: string | null;
    closeReason: CloseReason | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string; kind: OrganizationKind };
  };
};

export type UpdateAchievementMutationVariables = Exact<{
  id: string | number;
  input: AchievementInput;
  expectedVersion?: number | null | undefined;
}>;

export type UpdateAchievementMutation = {
  updateAchievement: {
    id: string;
    externalId: string | null;
    title: string;
    summary: string;
    keywords: Array<string>;
    industryChain: IndustryChain;
    trl: number | null;
    ipType: IpType;
    transferModes: Array<TransferMode>;
    askingPriceWan: number | null;
    institution: string;
    team: string | null;
    status: ListingStatus;
    rejectReason: string | null;
    closeReason: CloseReason | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string; kind: OrganizationKind };
  };
};

export type CreateDemandMutationVariables = Exact<{
  input: DemandInput;
}>;

export type CreateDemandMutation = {
  createDemand: {
    id: string;
    externalId: string | null;
    title: string;
    description: string;
    keywords: Array<string>;
    industryChain: IndustryChain;
    minTrl: number | null;
    budgetWan: number | null;
    cooperationModes: Array<TransferMode>;
    deadline: string | null;
    enterprise: string;
    status: ListingStatus;
    rejectReason: string | null;
    closeReason: CloseReason | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string; kind: OrganizationKind };
  };
};

export type UpdateDemandMutationVariables = Exact<{
  id: string | number;
  input: DemandInput;
  expectedVersion?: number | null | undefined;
}>;

export type UpdateDemandMutation = {
  updateDemand: {
    id: string;
    externalId: string | null;
    title: string;
    description: string;
    keywords: Array<string>;
    industryChain: IndustryChain;
    minTrl: number | null;
    budgetWan: number | null;
    cooperationModes: Array<TransferMode>;
    deadline: string | null;
    enterprise: string;
    status: ListingStatus;
    rejectReason: string | null;
    closeReason: CloseReason | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    disclosed: boolean;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    confidentialDetail: string | null;
    organization: { id: string; name: string; kind: OrganizationKind };
  };
};

export type MatchesForDemandQueryVariables = Exact<{
  demandId: string | number;
  first?: number | null | undefined;
  industryChains?: Array<IndustryChain> | IndustryChain | null | undefined;
  minScore?: number | null | undefined;
}>;

export type MatchesForDemandQuery = {
  matchesForDemand: Array<{
    score: number;
    reasons: Array<string>;
    achievement: {
      id: string;
      title: string;
      summary: string;
      industryChain: IndustryChain;
      trl: number | null;
      askingPriceWan: number | null;
      transferModes: Array<TransferMode>;
      institution: string;
      status: ListingStatus;
    };
  }>;
};

export type MatchesForAchievementQueryVariables = Exact<{
  achievementId: string | number;
  first?: number | null | undefined;
  industryChains?: Array<IndustryChain> | IndustryChain | null | undefined;
  minScore?: number | null | undefined;
}>;

export type MatchesForAchievementQuery = {
  matchesForAchievement: Array<{
    score: number;
    reasons: Array<string>;
    demand: {
      id: string;
      title: string;
      description: string;
      industryChain: IndustryChain;
      minTrl: number | null;
      budgetWan: number | null;
      cooperationModes: Array<TransferMode>;
      deadline: string | null;
      enterprise: string;
      status: ListingStatus;
    };
  }>;
};

export type SubmitAchievementMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type SubmitAchievementMutation = {
  submitAchievement: { id: string; status: ListingStatus; version: number };
};

export type WithdrawAchievementMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type WithdrawAchievementMutation = {
  withdrawAchievement: { id: string; status: ListingStatus; version: number };
};

export type PublishAchievementMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type PublishAchievementMutation = {
  publishAchievement: { id: string; status: ListingStatus; version: number };
};

export type RejectAchievementMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type RejectAchievementMutation = {
  rejectAchievement: { id: string; status: ListingStatus; version: number; rejectReason: string | null };
};

export type CloseAchievementMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type CloseAchievementMutation = {
  closeAchievement: { id: string; status: ListingStatus; version: number; closeReason: CloseReason | null };
};

export type ReopenAchievementMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type ReopenAchievementMutation = {
  reopenAchievement: { id: string; status: ListingStatus; version: number };
};

export type SubmitDemandMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type SubmitDemandMutation = { submitDemand: { id: string; status: ListingStatus; version: number } };

export type WithdrawDemandMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type WithdrawDemandMutation = {
  withdrawDemand: { id: string; status: ListingStatus; version: number };
};

export type PublishDemandMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type PublishDemandMutation = { publishDemand: { id: string; status: ListingStatus; version: number } };

export type RejectDemandMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type RejectDemandMutation = {
  rejectDemand: { id: string; status: ListingStatus; version: number; rejectReason: string | null };
};

export type CloseDemandMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type CloseDemandMutation = {
  closeDemand: { id: string; status: ListingStatus; version: number; closeReason: CloseReason | null };
};

export type ReopenDemandMutationVariables = Exact<{
  id: string | number;
  options?: TransitionInput | null | undefined;
}>;

export type ReopenDemandMutation = { reopenDemand: { id: string; status: ListingStatus; version: number } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly: boolean;
}>;

export type NotificationsQuery = {
  notifications: Array<{
    id: string;
    kind: string;
    title: string;
    body: string;
    createdAt: string;
    readAt: string | null;
    entityType: string | null;
    entityId: string | null;
  }>;
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    membership: MembershipStatus | null;
    createdAt: string;
    organization: {
      id: string;
      name: string;
      kind: OrganizationKind;
      verified: boolean;
      region: string;
    } | null;
  } | null;
};

export type ImportAchievementsMutationVariables = Exact<{
  items: Array<AchievementImportInput> | AchievementImportInput;
}>;

export type ImportAchievementsMutation = {
  importAchievements: {
    created: number;
    updated: number;
    items: Array<{ externalId: string; id: string }>;
    errors: Array<{ index: number; externalId: string | null; message: string }>;
  };
};

export type ImportDemandsMutationVariables = Exact<{
  items: Array<DemandImportInput> | DemandImportInput;
}>;

export type ImportDemandsMutation = {
  importDemands: {
    created: number;
    updated: number;
    items: Array<{ externalId: string; id: string }>;
    errors: Array<{ index: number; externalId: string | null; message: string }>;
  };
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = { login: { token: string } };

export type PendingMembersQueryVariables = Exact<{ [key: string]: never }>;

export type PendingMembersQuery = {
  pendingMembers: Array<{
    id: string;
    email: string;
    displayName: string;
    createdAt: string;
    organization: { id: string; name: string; kind: OrganizationKind } | null;
  }>;
};

export type ApproveMembershipMutationVariables = Exact<{
  userId: string | number;
}>;

export type ApproveMembershipMutation = {
  approveMembership: { id: string; membership: MembershipStatus | null };
};

export type RejectMembershipMutationVariables = Exact<{
  userId: string | number;
}>;

export type RejectMembershipMutation = {
  rejectMembership: { id: string; membership: MembershipStatus | null };
};

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type RegisterMutation = { register: { token: string } };

export const SavedSearchFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedSearchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedSearch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'query' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChains' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'modes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavedSearchFieldsFragment, unknown>;
export const MatchFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchFieldsFragment, unknown>;
export const TechContractFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TechContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'challengeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'match' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TechContractFieldsFragment, unknown>;
export const ChallengeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengeFieldsFragment, unknown>;
export const ChallengeCardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengeCardFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MilestoneFieldsFragment, unknown>;
export const ApplicationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationFieldsFragment, unknown>;
export const ReviewAssignmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challenge' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criteria' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'review' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'weightedScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internalComment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicantFeedback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewAssignmentFieldsFragment, unknown>;
export const AchievementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AchievementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Achievement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ipType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AchievementFieldsFragment, unknown>;
export const DemandFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooperationModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandFieldsFragment, unknown>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SavedSearchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SavedSearches' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savedSearches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SavedSearchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedSearchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedSearch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'query' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChains' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'modes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavedSearchesQuery, SavedSearchesQueryVariables>;
export const CreateSavedSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSavedSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedSearchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSavedSearch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SavedSearchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedSearchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedSearch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'query' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChains' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'modes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSavedSearchMutation, CreateSavedSearchMutationVariables>;
export const UpdateSavedSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSavedSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedSearchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSavedSearch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SavedSearchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedSearchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedSearch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'query' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChains' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trlMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'modes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSavedSearchMutation, UpdateSavedSearchMutationVariables>;
export const DeleteSavedSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteSavedSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteSavedSearch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>;
export const AlertSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AlertSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alertSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingAlerts' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AlertSettingsQuery, AlertSettingsQueryVariables>;
export const UpdateAlertSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAlertSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAlertSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingAlerts' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAlertSettingsMutation, UpdateAlertSettingsMutationVariables>;
export const MatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Matches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchesQuery, MatchesQueryVariables>;
export const MatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Match' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'match' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interests' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contracts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'event' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchQuery, MatchQueryVariables>;
export const OverdueMatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverdueMatches' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueMatches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverdueMatchesQuery, OverdueMatchesQueryVariables>;
export const ExpressInterestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExpressInterest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpressInterestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expressInterest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpressInterestMutation, ExpressInterestMutationVariables>;
export const ProposeMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeMatchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeMatch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeMatchMutation, ProposeMatchMutationVariables>;
export const ScheduleMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchStepInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const StartNegotiationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartNegotiation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchStepInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startNegotiation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartNegotiationMutation, StartNegotiationMutationVariables>;
export const CloseMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseMatchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeMatch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestedSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseMatchMutation, CloseMatchMutationVariables>;
export const TechContractsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TechContracts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContractFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'techContracts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TechContractFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TechContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'challengeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'match' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TechContractsQuery, TechContractsQueryVariables>;
export const RegisterTechContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterTechContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContractInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerTechContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TechContractFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TechContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'challengeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'match' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterTechContractMutation, RegisterTechContractMutationVariables>;
export const SubmitTechContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitTechContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContractInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitTechContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TechContractFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TechContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'challengeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'match' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitTechContractMutation, SubmitTechContractMutationVariables>;
export const ConfirmTechContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmTechContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTechContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TechContractFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TechContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'challengeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'match' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmTechContractMutation, ConfirmTechContractMutationVariables>;
export const RejectTechContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectTechContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectTechContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TechContractFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TechContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TechContract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'challengeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'match' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectTechContractMutation, RejectTechContractMutationVariables>;
export const OrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organizations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationKind' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const MatchmakingEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchmakingEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchmakingEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendeeCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitedOrganizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'matches' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchmakingEventsQuery, MatchmakingEventsQueryVariables>;
export const CreateMatchmakingEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMatchmakingEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchmakingEventInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMatchmakingEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMatchmakingEventMutation, CreateMatchmakingEventMutationVariables>;
export const ChallengesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Challenges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challenges' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeCardFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengesQuery, ChallengesQueryVariables>;
export const ChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Challenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myApplication' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MilestoneFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengeQuery, ChallengeQueryVariables>;
export const ChallengeApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChallengeApplications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challengeApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengeApplicationsQuery, ChallengeApplicationsQueryVariables>;
export const MyChallengeApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyChallengeApplications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myChallengeApplications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'challenge' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyChallengeApplicationsQuery, MyChallengeApplicationsQueryVariables>;
export const ChallengeRankingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChallengeRanking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challengeRanking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assignedCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criterionMeans' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengeRankingQuery, ChallengeRankingQueryVariables>;
export const ReviewAssignmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewAssignments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewAssignments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewAssignmentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challenge' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criteria' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'review' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'weightedScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internalComment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicantFeedback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewAssignmentsQuery, ReviewAssignmentsQueryVariables>;
export const ReviewAssignmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewAssignment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewAssignment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewAssignmentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challenge' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criteria' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'review' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'weightedScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internalComment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicantFeedback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewAssignmentQuery, ReviewAssignmentQueryVariables>;
export const CreateChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateChallengeMutation, CreateChallengeMutationVariables>;
export const UpdateChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateChallengeMutation, UpdateChallengeMutationVariables>;
export const ApplyToChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyToChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyToChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyToChallengeMutation, ApplyToChallengeMutationVariables>;
export const UpdateChallengeApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateChallengeApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplicationInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateChallengeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateChallengeApplicationMutation, UpdateChallengeApplicationMutationVariables>;
export const ShortlistApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShortlistApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shortlistChallengeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShortlistApplicationMutation, ShortlistApplicationMutationVariables>;
export const RejectApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'feedback' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectChallengeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'feedback' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'feedback' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const AssignReviewersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignReviewers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assignments' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewerAssignmentInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignReviewers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assignments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assignments' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignReviewersMutation, AssignReviewersMutationVariables>;
export const RemoveReviewAssignmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveReviewAssignment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeReviewAssignment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveReviewAssignmentMutation, RemoveReviewAssignmentMutationVariables>;
export const CreateExpertAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateExpertAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAccountInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateExpertAccountMutation, CreateExpertAccountMutationVariables>;
export const SubmitReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assignmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewAssignmentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewerFeedback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challenge' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criteria' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'review' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'weightedScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internalComment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicantFeedback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const AwardChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AwardChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AwardChallengeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AwardChallengeMutation, AwardChallengeMutationVariables>;
export const AddMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MilestoneInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addChallengeMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MilestoneFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const SubmitMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evidence' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evidence' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evidence' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MilestoneFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitMilestoneMutation, SubmitMilestoneMutationVariables>;
export const AcceptMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MilestoneFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptMilestoneMutation, AcceptMilestoneMutationVariables>;
export const RejectMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MilestoneFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectMilestoneMutation, RejectMilestoneMutationVariables>;
export const SubmitChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitChallengeMutation, SubmitChallengeMutationVariables>;
export const WithdrawChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawChallengeMutation, WithdrawChallengeMutationVariables>;
export const PublishChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishChallengeMutation, PublishChallengeMutationVariables>;
export const ReturnChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnChallengeMutation, ReturnChallengeMutationVariables>;
export const CloseChallengeApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseChallengeApplications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeChallengeApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseChallengeApplicationsMutation, CloseChallengeApplicationsMutationVariables>;
export const StartChallengeEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartChallengeEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startChallengeEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartChallengeEvaluationMutation, StartChallengeEvaluationMutationVariables>;
export const StartChallengeExecutionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartChallengeExecution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startChallengeExecution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartChallengeExecutionMutation, StartChallengeExecutionMutationVariables>;
export const CompleteChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteChallengeMutation, CompleteChallengeMutationVariables>;
export const FailChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FailChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FailChallengeMutation, FailChallengeMutationVariables>;
export const CancelChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeTransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelChallenge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChallengeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChallengeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bountyWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executionEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicNoticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptanceMethod' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelChallengeMutation, CancelChallengeMutationVariables>;
export const ChallengeCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChallengeCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challengeCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                { kind: 'Field', name: { kind: 'Name', value: 'alreadyApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'achievement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengeCandidatesQuery, ChallengeCandidatesQueryVariables>;
export const ExpertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Experts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const DashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Dashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'turnoverReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'granularity' },
                value: { kind: 'EnumValue', value: 'QUARTER' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetGrowthPercent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contractCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastYearAmountWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastYearContractCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'growthPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetsTarget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetAmountWan' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastYearAmountWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetAmountWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contractCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'growthPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetsTarget' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchFunnel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reached' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conversionPercent' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpiBreakdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dimension' },
                value: { kind: 'EnumValue', value: 'INDUSTRY_CHAIN' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matchCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractedMatchCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'turnoverWan' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'universities' },
            name: { kind: 'Name', value: 'kpiBreakdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dimension' },
                value: { kind: 'EnumValue', value: 'UNIVERSITY' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matchCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractedMatchCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'turnoverWan' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stageDurations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medianDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'samples' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const AchievementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Achievements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListingFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AchievementFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AchievementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Achievement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ipType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AchievementsQuery, AchievementsQueryVariables>;
export const DemandsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Demands' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListingFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooperationModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandsQuery, DemandsQueryVariables>;
export const AchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Achievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AchievementFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AchievementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Achievement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ipType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AchievementQuery, AchievementQueryVariables>;
export const DemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Demand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooperationModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandQuery, DemandQueryVariables>;
export const CreateAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AchievementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AchievementFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AchievementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Achievement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ipType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAchievementMutation, CreateAchievementMutationVariables>;
export const UpdateAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AchievementInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AchievementFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AchievementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Achievement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ipType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAchievementMutation, UpdateAchievementMutationVariables>;
export const CreateDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooperationModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDemandMutation, CreateDemandMutationVariables>;
export const UpdateDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooperationModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disclosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialDetail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateDemandMutation, UpdateDemandMutationVariables>;
export const MatchesForDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchesForDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'industryChains' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndustryChain' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchesForDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'industryChains' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'industryChains' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minScore' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'achievement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'askingPriceWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'transferModes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchesForDemandQuery, MatchesForDemandQueryVariables>;
export const MatchesForAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchesForAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'achievementId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'industryChains' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndustryChain' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchesForAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'achievementId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'achievementId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'industryChains' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'industryChains' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minScore' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demand' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'industryChain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minTrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetWan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cooperationModes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchesForAchievementQuery, MatchesForAchievementQueryVariables>;
export const SubmitAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitAchievementMutation, SubmitAchievementMutationVariables>;
export const WithdrawAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawAchievementMutation, WithdrawAchievementMutationVariables>;
export const PublishAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishAchievementMutation, PublishAchievementMutationVariables>;
export const RejectAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectAchievementMutation, RejectAchievementMutationVariables>;
export const CloseAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseAchievementMutation, CloseAchievementMutationVariables>;
export const ReopenAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenAchievementMutation, ReopenAchievementMutationVariables>;
export const SubmitDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitDemandMutation, SubmitDemandMutationVariables>;
export const WithdrawDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawDemandMutation, WithdrawDemandMutationVariables>;
export const PublishDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishDemandMutation, PublishDemandMutationVariables>;
export const RejectDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejectReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectDemandMutation, RejectDemandMutationVariables>;
export const CloseDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseDemandMutation, CloseDemandMutationVariables>;
export const ReopenDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenDemandMutation, ReopenDemandMutationVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'membership' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ImportAchievementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportAchievements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'items' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'AchievementImportInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importAchievements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'items' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'items' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportAchievementsMutation, ImportAchievementsMutationVariables>;
export const ImportDemandsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportDemands' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'items' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandImportInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importDemands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'items' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'items' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportDemandsMutation, ImportDemandsMutationVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'token' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const PendingMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PendingMembers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingMembers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingMembersQuery, PendingMembersQueryVariables>;
export const ApproveMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'membership' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveMembershipMutation, ApproveMembershipMutationVariables>;
export const RejectMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'membership' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectMembershipMutation, RejectMembershipMutationVariables>;
export const RegisterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Register' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'register' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'token' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
