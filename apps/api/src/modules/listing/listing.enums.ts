import { registerEnumType } from 'type-graphql';

export enum IndustryChain {
  CAMELLIA_OIL = 'CAMELLIA_OIL',
  CHINESE_MEDICINE = 'CHINESE_MEDICINE',
  MODERN_AGRICULTURE = 'MODERN_AGRICULTURE',
  PREFAB_BUILDING = 'PREFAB_BUILDING',
  NEW_DISPLAY = 'NEW_DISPLAY',
  ELECTRONIC_MATERIALS = 'ELECTRONIC_MATERIALS',
  NEW_ENERGY = 'NEW_ENERGY',
  ADVANCED_MANUFACTURING = 'ADVANCED_MANUFACTURING',
  HEALTHCARE = 'HEALTHCARE',
  CULTURE_TOURISM_TECH = 'CULTURE_TOURISM_TECH',
  DIGITAL_ECONOMY = 'DIGITAL_ECONOMY',
  ECOLOGY_ENVIRONMENT = 'ECOLOGY_ENVIRONMENT',
  OTHER = 'OTHER',
}

export enum IpType {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_MODEL = 'UTILITY_MODEL',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  PLANT_VARIETY = 'PLANT_VARIETY',
  KNOW_HOW = 'KNOW_HOW',
  NONE = 'NONE',
}

export enum TransferMode {
  ASSIGNMENT = 'ASSIGNMENT',
  LICENSE = 'LICENSE',
  EQUITY = 'EQUITY',
  JOINT_DEVELOPMENT = 'JOINT_DEVELOPMENT',
  TECHNICAL_SERVICE = 'TECHNICAL_SERVICE',
}

export enum ListingStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}

export enum CloseReason {
  TRANSFERRED = 'TRANSFERRED',
  SOLVED = 'SOLVED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

registerEnumType(IndustryChain, { name: 'IndustryChain', description: '产业链' });
registerEnumType(IpType, { name: 'IpType', description: '知识产权类型' });
registerEnumType(TransferMode, { name: 'TransferMode', description: '转化方式 / 合作方式' });
registerEnumType(ListingStatus, { name: 'ListingStatus', description: '发布状态' });
registerEnumType(CloseReason, { name: 'CloseReason', description: '关闭原因' });

export const INDUSTRY_CHAIN_LABELS: Record<IndustryChain, string> = {
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

export const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  PUBLISHED: '已发布',
  REJECTED: '已退回',
  CLOSED: '已关闭',
};
