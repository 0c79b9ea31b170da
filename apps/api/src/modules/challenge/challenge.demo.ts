import { chinaDate } from '../../calendar.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoOrganizations, demoUsers } from '../../demo/demo-data.js';
import { recordAudit } from '../audit/audit.js';
import { IndustryChain } from '../listing/listing.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { addDays } from './challenge-access.js';
import { ChallengeApplication, type TeamMember } from './challenge-application.entity.js';
import { Challenge, type ChallengeTarget } from './challenge.entity.js';
import { ApplicationStatus, ChallengeStatus, MilestoneStatus } from './challenge.enums.js';
import { Milestone } from './milestone.entity.js';
import { ReviewAssignment } from './review-assignment.entity.js';

const DAY = 86_400_000;
type Scores = [number, number, number, number];

interface DemoApplication {
  org: string;
  status: ApplicationStatus;
  budgetWan: number;
  proposal: string;
  feedback?: string;
  /** expert e-mail local part → scores (技术可行性, 团队能力, 预算合理性, 进度安排), or null when assigned but not yet scored */
  reviews?: Record<string, Scores | null>;
}

interface DemoChallenge {
  title: string;
  owner: string | null;
  status: ChallengeStatus;
  chain: IndustryChain;
  bountyWan: number;
  /** days from today; negative is past */
  deadlineInDays: number;
  background: string;
  targets: ChallengeTarget[];
  statusReason?: string;
  applications?: DemoApplication[];
  milestones?: {
    title: string;
    deliverable: string;
    inDays: number;
    status: MilestoneStatus;
    evidence?: string;
    note?: string;
  }[];
}

const target = (indicator: string, targetValue: string, acceptanceMethod: string): ChallengeTarget => ({
  indicator,
  targetValue,
  acceptanceMethod,
});
const members = (lead: string): TeamMember[] => [
  { name: lead, title: '教授', role: '项目负责人' },
  { name: '赵磊', title: '副研究员', role: '工艺与中试' },
  { name: '孙悦', title: '工程师', role: '检测与数据' },
];
const { SUBMITTED, SHORTLISTED, AWARDED, REJECTED } = ApplicationStatus;

