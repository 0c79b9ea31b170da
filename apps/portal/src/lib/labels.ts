import type {
  CloseReason,
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
