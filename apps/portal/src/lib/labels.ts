import type {
  ChallengeApplicationStatus,
  ChallengeStatus,
  CloseReason,
  MatchCloseReason,
  MatchmakingEventKind,
  MatchOrigin,
  MatchSide,
  MatchStage,
  MilestoneStatus,
  TechContractStatus,
  TechContractType,
  IndustryChain,
  IpType,
  ListingStatus,
  OrganizationKind,
  Role,
  TransferMode,
} from '../gql/graphql';

export const CHAIN_LABELS: Record<IndustryChain, string> = {
  CAMELLIA_OIL: '油茶及其他油料',
  CHINESE_MEDICINE: '现代中药种植加工',
  MODERN_AGRICULTURE: '现代农业与种业',
  PREFAB_BUILDING: '装配式建筑',
  NEW_DISPLAY: '新型显示',
  ELECTRONIC_MATERIALS: '电子元器件及材料',
  NEW_ENERGY: '新能源及其装备',
  ADVANCED_MANUFACTURING: '先进制造',
  HEALTHCARE: '医药大健康',
  CULTURE_TOURISM_TECH: '文旅科技',
  DIGITAL_ECONOMY: '数字经济',
  ECOLOGY_ENVIRONMENT: '生态环保',
  OTHER: '其他',
};

export const MODE_LABELS: Record<TransferMode, string> = {
  ASSIGNMENT: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  JOINT_DEVELOPMENT: '合作开发',
  TECHNICAL_SERVICE: '技术服务',
};

export const IP_TYPE_LABELS: Record<IpType, string> = {
  INVENTION_PATENT: '发明专利',
  UTILITY_MODEL: '实用新型',
  SOFTWARE_COPYRIGHT: '软件著作权',
  PLANT_VARIETY: '植物新品种',
  KNOW_HOW: '技术秘密',
  NONE: '无',
};

export const STATUS_LABELS: Record<ListingStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  PUBLISHED: '已发布',
  REJECTED: '已退回',
  CLOSED: '已关闭',
};

export const STATUS_COLORS: Record<ListingStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  PUBLISHED: 'success',
  REJECTED: 'error',
  CLOSED: 'default',
};

export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  TRANSFERRED: '已转化',
  SOLVED: '已解决',
  WITHDRAWN: '撤回',
  EXPIRED: '已过期',
};

export const ORG_KIND_LABELS: Record<OrganizationKind, string> = {
  ENTERPRISE: '企业',
  UNIVERSITY: '高校',
  INSTITUTE: '科研院所',
  BUREAU: '科技局',
  SERVICE_AGENCY: '服务机构',
};

export const ROLE_LABELS: Record<Role, string> = {
  MEMBER: '组织成员',
  BUREAU: '科技局工作人员',
  EXPERT: '专家',
};

export const TRL_LABEL = '技术成熟度（TRL）';

/** Options for antd Select / Checkbox.Group from a label table, in the table's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export const MATCH_STAGE_LABELS: Record<MatchStage, string> = {
  PROPOSED: '已推荐',
  INTERESTED: '一方有意向',
  MUTUAL_INTEREST: '双方有意向',
  MEETING: '洽谈会面',
  NEGOTIATING: '合同谈判',
  CONTRACTED: '已签约',
  CLOSED: '已关闭',
};

export const MATCH_STAGE_COLORS: Record<MatchStage, string> = {
  PROPOSED: 'default',
  INTERESTED: 'processing',
  MUTUAL_INTEREST: 'cyan',
  MEETING: 'geekblue',
  NEGOTIATING: 'purple',
  CONTRACTED: 'success',
  CLOSED: 'default',
};

export const MATCH_CLOSE_REASON_LABELS: Record<MatchCloseReason, string> = {
  NOT_INTERESTED: '一方无意向',
  NO_RESPONSE: '长期无回应',
  NO_AGREEMENT: '未达成协议',
  LISTING_CLOSED: '需求或成果已关闭',
  OTHER: '其他原因',
};

export const MATCH_SIDE_LABELS: Record<MatchSide, string> = {
  DEMAND: '需求方（企业）',
  ACHIEVEMENT: '成果方（高校院所）',
};

export const MATCH_ORIGIN_LABELS: Record<MatchOrigin, string> = {
  RECOMMENDATION: '智能推荐',
  INTEREST: '意向表达',
  MANUAL: '科技局撮合',
  EVENT: '对接活动',
};

export const EVENT_KIND_LABELS: Record<MatchmakingEventKind, string> = {
  ENTERPRISE_VISITS_UNIVERSITY: '企业进高校',
  UNIVERSITY_VISITS_ENTERPRISE: '高校进企业',
  ROADSHOW: '路演',
  MATCHMAKING_FAIR: '对接会',
};

export const CONTRACT_TYPE_LABELS: Record<TechContractType, string> = {
  DEVELOPMENT: '技术开发',
  TRANSFER: '技术转让',
  LICENSE: '技术许可',
  CONSULTING: '技术咨询',
  SERVICE: '技术服务',
};

export const CONTRACT_STATUS_LABELS: Record<TechContractStatus, string> = {
  PENDING: '待确认',
  CONFIRMED: '已确认',
  REJECTED: '已退回',
};

export const CHALLENGE_STATUS_LABELS: Record<ChallengeStatus, string> = {
  DRAFT: '草稿',
  UNDER_REVIEW: '待审核',
  PUBLISHED: '揭榜中',
  APPLICATIONS_CLOSED: '已截止揭榜',
  EVALUATING: '专家评审中',
  AWARDED: '已确定揭榜方',
  IN_PROGRESS: '攻关实施中',
  ACCEPTED: '已验收',
  FAILED: '未通过验收',
  CANCELLED: '已撤销',
};

export const CHALLENGE_STATUS_COLORS: Record<ChallengeStatus, string> = {
  DRAFT: 'default',
  UNDER_REVIEW: 'processing',
  PUBLISHED: 'success',
  APPLICATIONS_CLOSED: 'orange',
  EVALUATING: 'purple',
  AWARDED: 'gold',
  IN_PROGRESS: 'geekblue',
  ACCEPTED: 'green',
  FAILED: 'error',
  CANCELLED: 'default',
};

export const APPLICATION_STATUS_LABELS: Record<ChallengeApplicationStatus, string> = {
  SUBMITTED: '已提交',
  SHORTLISTED: '已入围',
  AWARDED: '揭榜成功',
  REJECTED: '未入选',
};

export const APPLICATION_STATUS_COLORS: Record<ChallengeApplicationStatus, string> = {
  SUBMITTED: 'processing',
  SHORTLISTED: 'purple',
  AWARDED: 'success',
  REJECTED: 'default',
};

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  PLANNED: '计划中',
  SUBMITTED: '待验收',
  ACCEPTED: '验收通过',
  REJECTED: '未通过',
};

export const MILESTONE_STATUS_COLORS: Record<MilestoneStatus, string> = {
  PLANNED: 'default',
  SUBMITTED: 'processing',
  ACCEPTED: 'success',
  REJECTED: 'error',
};