/** One challenge in every stage; expert panels never review their own organisation (陈志远·怀化学院, 唐丽华·湖南医药学院). */
const CHALLENGES: DemoChallenge[] = [
  {
    title: '精密主轴热变形在线补偿技术',
    owner: 'hexiang',
    status: ChallengeStatus.DRAFT,
    chain: IndustryChain.ADVANCED_MANUFACTURING,
    bountyWan: 120,
    deadlineInDays: 45,
    background: '数控磨床连续加工 2 小时后主轴热伸长导致尺寸漂移，需在线测温与补偿。',
    targets: [target('热漂移', '≤ 3 μm / 4 h', '连续加工 4 小时首末件比对')],
  },
  {
    title: '储能电池舱低温自加热与均衡控制',
    owner: 'yuanneng',
    status: ChallengeStatus.UNDER_REVIEW,
    chain: IndustryChain.NEW_ENERGY,
    bountyWan: 200,
    deadlineInDays: 40,
    background: '冬季 -10 ℃ 时储能舱可用容量下降 30%，需低能耗自加热与均衡策略。',
    targets: [
      target('-10 ℃ 可用容量', '≥ 90%', '第三方低温箱测试'),
      target('加热能耗', '≤ 3% 额定容量', '能量计量'),
    ],
  },
  {
    title: '茶油冬季发朦的连续化冬化脱蜡工艺',
    owner: 'jinxi',
    status: ChallengeStatus.PUBLISHED,
    chain: IndustryChain.CAMELLIA_OIL,
    bountyWan: 180,
    deadlineInDays: 20,
    background: '瓶装茶油冬天发朦、起白絮，退货率高；现有间歇冬化能耗高、得率低。',
    targets: [
      target('冷冻试验', '0 ℃ ≥ 5.5 h 澄清', 'GB/T 17756 第三方检测'),
      target('得率', '≥ 97%', '三批次生产记录'),
    ],
    applications: [
      { org: 'hhu', status: SUBMITTED, budgetWan: 165, proposal: '梯度降温结晶与膜过滤耦合的连续冬化。' },
      { org: 'wxaas', status: SUBMITTED, budgetWan: 150.5, proposal: '基于油茶籽品种差异的分级冬化工艺。' },
    ],
  },
  {
    title: '黄精九蒸九晒炮制终点的快速判定',
    owner: 'xuefeng',
    status: ChallengeStatus.APPLICATIONS_CLOSED,
    chain: IndustryChain.CHINESE_MEDICINE,
    bountyWan: 90,
    deadlineInDays: -3,
    background: '炮制终点靠老师傅看颜色、尝麻味，批间差异大，需客观、快速的判定方法。',
    targets: [
      target('判定准确率', '≥ 95%', '盲样 200 批比对'),
      target('单次判定时间', '≤ 5 分钟', '现场计时'),
    ],
    applications: [
      {
        org: 'hnmu',
        status: SHORTLISTED,
        budgetWan: 85,
        proposal: '近红外光谱 + 色度联合模型判定炮制终点。',
        reviews: { 'expert.chen': null, 'expert.luo': null },
      },
      {
        org: 'hhu',
        status: SHORTLISTED,
        budgetWan: 88,
        proposal: '电子舌与机器视觉融合的终点判定。',
        reviews: { 'expert.tang': null },
      },
      { org: 'hhvtc', status: SUBMITTED, budgetWan: 60, proposal: '炮制工艺参数标准化与操作规程。' },
    ],
  },
  {
    title: '垃圾渗滤液浓缩液低成本处理',
    owner: null,
    status: ChallengeStatus.EVALUATING,
    chain: IndustryChain.ECOLOGY_ENVIRONMENT,
    bountyWan: 300,
    deadlineInDays: -10,
    background: '区垃圾填埋场渗滤液浓缩液又黑又臭，污水厂不收，外运处置成本高。',
    targets: [target('COD', '≤ 100 mg/L', '环境监测站月检'), target('吨水成本', '≤ 60 元', '运行台账')],
    applications: [
      {
        org: 'hhu',
        status: SHORTLISTED,
        budgetWan: 280,
        proposal: '高级氧化 + 生化组合工艺。',
        reviews: { 'expert.tang': [82, 78, 70, 75], 'expert.luo': [80, 75, 72, 70] },
      },
      {
        org: 'hcmat',
        status: SHORTLISTED,
        budgetWan: 260,
        proposal: '新型催化臭氧化填料与工艺包。',
        reviews: { 'expert.chen': [88, 80, 85, 80], 'expert.tang': null, 'expert.luo': [85, 82, 80, 78] },
      },
      {
        org: 'hnmu',
        status: SHORTLISTED,
        budgetWan: 240,
        proposal: '耐盐菌群强化生化处理。',
        reviews: { 'expert.chen': null, 'expert.luo': [70, 72, 85, 80] },
      },
    ],
  },
  {
    title: '大尺寸面板冷干环境静电放电防护',
    owner: 'jingxian',
    status: ChallengeStatus.AWARDED,
    chain: IndustryChain.NEW_DISPLAY,
    bountyWan: 150,
    deadlineInDays: -30,
    background: '冬季冷干天气产线出现竖线、不亮块，怀疑静电放电损伤。',
    targets: [target('ESD 不良率', '≤ 0.05%', '连续 3 个月良率报表')],
    applications: [
      {
        org: 'hcmat',
        status: AWARDED,
        budgetWan: 140,
        proposal: '离子风 + 导静电涂层的全流程防护。',
        reviews: { 'expert.chen': [90, 85, 80, 85], 'expert.luo': [88, 86, 82, 80] },
      },
      {
        org: 'hhu',
        status: REJECTED,
        budgetWan: 120,
        proposal: '产线静电监测网络。',
        feedback: '方案以监测为主，对降低不良率的路径论证不足。',
        reviews: { 'expert.tang': [72, 80, 85, 75], 'expert.luo': [70, 78, 80, 72] },
      },
    ],
    milestones: [
      {
        title: '产线静电源排查报告',
        deliverable: '全线 ESD 风险点清单与整改方案',
        inDays: 40,
        status: MilestoneStatus.PLANNED,
      },
    ],
  },
  {
    title: '功率模块低应力灌封胶国产替代',
    owner: 'heci',
    status: ChallengeStatus.IN_PROGRESS,
    chain: IndustryChain.ELECTRONIC_MATERIALS,
    bountyWan: 160,
    deadlineInDays: -90,
    background: '冷热循环后灌封胶开裂、把元件扯掉，进口胶价格高、交期长。',
    targets: [
      target('冷热循环', '-40~125 ℃ 1000 次无开裂', '第三方可靠性试验'),
      target('成本', '≤ 进口胶 70%', '采购价格对比'),
    ],
    applications: [
      {
        org: 'hcmat',
        status: AWARDED,
        budgetWan: 150,
        proposal: '低模量有机硅灌封胶配方与工艺。',
        reviews: { 'expert.tang': [90, 88, 80, 82], 'expert.luo': [86, 85, 84, 80] },
      },
      {
        org: 'hhu',
        status: REJECTED,
        budgetWan: 110,
        proposal: '环氧改性灌封胶。',
        feedback: '感谢参与揭榜。经专家评审，本次未被确定为揭榜方。',
        reviews: { 'expert.tang': [70, 75, 85, 70] },
      },
    ],
    milestones: [
      {
        title: '配方定型',
        deliverable: '三种候选配方及性能对比报告',
        inDays: -20,
        status: MilestoneStatus.ACCEPTED,
        evidence: '性能对比报告（附检测数据）',
        note: '符合指标',
      },
      {
        title: '可靠性试验',
        deliverable: '1000 次冷热循环第三方报告',
        inDays: 10,
        status: MilestoneStatus.SUBMITTED,
        evidence: '第三方试验报告 R-2026-118',
      },
      {
        title: '小批量试产',
        deliverable: '500 kg 试产及客户验证',
        inDays: 90,
        status: MilestoneStatus.PLANNED,
      },
    ],
  },
  {
    title: '镉低积累水稻品种筛选与示范',
    owner: 'hefeng',
    status: ChallengeStatus.ACCEPTED,
    chain: IndustryChain.MODERN_AGRICULTURE,
    bountyWan: 80,
    deadlineInDays: -400,
    background: '部分田块稻米镉超标被压价，需镉低积累品种与配套栽培。',
    targets: [
      target('稻米镉含量', '≤ 0.2 mg/kg', '农检中心抽检'),
      target('示范面积', '≥ 500 亩', '现场核查'),
    ],
    applications: [
      {
        org: 'wxaas',
        status: AWARDED,
        budgetWan: 78,
        proposal: '镉低积累品种筛选 + 钝化剂配套栽培。',
        reviews: { 'expert.chen': [92, 90, 85, 88], 'expert.tang': [90, 88, 86, 85] },
      },
    ],
    milestones: [
      {
        title: '品种筛选',
        deliverable: '3 个镉低积累品种',
        inDays: -250,
        status: MilestoneStatus.ACCEPTED,
        evidence: '品种比较试验报告',
        note: '通过',
      },
      {
        title: '500 亩示范',
        deliverable: '示范区抽检报告',
        inDays: -60,
        status: MilestoneStatus.ACCEPTED,
        evidence: '农检中心抽检报告',
        note: '全部达标',
      },
    ],
  },
  {
    title: '装配式构件 RFID 全过程追踪',
    owner: 'zhuyuan',
    status: ChallengeStatus.FAILED,
    chain: IndustryChain.PREFAB_BUILDING,
    bountyWan: 60,
    deadlineInDays: -300,
    background: '构件找不到货、发错楼栋，需从工厂到吊装的全过程追踪。',
    targets: [target('错发率', '≤ 0.1%', '两个项目全过程台账')],
    statusReason: '第二阶段现场试点错发率 0.8%，未达到指标，整改期满仍未通过。',
    applications: [
      {
        org: 'hhvtc',
        status: AWARDED,
        budgetWan: 55,
        proposal: 'RFID + BIM 构件追踪系统。',
        reviews: { 'expert.chen': [78, 75, 80, 70], 'expert.luo': [75, 72, 78, 70] },
      },
    ],
    milestones: [
      {
        title: '系统上线',
        deliverable: '追踪系统与工厂端部署',
        inDays: -200,
        status: MilestoneStatus.ACCEPTED,
        evidence: '上线报告',
        note: '通过',
      },
      {
        title: '现场试点',
        deliverable: '两个项目试点数据',
        inDays: -60,
        status: MilestoneStatus.REJECTED,
        evidence: '试点数据',
        note: '错发率 0.8%，未达标',
      },
    ],
  },
  {
    title: '医用导管表面亲水涂层',
    owner: 'kangxiang',
    status: ChallengeStatus.CANCELLED,
    chain: IndustryChain.HEALTHCARE,
    bountyWan: 100,
    deadlineInDays: -15,
    background: '导管插入阻力大，需稳定的亲水润滑涂层。',
    targets: [target('摩擦系数', '≤ 0.05', '第三方检测')],
    statusReason: '企业已通过技术许可解决，撤销榜单。',
  },
];

