/**
 * Demo content for the 鹤城区 technology-transfer matchmaking platform (双高对接平台).
 *
 * Content only: organisations, accounts, achievements (高校院所待转成果) and demands (企业技术需求).
 * All names of enterprises, institutes, people, phone numbers and e-mail addresses are fictional.
 * The three universities are real local universities; their listed results here are invented.
 *
 * Intended pairs among PUBLISHED listings, so the demo shows explained matches:
 *
 *   demand  achievement  how it fits
 *   d01     a01          fits all; 发哈、变味 / 哈喇味 (symptom)  vs  氧化酸败、过氧化值 (mechanism)
 *   d02     a02          TRL too low (a02 trl 5 < minTrl 7); 冬天发朦、起白絮 vs 冬化脱蜡、结晶
 *   d03     a04          fits all; 看颜色、麻嘴 vs 炮制终点、色度、刺激性成分
 *   d04     a05          price over budget (60 > 30); 瓶底沉淀 vs 絮凝、膜澄清
 *   d05     a06          fits all; 重金属超标、被压价 vs 镉低积累品种
 *   d06     a07          no shared mode (demand ASSIGNMENT only; a07 LICENSE / TECHNICAL_SERVICE)
 *   d07     a08          fits all; 找不到货、发错楼栋 vs RFID + BIM 追踪
 *   d09     a10          fits all; 冷干天出竖线、不亮块 vs 静电放电（ESD）
 *   d10     a11          fits all; 冷热循环开裂、元件被扯掉 vs 低应力、低模量灌封胶
 *   d11     a12          fits all; 冬天跑不远、充不进 vs 低温自加热、析锂、分段充电
 *   d12     a13          fits all (same words: 焊偏、补焊)
 *   d13     a14          price over budget (120 > 80)
 *   d14     a15          fits all; 两岸黑乎乎 vs 水幕投影、无人机编队
 *   d15     a16          fits all across chains (ADVANCED_MANUFACTURING demand, DIGITAL_ECONOMY result)
 *   d16     a17          fits all; 又黑又臭、污水厂不收 vs 渗滤液 COD、色度、可生化性
 *
 * Near misses (same chain, different problem): a03 vs d01/d02, a09 vs d07/d08, a18 vs d10,
 * and d18 (a DRAFT, so never matched) describes exactly what a18 solves.
 */

export type DemoOrgKind = 'ENTERPRISE' | 'UNIVERSITY' | 'INSTITUTE' | 'BUREAU' | 'SERVICE_AGENCY';
export type DemoChain =
  | 'CAMELLIA_OIL'
  | 'CHINESE_MEDICINE'
  | 'MODERN_AGRICULTURE'
  | 'PREFAB_BUILDING'
  | 'NEW_DISPLAY'
  | 'ELECTRONIC_MATERIALS'
  | 'NEW_ENERGY'
  | 'ADVANCED_MANUFACTURING'
  | 'HEALTHCARE'
  | 'CULTURE_TOURISM_TECH'
  | 'DIGITAL_ECONOMY'
  | 'ECOLOGY_ENVIRONMENT'
  | 'OTHER';
export type DemoMode = 'ASSIGNMENT' | 'LICENSE' | 'EQUITY' | 'JOINT_DEVELOPMENT' | 'TECHNICAL_SERVICE';
export type DemoIpType =
  'INVENTION_PATENT' | 'UTILITY_MODEL' | 'SOFTWARE_COPYRIGHT' | 'PLANT_VARIETY' | 'KNOW_HOW' | 'NONE';
export type DemoStatus = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'REJECTED' | 'CLOSED';
export type DemoCloseReason = 'TRANSFERRED' | 'SOLVED' | 'WITHDRAWN' | 'EXPIRED';

export interface DemoOrganization {
  key: string;
  name: string;
  kind: DemoOrgKind;
  region: string;
  verified: boolean;
  highTech: boolean;
  specialized: boolean;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: 'MEMBER' | 'BUREAU' | 'EXPERT';
  /** organisation key */
  org: string | null;
  membership: 'APPROVED' | 'PENDING' | null;
}

interface DemoListingBase {
  key: string;
  org: string;
  keywords: string[];
  industryChain: DemoChain;
  status: DemoStatus;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  confidentialDetail: string;
  rejectReason?: string;
  closeReason?: DemoCloseReason;
}

export interface DemoAchievement extends DemoListingBase {
  title: string;
  summary: string;
  trl: number | null;
  ipType: DemoIpType;
  transferModes: DemoMode[];
  askingPriceWan: number | null;
  team: string | null;
}

export interface DemoDemand extends DemoListingBase {
  title: string;
  description: string;
  minTrl: number | null;
  budgetWan: number | null;
  cooperationModes: DemoMode[];
  /** YYYY-MM-DD */
  deadline: string | null;
}

/** Every demo account uses this password; the README lists the accounts. */
export const DEMO_PASSWORD = 'Demo@2026hc';

const REGION = '湖南省怀化市鹤城区';

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'bureau',
    name: '鹤城区科学技术局',
    kind: 'BUREAU',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },

  {
    key: 'hhu',
    name: '怀化学院',
    kind: 'UNIVERSITY',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },
  {
    key: 'hnmu',
    name: '湖南医药学院',
    kind: 'UNIVERSITY',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },
  {
    key: 'hhvtc',
    name: '怀化职业技术学院',
    kind: 'UNIVERSITY',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },

  {
    key: 'wxaas',
    name: '怀化五溪农林科学研究院',
    kind: 'INSTITUTE',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },
  {
    key: 'hcmat',
    name: '怀化鹤城新材料产业技术研究院',
    kind: 'INSTITUTE',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },

  {
    key: 'jinxi',
    name: '怀化锦溪油茶科技有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: true,
  },
  {
    key: 'xuefeng',
    name: '怀化雪峰本草药业有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: false,
  },
  {
    key: 'hefeng',
    name: '怀化鹤丰农业开发有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },
  {
    key: 'zhuyuan',
    name: '怀化筑远建筑科技有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: false,
  },
  {
    key: 'jingxian',
    name: '怀化晶显光电科技有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: true,
  },
  {
    key: 'heci',
    name: '怀化鹤瓷电子材料有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: true,
  },
  {
    key: 'yuanneng',
    name: '怀化沅能新能源科技有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: false,
  },
  {
    key: 'hexiang',
    name: '怀化鹤翔精密机械有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: true,
  },
  {
    key: 'kangxiang',
    name: '怀化康湘医疗器械有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: false,
  },
  {
    key: 'heming',
    name: '怀化鹤鸣文旅科技有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: false,
    specialized: false,
  },
  {
    key: 'qingyuan',
    name: '怀化清沅环保科技有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: true,
    highTech: true,
    specialized: false,
  },
  // Newly registered, not yet verified by the bureau: it only has a draft.
  {
    key: 'wuxiyun',
    name: '怀化五溪云数字科技有限公司',
    kind: 'ENTERPRISE',
    region: REGION,
    verified: false,
    highTech: false,
    specialized: false,
  },
];

const DOMAIN = 'demo.hc-ttp.cn';
const mail = (local: string): string => `${local}@${DOMAIN}`;

