/** Listings written for the browser tests: one need and one result that answers it, in the example-set format. */
export const camelliaAchievement = {
  externalId: 'E2E-A001',
  title: '竹叶黄酮复配延缓山茶油氧化酸败技术',
  summary:
    '针对小包装山茶油开封后易氧化酸败、出现哈喇味、过氧化值升高的问题，以竹叶黄酮与抗坏血酸棕榈酸酯复配作为天然抗氧化剂，添加量低于0.02%，使山茶油在常温货架期内过氧化值增幅降低60%以上，风味稳定，符合食品添加剂使用标准。',
  keywords: ['山茶油', '氧化酸败', '天然抗氧化剂', '过氧化值', '货架期'],
  industryChain: 'CAMELLIA_OIL',
  trl: 7,
  ipType: 'INVENTION_PATENT',
  transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
  askingPriceWan: 25,
  institution: '怀化学院',
  team: '食品科学与工程团队',
};

export const otherAchievements = [
  {
    externalId: 'E2E-A002',
    title: '装配式建筑预制构件RFID与BIM协同追踪系统',
    summary:
      '在预制构件生产时植入RFID芯片，与BIM模型关联，实现构件生产、堆场、运输与吊装全过程追踪，减少找不到货、发错楼栋等问题。',
    keywords: ['RFID', 'BIM', '预制构件', '追踪'],
    industryChain: 'PREFAB_BUILDING',
    trl: 7,
    ipType: 'SOFTWARE_COPYRIGHT',
    transferModes: ['LICENSE'],
    askingPriceWan: 18,
    institution: '怀化职业技术学院',
    team: null,
  },
  {
    externalId: 'E2E-A003',
    title: '低温自加热锂电池与分段充电策略',
    summary: '电池内置镍箔自加热结构，零下20度时30秒内升温，配合分段充电抑制析锂，冬季续航提升30%。',
    keywords: ['锂电池', '低温', '自加热', '析锂'],
    industryChain: 'NEW_ENERGY',
    trl: 6,
    ipType: 'INVENTION_PATENT',
    transferModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
    askingPriceWan: 50,
    institution: '怀化学院',
    team: null,
  },
];

export const importedDemands = [
  {
    externalId: 'E2E-D001',
    title: '预制构件堆场经常找不到货、发错楼栋',
    description:
      '公司年产预制构件3万立方米，堆场管理靠人工记录，经常找不到货或发错楼栋，希望有数字化追踪办法。',
    keywords: ['预制构件', '堆场管理', '追踪'],
    industryChain: 'PREFAB_BUILDING',
    minTrl: 6,
    budgetWan: 30,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    enterprise: '怀化鹤城建筑构件有限公司',
    deadline: '2027-06-30',
  },
];

export const importAchievements = `mutation ($items: [AchievementImportInput!]!) {
  importAchievements(items: $items) { created updated errors { index message } items { externalId id } }
}`;

export const importDemands = `mutation ($items: [DemandImportInput!]!) {
  importDemands(items: $items) { created updated errors { index message } items { externalId id } }
}`;