const WEIGHTS = [40, 25, 20, 15];
const CRITERIA = ['技术可行性', '团队能力', '预算合理性', '进度安排'];
const PUBLISHED_ONCE: readonly ChallengeStatus[] = [ChallengeStatus.DRAFT, ChallengeStatus.UNDER_REVIEW];
const AWARDED_ONCE: readonly ChallengeStatus[] = [
  ChallengeStatus.AWARDED,
  ChallengeStatus.IN_PROGRESS,
  ChallengeStatus.ACCEPTED,
  ChallengeStatus.FAILED,
];

/** Adds the challenge demo to the seed transaction: one challenge in each stage, with what the stage implies. */
export async function seedChallengeDemo(tx: EntityManager): Promise<void> {
  await tx.flush();
  const orgName = new Map(demoOrganizations.map((o) => [o.key, o.name]));
  const organization = (key: string) => tx.findOneOrFail(Organization, { name: orgName.get(key)! });
  const expertEmail = (local: string) => demoUsers.find((u) => u.email.startsWith(`${local}@`))!.email;
  const bureauUser = await tx.findOneOrFail(User, {
    email: demoUsers.find((u) => u.role === 'BUREAU')!.email,
  });
  const now = Date.now();
  const today = chinaDate();
  const counts = { challenges: 0, applications: 0, assignments: 0, milestones: 0 };

  for (const [index, item] of CHALLENGES.entries()) {
    const owner = item.owner ? await organization(item.owner) : null;
    const deadline = new Date(now + item.deadlineInDays * DAY);
    const challenge = tx.create(Challenge, {
      title: item.title,
      background: item.background,
      targets: item.targets,
      bountyWan: item.bountyWan,
      applicationDeadline: deadline,
      executionStart: addDays(chinaDate(deadline), 30),
      executionEnd: addDays(chinaDate(deadline), 395),
      eligibility: '鹤城区内外高校、科研院所及具备研发能力的企业均可揭榜。',
      industryChain: item.chain,
      status: item.status,
      owner,
      createdById: bureauUser.id,
      statusReason: item.statusReason ?? null,
      publishedAt: PUBLISHED_ONCE.includes(item.status)
        ? null
        : new Date(now + (item.deadlineInDays - 30) * DAY),
      awardedAt: AWARDED_ONCE.includes(item.status) ? new Date(now + (item.deadlineInDays + 20) * DAY) : null,
      publicNoticeEndsOn: AWARDED_ONCE.includes(item.status)
        ? item.status === ChallengeStatus.AWARDED
          ? addDays(today, 4)
          : addDays(chinaDate(deadline), 26)
        : null,
      createdAt: new Date(now - (60 - index) * DAY + item.deadlineInDays * DAY),
    });
    counts.challenges++;
    let winner: ChallengeApplication | null = null;
    for (const entry of item.applications ?? []) {
      const team = await organization(entry.org);
      const application = tx.create(ChallengeApplication, {
        challenge,
        organization: team,
        submittedById: bureauUser.id,
        proposal: entry.proposal,
        approach: '文献与现场调研 → 小试 → 中试 → 产线验证',
        budgetWan: entry.budgetWan,
        plan: '第 1–3 月方案细化，第 4–9 月小试与中试，第 10–12 月产线验证与验收',
        members: members(`${team.name.slice(2, 4)}团队负责人`),
        status: entry.status,
        feedback: entry.feedback ?? null,
      });
      counts.applications++;
      winner = entry.status === AWARDED ? application : winner;
      for (const [local, scores] of Object.entries(entry.reviews ?? {})) {
        const expert = await tx.findOneOrFail(
          User,
          { email: expertEmail(local) },
          { populate: ['organization'] },
        );
        if (expert.organization?.id === team.id) {
          throw new Error(`demo data breaks the conflict-of-interest rule: ${local} reviews ${entry.org}`);
        }
        const weighted = scores ? scores.reduce((sum, s, i) => sum + s * WEIGHTS[i]!, 0) / 100 : 0;
        tx.create(ReviewAssignment, {
          challenge,
          application,
          expert,
          assignedById: bureauUser.id,
          scores: scores ? CRITERIA.map((criterion, i) => ({ criterion, score: scores[i]! })) : null,
          internalComment: scores
            ? `加权 ${weighted} 分；团队此前同类项目经验${weighted >= 80 ? '充分' : '一般'}。`
            : null,
          applicantFeedback: scores
            ? weighted >= 80
              ? '技术路线清晰，建议细化中试放大风险应对。'
              : '建议补充关键指标的验证数据与预算明细。'
            : null,
          submittedAt: scores ? new Date(now + (item.deadlineInDays + 10) * DAY) : null,
        });
        counts.assignments++;
      }
    }
    for (const m of item.milestones ?? []) {
      tx.create(Milestone, {
        challenge,
        application: winner!,
        title: m.title,
        deliverable: m.deliverable,
        plannedDate: addDays(today, m.inDays),
        status: m.status,
        evidence: m.evidence ?? null,
        reviewNote: m.note ?? null,
        submittedAt: m.evidence ? new Date(now + (m.inDays - 3) * DAY) : null,
        decidedAt: m.note ? new Date(now + (m.inDays - 1) * DAY) : null,
      });
      counts.milestones++;
    }
  }
  recordAudit(tx, {
    actorId: null,
    entityType: 'Database',
    entityId: 'demo',
    action: 'seed-challenge-demo',
    after: counts,
  });
}