export const demoUsers: DemoUser[] = [
  // Bureau staff
  {
    email: mail('bureau'),
    displayName: '李敏（科技局）',
    role: 'BUREAU',
    org: 'bureau',
    membership: 'APPROVED',
  },
  {
    email: mail('broker'),
    displayName: '周建华（科技局·成果转化）',
    role: 'BUREAU',
    org: 'bureau',
    membership: 'APPROVED',
  },

  // Experts: one from 怀化学院 (conflict of interest with hhu listings), one from 湖南医药学院, one independent
  {
    email: mail('expert.chen'),
    displayName: '陈志远（专家·怀化学院）',
    role: 'EXPERT',
    org: 'hhu',
    membership: 'APPROVED',
  },
  {
    email: mail('expert.tang'),
    displayName: '唐丽华（专家·湖南医药学院）',
    role: 'EXPERT',
    org: 'hnmu',
    membership: 'APPROVED',
  },
  {
    email: mail('expert.luo'),
    displayName: '罗国平（独立专家）',
    role: 'EXPERT',
    org: null,
    membership: null,
  },

  // Universities and institutes
  {
    email: mail('hhu'),
    displayName: '王晓东（怀化学院科技处）',
    role: 'MEMBER',
    org: 'hhu',
    membership: 'APPROVED',
  },
  {
    email: mail('hnmu'),
    displayName: '刘芳（湖南医药学院科研处）',
    role: 'MEMBER',
    org: 'hnmu',
    membership: 'APPROVED',
  },
  {
    email: mail('hhvtc'),
    displayName: '杨帆（怀化职院科研处）',
    role: 'MEMBER',
    org: 'hhvtc',
    membership: 'APPROVED',
  },
  {
    email: mail('wxaas'),
    displayName: '彭志勇（五溪农林科学研究院）',
    role: 'MEMBER',
    org: 'wxaas',
    membership: 'APPROVED',
  },
  {
    email: mail('hcmat'),
    displayName: '谢婷（鹤城新材料研究院）',
    role: 'MEMBER',
    org: 'hcmat',
    membership: 'APPROVED',
  },

  // Enterprises
  {
    email: mail('jinxi'),
    displayName: '舒建军（锦溪油茶）',
    role: 'MEMBER',
    org: 'jinxi',
    membership: 'APPROVED',
  },
  {
    email: mail('xuefeng'),
    displayName: '向红梅（雪峰本草）',
    role: 'MEMBER',
    org: 'xuefeng',
    membership: 'APPROVED',
  },
  {
    email: mail('hefeng'),
    displayName: '杨德明（鹤丰农业）',
    role: 'MEMBER',
    org: 'hefeng',
    membership: 'APPROVED',
  },
  {
    email: mail('zhuyuan'),
    displayName: '张伟（筑远建科）',
    role: 'MEMBER',
    org: 'zhuyuan',
    membership: 'APPROVED',
  },
  {
    email: mail('jingxian'),
    displayName: '蒋涛（晶显光电）',
    role: 'MEMBER',
    org: 'jingxian',
    membership: 'APPROVED',
  },
  {
    email: mail('heci'),
    displayName: '粟海波（鹤瓷电子）',
    role: 'MEMBER',
    org: 'heci',
    membership: 'APPROVED',
  },
  {
    email: mail('yuanneng'),
    displayName: '胡斌（沅能新能源）',
    role: 'MEMBER',
    org: 'yuanneng',
    membership: 'APPROVED',
  },
  {
    email: mail('hexiang'),
    displayName: '梁国强（鹤翔精机）',
    role: 'MEMBER',
    org: 'hexiang',
    membership: 'APPROVED',
  },
  {
    email: mail('kangxiang'),
    displayName: '吴敏（康湘医疗）',
    role: 'MEMBER',
    org: 'kangxiang',
    membership: 'APPROVED',
  },
  {
    email: mail('heming'),
    displayName: '龙雪（鹤鸣文旅）',
    role: 'MEMBER',
    org: 'heming',
    membership: 'APPROVED',
  },
  {
    email: mail('qingyuan'),
    displayName: '陈静（清沅环保）',
    role: 'MEMBER',
    org: 'qingyuan',
    membership: 'APPROVED',
  },
  {
    email: mail('wuxiyun'),
    displayName: '田宇（五溪云科技）',
    role: 'MEMBER',
    org: 'wuxiyun',
    membership: 'APPROVED',
  },

  // A newcomer waiting for approval (by the bureau or by 舒建军)
  {
    email: mail('jinxi2'),
    displayName: '李娜（锦溪油茶）',
    role: 'MEMBER',
    org: 'jinxi',
    membership: 'PENDING',
  },
];

export const demoAchievements: DemoAchievement[] = [
  // ---------------------------------------------------------------- PUBLISHED
  {
    key: 'a01',
    org: 'hhu',
    title: '竹叶黄酮-抗坏血酸棕榈酸酯复配抑制山茶油氧化酸败技术',
    summary:
      '针对小包装山茶油在常温流通中过氧化值上升快、出现酸败异味的问题，本成果以竹叶黄酮、抗坏血酸棕榈酸酯和天然维生素E按特定比例复配，协同清除脂质自由基并螯合微量金属离子。总添加量不超过0.03%，各组分均在GB 2760允许范围内；60 °C烘箱加速试验中过氧化值达到国标限量的时间由8天延长到26天，折算常温货架期可达18个月，感官评价风味无明显变化。已完成2吨级中试，可许可使用或提供技术服务。',
    keywords: ['氧化酸败', '天然抗氧化剂', '过氧化值', '货架期', '竹叶黄酮'],
    industryChain: 'CAMELLIA_OIL',
    trl: 7,
    ipType: 'INVENTION_PATENT',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 25,
    team: '怀化学院 化学与材料工程学院 油脂化学团队（负责人：贺文静教授）',
    status: 'PUBLISHED',
    contactName: '贺文静',
    contactPhone: '0745-2851236',
    contactEmail: mail('hewj.hhu'),
    confidentialDetail:
      '复配比例与添加工序温度见发明专利申请书附表（申请号已受理，待公开）；第三方加速氧化检测报告编号 HX-JC-2025-0413。',
  },
  {
    key: 'a02',
    org: 'wxaas',
    title: '山茶油低温冬化脱蜡与结晶控制工艺',
    summary:
      '山茶油中的蜡酯和高熔点饱和甘油三酯在低温下缓慢结晶析出，是成品油冬季浑浊、起絮的主要原因。本成果采用程序降温养晶（由25 °C分段降至3 °C，总时长约36小时），配合硅藻土助滤，使析出晶体颗粒增大、易于过滤；处理后成品油在0 °C放置5.5小时仍保持澄清，冷冻试验合格，得油率损失控制在1.5%以内。目前处于实验室小试和50公斤级放大阶段，尚未在生产线连续运行，可合作开发或许可。',
    keywords: ['冬化', '脱蜡', '低温结晶', '冷冻试验', '山茶油'],
    industryChain: 'CAMELLIA_OIL',
    trl: 5,
    ipType: 'KNOW_HOW',
    transferModes: ['JOINT_DEVELOPMENT', 'LICENSE'],
    askingPriceWan: 15,
    team: '怀化五溪农林科学研究院 油料加工研究室',
    status: 'PUBLISHED',
    contactName: '彭志勇',
    contactPhone: '0745-2716358',
    contactEmail: mail('wxaas'),
    confidentialDetail:
      '降温曲线各段温度与保温时间、助滤剂型号及添加量；50公斤级放大试验记录（WX-YL-2025-07）。',
  },
  {
    key: 'a03',
    org: 'hhu',
    title: '山茶油基甘油二酯固定化脂肪酶法制备技术',
    summary:
      '甘油二酯油具有降低餐后血脂、减少体脂蓄积的作用，是山茶油高值化的方向之一。本成果以山茶油和甘油为原料，采用自制固定化脂肪酶在无溶剂体系中进行甘油解反应，再经两级分子蒸馏纯化，产品中甘油二酯含量达到82%以上，油酸占比保持在78%左右；固定化酶连续使用15批次后活力保留85%。已建成百公斤级中试装置，适合有精炼基础的油茶企业延伸产品线，可转让、许可或作价入股。',
    keywords: ['甘油二酯', '固定化脂肪酶', '分子蒸馏', '功能油脂'],
    industryChain: 'CAMELLIA_OIL',
    trl: 6,
    ipType: 'INVENTION_PATENT',
    transferModes: ['ASSIGNMENT', 'LICENSE', 'EQUITY'],
    askingPriceWan: 120,
    team: '怀化学院 生物与食品工程学院 功能油脂团队',
    status: 'PUBLISHED',
    contactName: '邓立新',
    contactPhone: '0745-2851478',
    contactEmail: mail('denglx.hhu'),
    confidentialDetail:
      '固定化酶载体制备方法与反应温度、酶添加量；中试批次检测报告及与两家企业的前期洽谈情况。',
  },
  {
    key: 'a04',
    org: 'hnmu',
    title: '多花黄精蒸晒炮制工艺数字化标准与在线色度判定技术',
    summary:
      '黄精生品含有刺激咽喉的成分，传统“九蒸九晒”依赖老药工凭经验判断火候，批次间差异大、周期长。本成果建立了蒸制温度、时间、闷润水分与色度值、5-羟甲基糠醛和多糖含量之间的关联模型，用便携式色差仪在线判定炮制终点，将工艺优化为“四蒸四晒”，周期由18天缩短到8天，成品麻舌感消除率100%，多糖保留率提高约20%。已在两家饮片企业试用，可提供技术服务或技术许可。',
    keywords: ['黄精炮制', '炮制终点', '色度', '5-羟甲基糠醛', '工艺标准化'],
    industryChain: 'CHINESE_MEDICINE',
    trl: 6,
    ipType: 'INVENTION_PATENT',
    transferModes: ['TECHNICAL_SERVICE', 'LICENSE'],
    askingPriceWan: 40,
    team: '湖南医药学院 药学院 中药炮制与质量控制团队',
    status: 'PUBLISHED',
    contactName: '舒婷',
    contactPhone: '0745-2387516',
    contactEmail: mail('shut.hnmu'),
    confidentialDetail:
      '各蒸次的色差L*、a*、b*终点阈值及闷润水分参数；两家试用企业的对比检测报告（编号 HNMU-ZY-2025-021/022）。',
  },
  {
    key: 'a05',
    org: 'hnmu',
    title: '中药口服液壳聚糖絮凝-陶瓷膜联用澄清除杂技术',
    summary:
      '中药口服液在贮存期出现沉淀、澄清度不合格，主要由鞣质、蛋白质和果胶等大分子缓慢聚集引起。本成果以壳聚糖絮凝预处理结合50 nm陶瓷膜微滤，替代传统水提醇沉工艺：乙醇用量减少90%以上，指标成分保留率大于90%，加速试验6个月无沉淀，生产周期缩短3天，车间无需按甲类防爆改造。已完成吨级中试，以工艺包转让或许可方式合作，含设备选型、工艺验证方案和变更申报资料模板。',
    keywords: ['口服液澄清', '壳聚糖絮凝', '陶瓷膜', '替代醇沉'],
    industryChain: 'CHINESE_MEDICINE',
    trl: 7,
    ipType: 'INVENTION_PATENT',
    transferModes: ['ASSIGNMENT', 'LICENSE'],
    askingPriceWan: 60,
    team: '湖南医药学院 中药制剂研究团队',
    status: 'PUBLISHED',
    contactName: '刘芳',
    contactPhone: '0745-2387120',
    contactEmail: mail('hnmu'),
    confidentialDetail:
      '壳聚糖脱乙酰度、絮凝pH与膜通量衰减数据；吨级中试稳定性考察报告（编号 HNMU-ZJ-2024-118）。',
  },
  {
    key: 'a06',
    org: 'wxaas',
    title: '镉低积累早稻品种“五溪早香1号”及配套降镉栽培技术',
    summary:
      '本品种对土壤镉的根系吸收和向籽粒转运能力弱，在土壤全镉0.6–1.0 mg/kg的中轻度污染稻田连续三年多点示范，稻米镉含量稳定在0.1 mg/kg以下，低于0.2 mg/kg的国家限量；配套“全生育期淹水灌溉+施石灰调酸+叶面喷施硅肥”技术，亩产约450公斤，米质达部标三级。已获植物新品种权，在怀化周边推广4万余亩，可许可繁种经营并提供栽培技术服务。',
    keywords: ['镉低积累', '水稻品种', '降镉栽培', '重金属污染稻田'],
    industryChain: 'MODERN_AGRICULTURE',
    trl: 8,
    ipType: 'PLANT_VARIETY',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 30,
    team: '怀化五溪农林科学研究院 水稻育种团队',
    status: 'PUBLISHED',
    contactName: '杨春生',
    contactPhone: '0745-2716402',
    contactEmail: mail('yangcs.wxaas'),
    confidentialDetail:
      '品种权证书号及亲本组合；三年示范田土壤与稻米检测原始数据（第三方报告编号 HN-NJ-2023-0876 等）。',
  },
  {
    key: 'a07',
    org: 'hhvtc',
    title: '丘陵山地果园小型履带式多功能田园管理机',
    summary:
      '针对怀化丘陵山地果园坡度大、行距窄、大中型农机进不了园的问题，本成果研制了整机宽度85 cm、可在25°坡地稳定作业的小型履带底盘，配置快换接口，可挂接风送式喷雾、割草、开沟施肥和运输四类机具。喷雾作业效率每小时8–10亩，较人工背负式提高6倍以上，用药量减少约25%。样机已在两个柑橘基地试用一年，持有实用新型专利，以专利许可加技术服务方式转化。',
    keywords: ['山地果园', '履带底盘', '田园管理机', '植保喷雾', '丘陵农机'],
    industryChain: 'MODERN_AGRICULTURE',
    trl: 6,
    ipType: 'UTILITY_MODEL',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 35,
    team: '怀化职业技术学院 机电工程学院 农机研发团队',
    status: 'PUBLISHED',
    contactName: '杨帆',
    contactPhone: '0745-2690813',
    contactEmail: mail('hhvtc'),
    confidentialDetail:
      '整机图纸与关键部件（变速箱、快换接口）供应商清单；两个试用基地的作业记录和故障统计。',
  },
  {
    key: 'a08',
    org: 'hhu',
    title: '基于RFID与BIM的预制构件生产-堆场-吊装全过程追踪管理系统',
    summary:
      '预制构件厂普遍存在构件身份不清、堆场找件难、错发漏发等问题。本系统在构件浇筑时预埋抗金属RFID标签，关联BIM模型构件编码，通过手持终端和门式读写器自动记录生产、质检、入库、装车、进场和吊装节点；堆场采用分区网格定位，平均找件时间由40分钟降至5分钟以内，发货差错率降至0.1%以下。已在省内一家年产5万方的构件厂运行一年，提供软件许可与实施服务。',
    keywords: ['预制构件追踪', 'RFID', 'BIM', '堆场管理', '构件编码'],
    industryChain: 'PREFAB_BUILDING',
    trl: 7,
    ipType: 'SOFTWARE_COPYRIGHT',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 18,
    team: '怀化学院 计算机科学与工程学院 智能建造信息化团队',
    status: 'PUBLISHED',
    contactName: '王晓东',
    contactPhone: '0745-2851002',
    contactEmail: mail('hhu'),
    confidentialDetail:
      '软件著作权登记号及标签埋设位置规范；试点构件厂的上线前后差错统计（客户同意后提供）。',
  },
  {
    key: 'a09',
    org: 'hhvtc',
    title: '建筑固废再生骨料在预制混凝土构件中的高掺量应用技术',
    summary:
      '针对再生骨料吸水率高、强度离散大的问题，本成果采用颗粒整形与纳米二氧化硅浆液浸渍强化处理，使再生粗骨料吸水率由6.8%降至3.9%；在叠合板、预制楼梯和围墙板中以50%比例替代天然碎石，28天抗压强度满足C30要求，单方混凝土成本降低约18元。已在本地一家构件厂试生产3类板型，形成企业技术规程草案，可提供技术服务或联合开发。',
    keywords: ['再生骨料', '建筑固废', '预制构件', '浸渍强化'],
    industryChain: 'PREFAB_BUILDING',
    trl: 6,
    ipType: 'KNOW_HOW',
    transferModes: ['TECHNICAL_SERVICE', 'JOINT_DEVELOPMENT'],
    askingPriceWan: 20,
    team: '怀化职业技术学院 建筑工程学院 绿色建材团队',
    status: 'PUBLISHED',
    contactName: '蒋丽君',
    contactPhone: '0745-2690527',
    contactEmail: mail('jianglj.hhvtc'),
    confidentialDetail: '纳米二氧化硅浆液浓度与浸渍时间；试生产构件的抽检报告和企业技术规程草案全文。',
  },
  {
    key: 'a10',
    org: 'hhu',
    title: '液晶显示模组制程静电放电防护与ESD失效分析技术',
    summary:
      '液晶模组在贴合、点灯和包装工序中易因静电放电损伤TFT阵列和驱动IC，表现为线缺、块缺和显示异常，空气干燥的季节尤为明显。本成果提供从工位静电电位普查、离子风机与接地布置优化、人员和治具管控到失效品显微定位分析的整体方案，配套在线静电监控软件。在两家模组厂实施后，ESD相关不良率由1.8%–2.5%降至0.3%以下。以技术服务方式合作，周期约3个月。',
    keywords: ['静电放电', 'ESD防护', '液晶模组', '失效分析', '驱动IC'],
    industryChain: 'NEW_DISPLAY',
    trl: 7,
    ipType: 'SOFTWARE_COPYRIGHT',
    transferModes: ['TECHNICAL_SERVICE'],
    askingPriceWan: 12,
    team: '怀化学院 电气与信息工程学院 电子可靠性团队',
    status: 'PUBLISHED',
    contactName: '姚俊',
    contactPhone: '0745-2851390',
    contactEmail: mail('yaoj.hhu'),
    confidentialDetail: '两家实施企业的整改前后不良率台账（已脱敏）；静电监控软件的部署架构与报价明细。',
  },
  {
    key: 'a11',
    org: 'hcmat',
    title: '低应力高导热加成型有机硅灌封胶及其制备方法',
    summary:
      '电源模块和车载电子灌封后在冷热循环中开裂、焊点被拉脱，根源在于灌封胶固化收缩大、模量高且与器件热膨胀不匹配。本成果以乙烯基硅油复配球形氧化铝与氮化硼导热填料，经表面改性降低体系黏度，导热系数1.6 W/(m·K)，邵氏A硬度35–45，线收缩率小于0.1%，经−40 °C至125 °C冷热冲击1000次无开裂、无脱粘，阻燃达UL94 V-0。已完成吨级试产，可许可或转让。',
    keywords: ['有机硅灌封胶', '低应力', '导热', '冷热冲击', '电源模块'],
    industryChain: 'ELECTRONIC_MATERIALS',
    trl: 7,
    ipType: 'INVENTION_PATENT',
    transferModes: ['LICENSE', 'ASSIGNMENT'],
    askingPriceWan: 45,
    team: '怀化鹤城新材料产业技术研究院 电子封装材料课题组',
    status: 'PUBLISHED',
    contactName: '谢婷',
    contactPhone: '0745-2275168',
    contactEmail: mail('hcmat'),
    confidentialDetail:
      '填料级配与表面改性剂牌号；吨级试产批次的冷热冲击和UL94检测报告（编号 HC-XC-2025-033）。',
  },
  {
    key: 'a12',
    org: 'hhu',
    title: '磷酸铁锂电池包低温交流脉冲自加热与分段充电策略',
    summary:
      '低温下锂离子扩散和电荷转移变慢，电池可用容量下降，充电时还容易析锂。本成果利用电池自身内阻，由BMS控制高频交流脉冲实现由内而外自加热，−20 °C环境下8分钟可使电芯升至5 °C以上，温度均匀性±2 °C；配合基于温度与SOC的分段限流充电策略，低温充电时间缩短约40%，500次循环后容量衰减与常温对照无显著差异。已完成48 V电池包样机和台架测试，寻求电池包企业合作开发。',
    keywords: ['低温自加热', '析锂', '磷酸铁锂', '电池管理系统', '低温充电'],
    industryChain: 'NEW_ENERGY',
    trl: 6,
    ipType: 'INVENTION_PATENT',
    transferModes: ['JOINT_DEVELOPMENT', 'LICENSE'],
    askingPriceWan: 50,
    team: '怀化学院 电气与信息工程学院 储能与电池管理团队',
    status: 'PUBLISHED',
    contactName: '田振华',
    contactPhone: '0745-2851655',
    contactEmail: mail('tianzh.hhu'),
    confidentialDetail: '脉冲频率、幅值与电芯内阻的匹配方法；台架测试原始数据及样机BMS源代码的授权范围。',
  },
  {
    key: 'a13',
    org: 'hhvtc',
    title: '基于线激光视觉的焊接机器人焊缝自动寻位与实时纠偏系统',
    summary:
      '中小批量结构件存在下料和拼点误差，机器人按示教轨迹焊接易焊偏、漏焊。本系统在焊枪前端加装线激光视觉传感器，焊前自动寻位、焊中实时跟踪，可识别V形、角接、搭接等6类接头，跟踪精度±0.3 mm，能抑制弧光和飞溅干扰，兼容主流国产机器人控制器。已在本地两家工程机械配套企业应用，补焊工作量减少约70%。提供软件许可、硬件集成与调试服务，可联合开发专用功能。',
    keywords: ['焊缝跟踪', '线激光视觉', '焊接机器人', '自动纠偏'],
    industryChain: 'ADVANCED_MANUFACTURING',
    trl: 7,
    ipType: 'SOFTWARE_COPYRIGHT',
    transferModes: ['LICENSE', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'],
    askingPriceWan: 35,
    team: '怀化职业技术学院 智能制造学院 焊接机器人团队',
    status: 'PUBLISHED',
    contactName: '曾凡强',
    contactPhone: '0745-2690366',
    contactEmail: mail('zengfq.hhvtc'),
    confidentialDetail:
      '支持的机器人控制器型号及通信协议清单；两家应用企业的验收报告和联系人（对方同意后提供）。',
  },
  {
    key: 'a14',
    org: 'hnmu',
    title: '基于表面肌电意图识别的脑卒中手功能康复外骨骼手套',
    summary:
      '脑卒中偏瘫患者手功能恢复慢，传统康复依赖治疗师一对一被动训练，治疗资源紧张。本成果通过前臂8通道表面肌电识别患者抓握、伸指意图，驱动柔性气动外骨骼完成主动辅助训练，意图识别准确率92%，每次训练自动记录关节活动度和肌电指标并生成康复报告。在附属医院完成60例临床观察，4周后Fugl-Meyer上肢评分改善明显优于常规训练组。拟以专利转让或作价入股方式转化。',
    keywords: ['表面肌电', '康复外骨骼', '脑卒中', '手功能康复'],
    industryChain: 'HEALTHCARE',
    trl: 6,
    ipType: 'INVENTION_PATENT',
    transferModes: ['ASSIGNMENT', 'EQUITY'],
    askingPriceWan: 120,
    team: '湖南医药学院 康复医学团队',
    status: 'PUBLISHED',
    contactName: '欧阳明',
    contactPhone: '0745-2387633',
    contactEmail: mail('ouyangm.hnmu'),
    confidentialDetail:
      '临床观察方案伦理批件号及完整统计结果；专利组合清单（2项发明、3项实用新型）及注册检验预评估意见。',
  },
  {
    key: 'a15',
    org: 'hhu',
    title: '河道水幕投影与无人机编队联动的沉浸式夜游演艺系统',
    summary:
      '本成果面向城市滨水夜游场景，将水幕投影、岸线建筑光影和无人机编队表演统一到一条时间码下同步控制，开发了演出编排软件和无线同步控制器，同步误差小于20毫秒。配套侗族、苗族等五溪地域文化数字内容素材库，含纹样、歌谣音频和三维模型300余组，可按游船航线分段编排约20分钟的连续演出。已在校内实验水域完成演示，可合作开发或提供内容与系统技术服务。',
    keywords: ['水幕投影', '无人机编队', '夜游演艺', '光影秀', '侗苗文化'],
    industryChain: 'CULTURE_TOURISM_TECH',
    trl: 6,
    ipType: 'SOFTWARE_COPYRIGHT',
    transferModes: ['JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'],
    askingPriceWan: 90,
    team: '怀化学院 美术与设计艺术学院、计算机科学与工程学院 数字文旅联合团队',
    status: 'PUBLISHED',
    contactName: '龙婷婷',
    contactPhone: '0745-2851733',
    contactEmail: mail('longtt.hhu'),
    confidentialDetail:
      '同步控制器通信协议和演出编排软件源码授权范围；素材库中非遗传承人授权使用的清单与期限。',
  },
  {
    key: 'a16',
    org: 'hhu',
    title: '面向中小制造企业的轻量化设备联网与OEE可视化管理平台',
    summary:
      '针对中小企业设备品牌杂、老旧机床无通信接口、数据上不来的问题，本平台将电流互感器、振动传感器采集与数控系统协议采集结合，实现新旧设备低成本联网，单台改造成本约800元；实时计算设备开动率、OEE和停机原因，提供车间看板、扫码报工和手机端查询。支持本地服务器或云端部署，已在怀化、邵阳6家机加工企业上线。提供软件许可和实施服务，两周可完成30台设备接入。',
    keywords: ['设备联网', 'OEE', '工业互联网', '车间看板', '数字化车间'],
    industryChain: 'DIGITAL_ECONOMY',
    trl: 8,
    ipType: 'SOFTWARE_COPYRIGHT',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 15,
    team: '怀化学院 计算机科学与工程学院 工业互联网团队',
    status: 'PUBLISHED',
    contactName: '王晓东',
    contactPhone: '0745-2851002',
    contactEmail: mail('hhu'),
    confidentialDetail: '已适配的数控系统品牌与协议清单；6家上线企业的实施周期与费用明细。',
  },
  {
    key: 'a17',
    org: 'hhu',
    title: '垃圾渗滤液铁碳微电解-类芬顿耦合预处理技术',
    summary:
      '乡镇垃圾转运站渗滤液水量小而分散，COD高达6000–15000 mg/L、色度深、可生化性差，外运处置成本高。本成果采用规整化铁碳填料微电解与非均相类芬顿催化耦合，常温常压运行，COD去除率65%–80%，色度去除率90%以上，BOD5/COD由0.15提高到0.4以上，出水可达到城镇污水厂纳管接收要求。装置为撬装式，日处理5–20吨，无需专人值守，可技术许可或提供运维技术服务。',
    keywords: ['垃圾渗滤液', '铁碳微电解', '类芬顿', '撬装设备', '可生化性'],
    industryChain: 'ECOLOGY_ENVIRONMENT',
    trl: 7,
    ipType: 'INVENTION_PATENT',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 28,
    team: '怀化学院 化学与材料工程学院 水处理团队',
    status: 'PUBLISHED',
    contactName: '瞿建平',
    contactPhone: '0745-2851569',
    contactEmail: mail('qujp.hhu'),
    confidentialDetail:
      '催化剂载体配方及再生周期；示范站连续运行6个月的进出水监测数据（报告编号 HHU-HJ-2025-012）。',
  },
  {
    key: 'a18',
    org: 'hcmat',
    title: '高导热氧化铝陶瓷基板流延成型与低翘曲烧结技术',
    summary:
      '本成果采用水基流延体系和双峰粒径氧化铝粉体，提高坯片密度均匀性，配合夹板叠烧与分段控温，96%氧化铝基板烧结翘曲度不大于0.05%（以对角线长度计），热导率24 W/(m·K)，抗弯强度大于380 MPa，表面粗糙度Ra不大于0.4 μm，适用于LED和功率模块散热基板。已在中试线连续生产3个月，综合良率92%。可以专利许可、联合开发或技术作价入股方式合作。',
    keywords: ['氧化铝陶瓷基板', '流延成型', '烧结翘曲', '散热基板'],
    industryChain: 'ELECTRONIC_MATERIALS',
    trl: 6,
    ipType: 'INVENTION_PATENT',
    transferModes: ['LICENSE', 'JOINT_DEVELOPMENT', 'EQUITY'],
    askingPriceWan: 150,
    team: '怀化鹤城新材料产业技术研究院 先进陶瓷课题组',
    status: 'PUBLISHED',
    contactName: '石建文',
    contactPhone: '0745-2275206',
    contactEmail: mail('shijw.hcmat'),
    confidentialDetail: '浆料配方（分散剂、黏结剂体系）与烧结曲线；中试线3个月的良率日报和客户试样反馈。',
  },

  // ---------------------------------------------------------------- DRAFT
  {
    key: 'a19',
    org: 'hhu',
    title: '油茶炭疽病与软腐病田间图像识别及用药建议小程序',
    summary:
      '油茶炭疽病、软腐病发病初期症状相似，种植户难以区分，常常错过最佳防治期或盲目用药。本成果基于在怀化、邵阳等地采集的1.2万张病叶、病果图像训练轻量化识别模型，手机拍照2秒内给出病害类型和严重程度，田间测试识别准确率约89%，并按病情推送药剂种类和施药时间建议。目前为内测版本，计划补充更多品种和季节数据后再开放，拟以软件许可方式合作。',
    keywords: ['油茶病害', '图像识别', '炭疽病', '智慧植保'],
    industryChain: 'CAMELLIA_OIL',
    trl: 4,
    ipType: 'SOFTWARE_COPYRIGHT',
    transferModes: ['LICENSE'],
    askingPriceWan: null,
    team: '怀化学院 计算机科学与工程学院 智慧农业团队',
    status: 'DRAFT',
    contactName: '王晓东',
    contactPhone: '0745-2851002',
    contactEmail: mail('hhu'),
    confidentialDetail: '图像数据集的采集地点与标注规范；模型在各病害类别上的混淆矩阵。',
  },
  {
    key: 'a20',
    org: 'hnmu',
    title: '面向居家老年慢病患者的智能分药提醒药盒',
    summary:
      '居家老年慢病患者多药联用，漏服、重复服药现象普遍，家属难以远程掌握。本成果设计了28格旋转分药结构和称重感知模块，到点声光和语音提醒，取药后自动记录，未按时取药时通过手机App通知家属和签约家庭医生；样机在社区30名老人中试用8周，服药依从率由61%提高到88%。目前外观和量产结构仍在优化，拟寻找医疗器械或智能硬件企业联合开发。',
    keywords: ['服药依从性', '智能药盒', '居家养老', '慢病管理'],
    industryChain: 'HEALTHCARE',
    trl: 5,
    ipType: 'UTILITY_MODEL',
    transferModes: ['JOINT_DEVELOPMENT'],
    askingPriceWan: null,
    team: '湖南医药学院 护理学院 智慧养老团队',
    status: 'DRAFT',
    contactName: '刘芳',
    contactPhone: '0745-2387120',
    contactEmail: mail('hnmu'),
    confidentialDetail: '社区试用的知情同意书与依从率原始记录；称重模块的结构设计图。',
  },

  // ---------------------------------------------------------------- SUBMITTED (awaiting the bureau)
  {
    key: 'a21',
    org: 'wxaas',
    title: '稻-油轮作全程机械化及油菜绿色高产栽培技术',
    summary:
      '针对怀化丘陵稻区冬闲田多、油菜种植费工的问题，本成果集成晚稻收获后免耕飞播、无人机追肥植保和油菜联合收获等环节，形成稻-油轮作全程机械化技术规程，油菜每亩用工由5个以上降至1.2个，亩产菜籽160公斤左右，含油量约42%，且不影响下一季早稻栽插。已在鹤城、中方、芷江累计示范1.8万亩，可提供技术培训和全程指导服务。',
    keywords: ['稻油轮作', '油菜', '全程机械化', '冬闲田'],
    industryChain: 'MODERN_AGRICULTURE',
    trl: 8,
    ipType: 'KNOW_HOW',
    transferModes: ['TECHNICAL_SERVICE'],
    askingPriceWan: 8,
    team: '怀化五溪农林科学研究院 耕作栽培研究室',
    status: 'SUBMITTED',
    contactName: '彭志勇',
    contactPhone: '0745-2716358',
    contactEmail: mail('wxaas'),
    confidentialDetail: '各示范点的测产验收报告；飞播机型、播量和追肥配方参数表。',
  },
  {
    key: 'a22',
    org: 'hnmu',
    title: '白及组织培养快繁与林下仿野生种植技术',
    summary:
      '白及种子极小且无胚乳，自然萌发率低于5%，种苗长期紧缺、价格偏高。本成果建立了白及无菌播种—原球茎增殖—生根壮苗的组培快繁体系，原球茎增殖系数达到6以上，炼苗移栽成活率92%；配套林下遮荫仿野生种植技术，三年生假鳞茎亩产鲜品约900公斤，多糖含量符合药典要求。已建成年产200万株种苗的示范组培车间，可技术许可并指导建设组培室。',
    keywords: ['白及', '组培快繁', '林下种植', '中药材种苗'],
    industryChain: 'CHINESE_MEDICINE',
    trl: 7,
    ipType: 'KNOW_HOW',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 20,
    team: '湖南医药学院 药学院 药用植物资源团队',
    status: 'SUBMITTED',
    contactName: '唐文斌',
    contactPhone: '0745-2387488',
    contactEmail: mail('tangwb.hnmu'),
    confidentialDetail: '各阶段培养基配方与激素配比；示范车间的污染率和出苗统计。',
  },

  // ---------------------------------------------------------------- REJECTED
  {
    key: 'a23',
    org: 'hhvtc',
    title: '数控车削刀具剩余寿命预测与换刀提醒装置',
    summary:
      '本成果通过采集数控车床主轴电流和刀架振动信号，提取时域与频域特征，以梯度提升模型预测刀具剩余寿命，在45钢和铝合金批量车削中预测误差小于12%，可在刀具失效前提醒换刀，减少因崩刃造成的批量报废。装置外挂安装，无需改动数控系统。已获授权发明专利一项，在校内实训车间运行半年，拟以专利转让方式转化。',
    keywords: ['刀具寿命预测', '数控车床', '振动监测', '换刀提醒'],
    industryChain: 'ADVANCED_MANUFACTURING',
    trl: 5,
    ipType: 'INVENTION_PATENT',
    transferModes: ['ASSIGNMENT'],
    askingPriceWan: 25,
    team: '怀化职业技术学院 智能制造学院 数控技术团队',
    status: 'REJECTED',
    rejectReason:
      '缺少知识产权证明材料：简介称已获授权发明专利，但未提供专利号或证书扫描件，请补充后重新提交。',
    contactName: '曾凡强',
    contactPhone: '0745-2690366',
    contactEmail: mail('zengfq.hhvtc'),
    confidentialDetail: '特征提取方法与模型训练数据；实训车间半年运行的换刀记录。',
  },
  {
    key: 'a24',
    org: 'hhu',
    title: '一种新型光伏组件清洁方法',
    summary:
      '光伏组件表面积灰会明显降低发电量，本成果提出一种新型的组件清洁方法，采用团队自主设计的清洁装置，具有结构简单、成本低、清洁效果好等优点，适用于屋顶和地面光伏电站，可以有效提高发电效率，具有较好的经济效益和社会效益，应用前景广阔。团队在光伏领域有多年研究基础，欢迎有意向的企业洽谈合作，合作方式面议。',
    keywords: ['光伏清洁', '光伏组件', '清洁装置'],
    industryChain: 'NEW_ENERGY',
    trl: null,
    ipType: 'NONE',
    transferModes: ['JOINT_DEVELOPMENT'],
    askingPriceWan: null,
    team: null,
    status: 'REJECTED',
    rejectReason:
      '成果简介缺少关键技术指标（清洁效率、发电量提升幅度、适用组件类型）和目前所处阶段，也未说明知识产权情况，请补充完善后重新提交。',
    contactName: '王晓东',
    contactPhone: '0745-2851002',
    contactEmail: mail('hhu'),
    confidentialDetail: '清洁装置结构草图（尚未申请专利）。',
  },

  // ---------------------------------------------------------------- CLOSED
  {
    key: 'a25',
    org: 'wxaas',
    title: '油茶良种芽苗砧嫁接与轻基质容器育苗技术',
    summary:
      '本成果采用油茶种子沙藏催芽培育芽苗砧，以省审良种穗条劈接，配套泥炭-谷壳-黄心土轻基质和无纺布容器育苗，嫁接成活率90%以上，一年生容器苗苗高25厘米以上，造林成活率较裸根苗提高15个百分点，可实现周年出圃。已在区内3家苗圃推广，年出圃良种容器苗约400万株。该技术已以许可方式转让给区内育苗企业，本条目关闭。',
    keywords: ['油茶育苗', '芽苗砧嫁接', '容器苗', '轻基质'],
    industryChain: 'CAMELLIA_OIL',
    trl: 9,
    ipType: 'KNOW_HOW',
    transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    askingPriceWan: 12,
    team: '怀化五溪农林科学研究院 经济林研究室',
    status: 'CLOSED',
    closeReason: 'TRANSFERRED',
    contactName: '彭志勇',
    contactPhone: '0745-2716358',
    contactEmail: mail('wxaas'),
    confidentialDetail: '嫁接时期、穗条处理和基质配比参数；技术许可合同登记编号 HC-JS-2025-0087。',
  },
  {
    key: 'a26',
    org: 'hhvtc',
    title: '养殖场沼液膜浓缩与液体有机肥制备技术',
    summary:
      '中小规模生猪养殖场沼液产量大、配套消纳土地不足，直排易造成水体污染。本成果采用“预过滤—超滤—反渗透”工艺浓缩沼液，浓缩倍数达到5倍，浓缩液经调配螯合制成含腐植酸液体有机肥，总养分（N+P2O5+K2O）不低于8%，透过液COD低于100 mg/L，可用于场内冲洗回用。日处理20吨的示范装置已运行一年。团队因承担省级项目调整了转化计划，暂停对外转化。',
    keywords: ['沼液浓缩', '膜分离', '液体有机肥', '养殖废水'],
    industryChain: 'ECOLOGY_ENVIRONMENT',
    trl: 6,
    ipType: 'INVENTION_PATENT',
    transferModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
    askingPriceWan: 40,
    team: '怀化职业技术学院 生物与环境工程学院 农业废弃物资源化团队',
    status: 'CLOSED',
    closeReason: 'WITHDRAWN',
    contactName: '杨帆',
    contactPhone: '0745-2690813',
    contactEmail: mail('hhvtc'),
    confidentialDetail: '膜组件选型与清洗周期；示范装置一年的运行成本核算表。',
  },
];

export const demoDemands: DemoDemand[] = [
  // ---------------------------------------------------------------- PUBLISHED
  {
    key: 'd01',
    org: 'jinxi',
    title: '小瓶茶油开封没多久就发哈、变味，电商差评多',
    description:
      '我们主要卖250毫升和500毫升的小瓶山茶油，七成走电商。夏天发到广东、福建的货，客户放一两个月就说有股“哈喇味”、发苦，差评加退货今年已经占到4%左右。出厂检测酸价、过氧化值都合格，问题出在放置以后。我们不想加化学合成的抗氧化剂，希望找到天然、合规、成本低的办法，把保质期内的风味稳住。小瓶油年产约300吨，预算30万元左右，技术许可或技术服务都可以。',
    keywords: ['茶油变味', '哈喇味', '小瓶装', '保质期', '电商退货'],
    industryChain: 'CAMELLIA_OIL',
    minTrl: 6,
    budgetWan: 30,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2027-03-31',
    status: 'PUBLISHED',
    contactName: '舒建军',
    contactPhone: '0745-2861573',
    contactEmail: mail('jinxi'),
    confidentialDetail: '近一年退货批次清单及对应仓储温度记录；各电商渠道的月销量与退货率。',
  },
  {
    key: 'd02',
    org: 'jinxi',
    title: '精炼茶油一到冬天就发朦、瓶底起白絮',
    description:
      '每年12月到第二年2月，仓库和超市货架上的茶油会变得雾蒙蒙的，有的瓶底沉一层白色絮状物，消费者以为掺了假或者变质了，经销商要求退换。我们现在是精炼后直接灌装，中间没有专门的处理工序。想找一套能直接接在现有精炼线后面的处理办法，要求已经在别的油厂生产线上用过，出油量不能明显减少。年精炼量约1500吨，改造预算20万元，技术许可或技术服务。',
    keywords: ['茶油发朦', '白色絮状物', '冬季浑浊', '精炼茶油'],
    industryChain: 'CAMELLIA_OIL',
    minTrl: 7,
    budgetWan: 20,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2026-12-31',
    status: 'PUBLISHED',
    contactName: '舒建军',
    contactPhone: '0745-2861573',
    contactEmail: mail('jinxi'),
    confidentialDetail: '精炼线设备清单与各工段温度；去年冬季经销商退换货的批次和数量。',
  },
  {
    key: 'd03',
    org: 'xuefeng',
    title: '黄精蒸晒全凭老师傅看颜色，批次之间差别大',
    description:
      '我们在鹤城、中方一带收购鲜黄精，加工成制黄精和黄精茶，年用鲜料约600吨。现在蒸晒全靠两位老师傅看颜色、尝味道，一轮下来要半个多月，每批颜色深浅不一，有的吃起来还“麻嘴”，去年被一家药企客户退了两批货。老师傅年纪大了，年轻人学不会。希望有一套能量化、好操作的工艺标准，最好还能缩短周期。预算50万元以内，请高校派人驻厂指导也行。',
    keywords: ['制黄精', '蒸晒', '麻嘴', '批次稳定'],
    industryChain: 'CHINESE_MEDICINE',
    minTrl: 5,
    budgetWan: 50,
    cooperationModes: ['TECHNICAL_SERVICE', 'JOINT_DEVELOPMENT'],
    deadline: '2027-06-30',
    status: 'PUBLISHED',
    contactName: '向红梅',
    contactPhone: '0745-2238416',
    contactEmail: mail('xuefeng'),
    confidentialDetail: '被退货批次的客户检测报告；现有蒸柜、烘房的型号与产能。',
  },
  {
    key: 'd04',
    org: 'xuefeng',
    title: '口服液放几个月瓶底出现沉淀，抽检澄清度不合格',
    description:
      '我们有一个中药口服液品种，10毫升一支，年产约800万支。刚灌装时清亮，放三到五个月瓶底就有一层褐色沉淀，一摇又浑了，经销商说顾客以为变质，今年省里抽检还因为这个被通报过一次。现在用的是水提醇沉加板框过滤，酒精用量大，车间防爆压力也大。想换一种更稳定的澄清工艺，投入控制在30万元以内，可以买技术，也可以请学校来改。',
    keywords: ['口服液沉淀', '澄清度', '醇沉', '贮存稳定性'],
    industryChain: 'CHINESE_MEDICINE',
    minTrl: 6,
    budgetWan: 30,
    cooperationModes: ['ASSIGNMENT', 'LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2026-12-15',
    status: 'PUBLISHED',
    contactName: '向红梅',
    contactPhone: '0745-2238416',
    contactEmail: mail('xuefeng'),
    confidentialDetail: '品种处方和现行工艺规程；省药监抽检通报文号及企业整改报告。',
  },
  {
    key: 'd05',
    org: 'hefeng',
    title: '流转稻田产的稻谷重金属抽检超标，被收购商压价',
    description:
      '公司带着两家合作社在鹤城区和中方县流转了约2000亩稻田，去年送检的稻谷有两批“重金属”指标超标，粮库和米厂知道后每斤压价一毛多，还有一家直接不收了。听说是土壤的问题，但换地不现实。想找适合我们这边种、产量不能掉太多的品种和种植办法，最好已经在怀化周边推广过。种子和技术服务预算40万元左右，希望有专家下田跟一个生产季。',
    keywords: ['稻谷超标', '重金属', '稻田', '品种更换'],
    industryChain: 'MODERN_AGRICULTURE',
    minTrl: 7,
    budgetWan: 40,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2027-02-28',
    status: 'PUBLISHED',
    contactName: '杨德明',
    contactPhone: '13907452316',
    contactEmail: mail('hefeng'),
    confidentialDetail: '超标批次的检测报告和对应地块编号；流转合同期限与各地块土壤检测结果。',
  },
  {
    key: 'd06',
    org: 'hefeng',
    title: '山上果园太陡，打药除草全靠人背肩扛',
    description:
      '我们有一片800亩的冰糖橙和黄桃基地，都在山坡上，最陡的地方有二十多度，拖拉机开不上去。现在打药是工人背着机动喷雾器一行行走，一个人一天打不了三亩，夏天还有人中暑；除草、运肥也全靠人工，每年光人工就要七十多万元。想直接买断一款适合陡坡的小型机械的技术和图纸，交给本地农机厂生产，自己用也对外卖。预算60万元。',
    keywords: ['陡坡果园', '打药', '除草', '小型农机'],
    industryChain: 'MODERN_AGRICULTURE',
    minTrl: 6,
    budgetWan: 60,
    cooperationModes: ['ASSIGNMENT'],
    deadline: '2027-04-30',
    status: 'PUBLISHED',
    contactName: '杨德明',
    contactPhone: '13907452316',
    contactEmail: mail('hefeng'),
    confidentialDetail: '基地地形图和道路情况；拟合作农机厂的名称与现有生产能力。',
  },
  {
    key: 'd07',
    org: 'zhuyuan',
    title: '构件堆场经常找不到货、发错楼栋，工地天天催',
    description:
      '厂里年产叠合板、预制楼梯、内墙板约4万方，堆场三十多亩。构件长得都差不多，全靠喷漆写编号，日晒雨淋后看不清，装车时经常找半天。去年发错楼栋、漏发有二十多次，有一次吊到楼上才发现装错，返工加罚款损失十几万元。希望有一套能看到每块构件在哪、发到哪的管理办法，最好手机就能查。预算25万元，买软件使用权加上门实施都可以。',
    keywords: ['找货难', '发错货', '构件堆场', '出入库管理'],
    industryChain: 'PREFAB_BUILDING',
    minTrl: 6,
    budgetWan: 25,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2026-12-31',
    status: 'PUBLISHED',
    contactName: '张伟',
    contactPhone: '0745-2652087',
    contactEmail: mail('zhuyuan'),
    confidentialDetail: '堆场平面图与现有ERP系统接口说明；去年错发漏发事件清单及赔付金额。',
  },
  {
    key: 'd08',
    org: 'zhuyuan',
    title: '预制内墙板拼缝刮完腻子一个月就裂成一条条直线',
    description:
      '我们给几个安置房项目供预制混凝土内墙板，交房前后陆续有住户反映墙上沿着板缝出现直线裂纹。施工单位说是板子的问题，我们觉得是嵌缝材料和做法的问题，双方扯皮，去年售后维修花了三十多万。想请有经验的团队到项目上分析原因，给出嵌缝材料配方和施工做法，并在一两套房子里做对比试验。预算15万元，技术服务。',
    keywords: ['墙板拼缝', '裂缝', '嵌缝', '安置房'],
    industryChain: 'PREFAB_BUILDING',
    minTrl: null,
    budgetWan: 15,
    cooperationModes: ['TECHNICAL_SERVICE'],
    deadline: '2026-08-31',
    status: 'PUBLISHED',
    contactName: '张伟',
    contactPhone: '0745-2652087',
    contactEmail: mail('zhuyuan'),
    confidentialDetail: '涉及项目名称和出现裂缝的户数；施工单位与我方的往来函件。',
  },
  {
    key: 'd09',
    org: 'jingxian',
    title: '天一冷一干，模组点亮测试就出竖线和不亮块',
    description:
      '我们做7到15.6英寸的工控和车载液晶模组，月产约12万片。每年10月到第二年3月，点灯检测时屏上出现一条或几条亮竖线、局部不显示的片子明显增多，返修率从平时的0.5%涨到3%左右，拆下来的驱动芯片有的已经坏了，供应商说不是来料问题。车间有离子风机但效果说不清。希望请专业团队来厂里排查，给出整改办法。预算20万元，技术服务。',
    keywords: ['亮竖线', '不显示', '返修率', '液晶模组', '冬季不良'],
    industryChain: 'NEW_DISPLAY',
    minTrl: 6,
    budgetWan: 20,
    cooperationModes: ['TECHNICAL_SERVICE'],
    deadline: '2027-01-31',
    status: 'PUBLISHED',
    contactName: '蒋涛',
    contactPhone: '0745-2679348',
    contactEmail: mail('jingxian'),
    confidentialDetail: '各工序不良品月度统计和车间温湿度记录；主要客户名单及其来料检验标准。',
  },
  {
    key: 'd10',
    org: 'heci',
    title: '电源模块灌胶后冷热一循环就开裂，元件被扯掉',
    description:
      '我司给LED驱动和充电桩厂家代工电源模块，灌封用的是外购环氧和普通硅胶。客户做高低温循环测试，几十次后胶体就裂开，有的电容、磁环引脚被拉断，今年因为这个丢了一个充电桩客户的订单。试过换进口胶，效果好但价格是现在的三倍多。想自己生产或定制一款便宜、耐冷热冲击、散热又好的灌封胶，年用量约80吨。预算50万元，买专利许可或技术转让。',
    keywords: ['灌封开裂', '高低温循环', '电源模块', '灌封胶'],
    industryChain: 'ELECTRONIC_MATERIALS',
    minTrl: 6,
    budgetWan: 50,
    cooperationModes: ['LICENSE', 'ASSIGNMENT'],
    deadline: '2027-03-31',
    status: 'PUBLISHED',
    contactName: '粟海波',
    contactPhone: '0745-2276519',
    contactEmail: mail('heci'),
    confidentialDetail: '现用灌封胶牌号、采购价和客户的高低温循环测试条件；丢单客户的失效分析报告。',
  },
  {
    key: 'd11',
    org: 'yuanneng',
    title: '冬天电动三轮车电池跑不远，充电也半天充不进去',
    description:
      '我们给山区物流和农用电动三轮车配套48伏、60伏锂电池包，年出货约3万套。一到冬天，早上出车续航掉了快一半，充电器插上半天显示充不进去，农户和经销商投诉很多。电芯厂说低温下不能硬充，怕伤电池。我们有自己的BMS软件团队，想和高校一起做冬天加热和充电控制的方案，一年内装车试用。预算60万元，联合开发为主。',
    keywords: ['冬季续航', '充电慢', '锂电池包', '电动三轮车'],
    industryChain: 'NEW_ENERGY',
    minTrl: 5,
    budgetWan: 60,
    cooperationModes: ['JOINT_DEVELOPMENT'],
    deadline: '2027-05-31',
    status: 'PUBLISHED',
    contactName: '胡斌',
    contactPhone: '0745-2688732',
    contactEmail: mail('yuanneng'),
    confidentialDetail: '所用电芯型号和供应商低温规格书；BMS主控芯片型号与现有软件架构。',
  },
  {
    key: 'd12',
    org: 'hexiang',
    title: '机器人焊接老是焊偏，还得安排人跟在后面补焊',
    description:
      '我们做挖机、装载机配套的焊接结构件，去年上了4台焊接机器人。问题是钢板下料和拼点有一两个毫米的误差，机器人照着示教的线走，经常焊到边上或者漏一段，每台机器人后面还得跟一个焊工补焊、打磨，效率没提起来。想给现有机器人加装能自己找焊缝、边焊边修正的装置，不换机器人。预算40万元，技术许可加安装调试，或者一起开发。',
    keywords: ['焊偏', '补焊', '焊接机器人', '结构件'],
    industryChain: 'ADVANCED_MANUFACTURING',
    minTrl: 6,
    budgetWan: 40,
    cooperationModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
    deadline: '2027-01-15',
    status: 'PUBLISHED',
    contactName: '梁国强',
    contactPhone: '0745-2639175',
    contactEmail: mail('hexiang'),
    confidentialDetail: '机器人品牌型号与控制器版本；主机厂客户的焊缝质量要求和近半年返修数据。',
  },
  {
    key: 'd13',
    org: 'kangxiang',
    title: '想做一款中风病人手部康复训练的家用设备',
    description:
      '我们主要做家用理疗仪和助行器，想往康复器械方向走。走访县里几家医院的康复科发现，中风后手握不住东西的病人很多，治疗师一对一排不过来，出院回家后基本就不练了。想找一项比较成熟、能拿去注册二类医疗器械的手部康复技术，由我们负责注册、生产和销售。资金上最多能拿出80万元，技术转让或者合作开发都能谈。',
    keywords: ['中风', '手部康复', '家用康复设备', '医疗器械注册'],
    industryChain: 'HEALTHCARE',
    minTrl: 6,
    budgetWan: 80,
    cooperationModes: ['ASSIGNMENT', 'JOINT_DEVELOPMENT'],
    deadline: '2027-06-30',
    status: 'PUBLISHED',
    contactName: '吴敏',
    contactPhone: '0745-2318864',
    contactEmail: mail('kangxiang'),
    confidentialDetail: '现有医疗器械注册证清单和生产许可范围；走访医院康复科的调研记录。',
  },
  {
    key: 'd14',
    org: 'heming',
    title: '晚上游船开出去两岸黑乎乎，游客坐一次就不来第二次',
    description:
      '公司运营舞水河段的夜游游船，一晚开四班，每班能坐120人。现在两岸只有路灯和几处楼体亮化，沿途没什么看头，讲解也单调，周末上座率不到四成，回头客很少。想在两公里左右的河道上做有本地特色的灯光、投影之类的演出，内容要有侗族、苗族文化元素，不能影响航道安全。总预算100万元左右，可以和高校一起开发，也可以请对方负责内容制作。',
    keywords: ['夜游', '游船', '灯光演出', '回头客'],
    industryChain: 'CULTURE_TOURISM_TECH',
    minTrl: null,
    budgetWan: 100,
    cooperationModes: ['JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'],
    deadline: '2027-03-31',
    status: 'PUBLISHED',
    contactName: '龙雪',
    contactPhone: '0745-2245690',
    contactEmail: mail('heming'),
    confidentialDetail: '游船航线图和各班次客流数据；海事部门对航道内设施的初步意见。',
  },
  {
    key: 'd15',
    org: 'hexiang',
    title: '三十多台机床哪台在干活、哪台在等料，老板心里没数',
    description:
      '车间有32台数控车床和加工中心，还有几台十几年前的普通机床，品牌五六个。现在每天靠班组长手写报表，机床停了是缺料、换刀还是坏了，要第二天才知道，交期经常拖，客户审核时问设备利用率也答不上来。想把设备状态实时显示出来，手机上能看，老机床也要能接进来。投入控制在20万元以内，软件买使用权就行，最好有人上门装好。',
    keywords: ['设备利用率', '机床状态', '生产报表', '车间管理'],
    industryChain: 'ADVANCED_MANUFACTURING',
    minTrl: 7,
    budgetWan: 20,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2026-12-31',
    status: 'PUBLISHED',
    contactName: '梁国强',
    contactPhone: '0745-2639175',
    contactEmail: mail('hexiang'),
    confidentialDetail: '设备台账（品牌、型号、数控系统版本）；主要客户审核中提出的整改项。',
  },
  {
    key: 'd16',
    org: 'qingyuan',
    title: '乡镇垃圾中转站的污水又黑又臭，污水厂不肯收',
    description:
      '我们承接了鹤城区和周边县十几个乡镇垃圾中转站的运营，每个站每天产生两三吨黑色臭水，现在全部用罐车拉到城区污水厂，对方说浓度太高影响运行，要求先处理再送，不然就不收了。外运每吨将近180元，一年光这一项就要一百多万元。想在每个站放一套小型、好操作、不用专人值守的处理设备。单站预算30万元以内，技术许可或请对方运维都行。',
    keywords: ['中转站污水', '黑臭', '外运费用', '小型处理设备'],
    industryChain: 'ECOLOGY_ENVIRONMENT',
    minTrl: 6,
    budgetWan: 30,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2027-02-28',
    status: 'PUBLISHED',
    contactName: '陈静',
    contactPhone: '0745-2297415',
    contactEmail: mail('qingyuan'),
    confidentialDetail: '各中转站的水量和污水厂出具的水质检测单；运营合同中的考核条款。',
  },

  // ---------------------------------------------------------------- DRAFT
  {
    key: 'd17',
    org: 'wuxiyun',
    title: '想给农产品直播间做一个看数据、管库存的小工具',
    description:
      '我们公司刚成立一年多，帮鹤城和周边的合作社做农产品直播带货，现在同时运营6个直播间，卖冰糖橙、腊肉、茶油这些。每场卖了多少、哪个主播带得好、库存还剩多少，全靠运营在几个后台之间导表格，经常超卖发不出货，被平台罚款。想找团队一起开发一个能把各平台订单和库存汇总起来、自动提醒补货的工具。预算10万元左右，合作开发。',
    keywords: ['直播带货', '订单汇总', '库存管理', '农产品电商'],
    industryChain: 'DIGITAL_ECONOMY',
    minTrl: null,
    budgetWan: 10,
    cooperationModes: ['JOINT_DEVELOPMENT'],
    deadline: '2027-06-30',
    status: 'DRAFT',
    contactName: '田宇',
    contactPhone: '13517458206',
    contactEmail: mail('wuxiyun'),
    confidentialDetail: '各直播平台店铺后台的接口权限情况；近三个月的超卖和罚款记录。',
  },
  {
    key: 'd18',
    org: 'heci',
    title: '氧化铝陶瓷基板烧出来翘，平整度过不了客户检验',
    description:
      '我们另一条线做96氧化铝陶瓷基板，主要给LED和功率模块客户，月产约30万片。烧结后有一部分片子四角翘起、中间拱，平整度超过客户要求的0.1%，只能挑出来做低端货或报废，不良率在8%上下。现在用的是干压成型，窑炉温度曲线是前几年设备厂给的。想请懂陶瓷的团队来诊断，从配料、成型到烧结一起改。预算35万元，技术服务或联合开发。',
    keywords: ['陶瓷基板', '翘曲', '平整度', '烧结'],
    industryChain: 'ELECTRONIC_MATERIALS',
    minTrl: 5,
    budgetWan: 35,
    cooperationModes: ['TECHNICAL_SERVICE', 'JOINT_DEVELOPMENT'],
    deadline: '2027-04-30',
    status: 'DRAFT',
    contactName: '粟海波',
    contactPhone: '0745-2276519',
    contactEmail: mail('heci'),
    confidentialDetail: '粉体供应商和现用配方；窑炉型号与温度曲线。',
  },

  // ---------------------------------------------------------------- SUBMITTED (awaiting the bureau)
  {
    key: 'd19',
    org: 'kangxiang',
    title: '家用制氧机晚上噪音大，老人睡不着觉',
    description:
      '我们生产3升和5升家用分子筛制氧机，主要卖给县城和农村的老年慢阻肺病人，年销量约2万台。用户反映最多的是晚上开机声音大，“像拖拉机一样”，很多老人嫌吵只在白天吸，影响治疗效果。现在整机噪音在48到52分贝，想降到40分贝以下，同时不能让机器温度升高、氧浓度下降。希望找做声学或流体的团队合作，预算40万元，合作开发。',
    keywords: ['制氧机噪音', '降噪', '家用医疗设备', '慢阻肺'],
    industryChain: 'HEALTHCARE',
    minTrl: 4,
    budgetWan: 40,
    cooperationModes: ['JOINT_DEVELOPMENT'],
    deadline: '2027-05-31',
    status: 'SUBMITTED',
    contactName: '吴敏',
    contactPhone: '0745-2318864',
    contactEmail: mail('kangxiang'),
    confidentialDetail: '整机结构图和压缩机型号；第三方噪声检测报告与用户投诉统计。',
  },
  {
    key: 'd20',
    org: 'heming',
    title: '讲解员不够用，想做能说侗语、英语的智能导览',
    description:
      '公司还运营一处古村落景区，旺季一天有三四千人，讲解员只有5个，大部分游客只能自己看展板，对侗族建筑、鼓楼和大歌的来历了解很少。想做一个扫码就能用的智能导览，能按游客位置自动讲解，支持普通话、侗语和英语，最好还能回答游客的简单提问。景区手机信号不太好，要考虑离线使用。预算25万元，技术服务或合作开发。',
    keywords: ['智能导览', '多语种讲解', '古村落景区', '侗族文化'],
    industryChain: 'CULTURE_TOURISM_TECH',
    minTrl: 6,
    budgetWan: 25,
    cooperationModes: ['TECHNICAL_SERVICE', 'JOINT_DEVELOPMENT'],
    deadline: '2027-03-31',
    status: 'SUBMITTED',
    contactName: '龙雪',
    contactPhone: '0745-2245690',
    contactEmail: mail('heming'),
    confidentialDetail: '景区点位清单与现有讲解词文本；侗语讲解录音的授权情况。',
  },

  // ---------------------------------------------------------------- REJECTED
  {
    key: 'd21',
    org: 'yuanneng',
    title: '寻求新能源领域先进技术合作',
    description:
      '我公司是一家专业从事新能源产品研发、生产和销售的高新技术企业，拥有一支高素质的研发团队和完善的生产设施，产品广泛应用于多个领域。为进一步提升企业核心竞争力，现面向高校和科研院所征集新能源领域的先进技术、新产品、新工艺，欢迎各位专家学者与我公司开展多种形式的合作，实现互利共赢、共同发展。',
    keywords: ['新能源', '技术合作', '新工艺'],
    industryChain: 'NEW_ENERGY',
    minTrl: null,
    budgetWan: null,
    cooperationModes: ['JOINT_DEVELOPMENT', 'LICENSE'],
    deadline: null,
    status: 'REJECTED',
    rejectReason:
      '需求描述过于笼统，未说明要解决的具体技术问题、指标要求、应用场景和预算，无法开展匹配。请补充后重新提交。',
    contactName: '胡斌',
    contactPhone: '0745-2688732',
    contactEmail: mail('yuanneng'),
    confidentialDetail: '公司年度研发计划（待补充）。',
  },
  {
    key: 'd22',
    org: 'jinxi',
    title: '油茶饼粕除了当肥料卖，还能做什么',
    description:
      '我们每年压榨后剩下油茶饼粕约2000吨，现在大部分当肥料和清塘剂卖给周边农户，每吨才几百元，价格年年往下走。听说饼粕里的茶皂素可以提出来做洗涤用品和农药助剂，剩下的还能做饲料，但不知道哪条路子适合我们这种规模。想找高校一起评估并建一条示范线，预算80万元左右。有意向的老师可以直接打舒经理手机13974506218，或加微信jinxi-shu商谈。',
    keywords: ['油茶饼粕', '茶皂素', '综合利用', '示范线'],
    industryChain: 'CAMELLIA_OIL',
    minTrl: 5,
    budgetWan: 80,
    cooperationModes: ['JOINT_DEVELOPMENT', 'ASSIGNMENT'],
    deadline: '2027-06-30',
    status: 'REJECTED',
    rejectReason:
      '公开描述中包含个人手机号码和微信号，请删除后填写在“联系方式”栏（双方确认对接意向后才会展示），然后重新提交。',
    contactName: '舒建军',
    contactPhone: '0745-2861573',
    contactEmail: mail('jinxi'),
    confidentialDetail: '饼粕的残油率、茶皂素含量检测结果；现有厂房和蒸汽富余能力。',
  },

  // ---------------------------------------------------------------- CLOSED
  {
    key: 'd23',
    org: 'zhuyuan',
    title: '预制楼梯脱模时踏步边角老掉块',
    description:
      '我们的清水预制楼梯用钢模立式浇筑，冬天和梅雨季脱模时踏步阳角经常粘模掉块，一块楼梯修补要半个多小时，修过的地方颜色还不一样，监理不愿意验收。每月生产楼梯约600块，修补率在15%左右。想找能改进脱模剂和拆模时间控制的办法，最好能来厂里做对比试验。预算10万元，技术服务。',
    keywords: ['预制楼梯', '脱模掉角', '粘模', '修补率'],
    industryChain: 'PREFAB_BUILDING',
    minTrl: null,
    budgetWan: 10,
    cooperationModes: ['TECHNICAL_SERVICE'],
    deadline: '2026-05-31',
    status: 'CLOSED',
    closeReason: 'SOLVED',
    contactName: '张伟',
    contactPhone: '0745-2652087',
    contactEmail: mail('zhuyuan'),
    confidentialDetail: '钢模供应商与现用脱模剂牌号；对比试验记录（已由怀化职院团队完成，修补率降至3%）。',
  },
  {
    key: 'd24',
    org: 'qingyuan',
    title: '河道清出来的淤泥没地方放，想做成建材或种植土',
    description:
      '我们去年中标了几段城区河道和山塘的清淤工程，清出来的淤泥含水率高、有臭味，临时堆在租来的空地上，周边村民投诉，租地也快到期了。想找能把淤泥脱水后做成烧结砖、陶粒或者绿化种植土的技术，要求重金属检测合格、处理成本每吨不超过80元。总量约5万方，预算50万元，技术转让或技术服务都可以。',
    keywords: ['清淤淤泥', '资源化', '脱水', '种植土'],
    industryChain: 'ECOLOGY_ENVIRONMENT',
    minTrl: 6,
    budgetWan: 50,
    cooperationModes: ['ASSIGNMENT', 'TECHNICAL_SERVICE'],
    deadline: '2026-03-31',
    status: 'CLOSED',
    closeReason: 'EXPIRED',
    contactName: '陈静',
    contactPhone: '0745-2297415',
    contactEmail: mail('qingyuan'),
    confidentialDetail: '淤泥取样检测报告（含水率、有机质、重金属）；临时堆场租赁合同到期时间。',
  },
];
