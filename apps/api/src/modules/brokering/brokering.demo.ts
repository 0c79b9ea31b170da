import { chinaDate } from '../../calendar.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { type Organization } from '../organization/organization.entity.js';
import { membersOf, notify } from '../notification/notify.js';
import { Role, User } from '../user/user.entity.js';
import { Interest } from './interest.entity.js';
import { MatchEvent } from './match-event.entity.js';
import { Match } from './match.entity.js';
import {
  stageLabel,
  MatchAction,
  MatchCloseReason,
  MatchOrigin,
  MatchSide,
  MatchStage,
  REVEALED_STAGES,
} from './match-stage.js';
import { MatchmakingEvent, MatchmakingEventKind } from './matchmaking-event.entity.js';
import { TechContract, TechContractStatus, TechContractType } from './tech-contract.entity.js';

type Step = [action: MatchAction, day: string, side?: MatchSide, note?: string];

interface DemoMatch {
  demand: string;
  achievement: string;
  origin: MatchOrigin;
  created: string;
  steps: Step[];
  event?: 'camellia' | 'materials';
  close?: MatchCloseReason;
  contract?: {
    title: string;
    type: TechContractType;
    amountWan: string;
    signedOn: string;
    status?: TechContractStatus;
  };
}

const { INTEREST, MEET, NEGOTIATE, CONTRACT, CLOSE } = MatchAction;
const { DEMAND, ACHIEVEMENT } = MatchSide;

/** Days relative to the seeding day, so overdue and recent matches stay so whenever the demo is loaded. */
const ago = (days: number) => chinaDate(new Date(Date.now() - days * 86_400_000));

const MATCHES: DemoMatch[] = [
  {
    demand: 'd01',
    achievement: 'a01',
    origin: MatchOrigin.RECOMMENDATION,
    created: '2025-02-20',
    steps: [
      [INTEREST, '2025-02-24', DEMAND],
      [INTEREST, '2025-03-01', ACHIEVEMENT],
      [MEET, '2025-03-12', undefined, '在怀化学院油脂实验室现场交流'],
      [NEGOTIATE, '2025-03-28'],
      [CONTRACT, '2025-04-18'],
    ],
    contract: {
      title: '茶油天然抗氧化复配技术转让合同',
      type: TechContractType.TRANSFER,
      amountWan: '120.00',
      signedOn: '2025-04-18',
    },
  },
  {
    demand: 'd07',
    achievement: 'a08',
    origin: MatchOrigin.MANUAL,
    created: '2025-06-05',
    steps: [
      [INTEREST, '2025-06-09', ACHIEVEMENT],
      [INTEREST, '2025-06-20', DEMAND],
      [MEET, '2025-07-08'],
      [NEGOTIATE, '2025-08-01'],
      [CONTRACT, '2025-09-10'],
    ],
    contract: {
      title: '装配式构件 RFID + BIM 追踪系统开发合同',
      type: TechContractType.DEVELOPMENT,
      amountWan: '85.50',
      signedOn: '2025-09-10',
    },
  },
  {
    demand: 'd02',
    achievement: 'a02',
    origin: MatchOrigin.EVENT,
    created: '2025-10-16',
    event: 'camellia',
    steps: [
      [INTEREST, '2025-10-16', DEMAND],
      [INTEREST, '2025-10-30', ACHIEVEMENT],
      [MEET, '2025-12-05'],
      [NEGOTIATE, ago(12), undefined, '中试放大方案与许可费用在谈'],
    ],
    contract: {
      title: '茶油冬化脱蜡工艺技术许可合同',
      type: TechContractType.LICENSE,
      amountWan: '75.00',
      signedOn: ago(3),
      status: TechContractStatus.PENDING,
    },
  },
  {
    demand: 'd03',
    achievement: 'a04',
    origin: MatchOrigin.RECOMMENDATION,
    created: '2026-01-08',
    steps: [
      [INTEREST, '2026-01-10', DEMAND],
      [INTEREST, '2026-01-15', ACHIEVEMENT],
      [MEET, '2026-02-03'],
      [NEGOTIATE, '2026-02-20'],
      [CONTRACT, '2026-03-12'],
    ],
    contract: {
      title: '中药饮片炮制终点在线判别技术许可合同',
      type: TechContractType.LICENSE,
      amountWan: '150.00',
      signedOn: '2026-03-12',
    },
  },
  {
    demand: 'd10',
    achievement: 'a11',
    origin: MatchOrigin.EVENT,
    created: '2026-04-22',
    event: 'materials',
    steps: [
      [INTEREST, '2026-04-22', DEMAND],
      [INTEREST, '2026-04-23', ACHIEVEMENT],
      [MEET, '2026-04-30'],
      [NEGOTIATE, '2026-05-08'],
      [CONTRACT, '2026-05-20'],
    ],
    contract: {
      title: '低应力灌封胶联合开发合同',
      type: TechContractType.DEVELOPMENT,
      amountWan: '98.00',
      signedOn: '2026-05-20',
    },
  },
  {
    demand: 'd12',
    achievement: 'a13',
    origin: MatchOrigin.RECOMMENDATION,
    created: '2026-06-02',
    steps: [
      [INTEREST, '2026-06-03', ACHIEVEMENT],
      [INTEREST, '2026-06-10', DEMAND],
      [MEET, '2026-06-25'],
      [NEGOTIATE, '2026-07-10'],
      [CONTRACT, '2026-08-08'],
    ],
    contract: {
      title: '焊缝视觉纠偏技术转让合同',
      type: TechContractType.TRANSFER,
      amountWan: '60.00',
      signedOn: '2026-08-08',
    },
  },
  {
    demand: 'd04',
    achievement: 'a05',
    origin: MatchOrigin.RECOMMENDATION,
    created: '2026-08-20',
    steps: [
      [INTEREST, '2026-08-22', DEMAND],
      [INTEREST, '2026-09-02', ACHIEVEMENT],
      [MEET, ago(9), undefined, '约定在企业车间试样'],
    ],
  },
  {
    demand: 'd13',
    achievement: 'a14',
    origin: MatchOrigin.MANUAL,
    created: '2026-07-15',
    steps: [
      [INTEREST, '2026-07-16', ACHIEVEMENT],
      [INTEREST, '2026-07-20', DEMAND],
      [MEET, '2026-08-10'],
      [NEGOTIATE, ago(45), undefined, '报价高于预算，商议分期'],
    ],
  },
  {
    demand: 'd05',
    achievement: 'a06',
    origin: MatchOrigin.RECOMMENDATION,
    created: ago(30),
    steps: [
      [INTEREST, ago(28), DEMAND],
      [INTEREST, ago(20), ACHIEVEMENT],
    ],
  },
  {
    demand: 'd06',
    achievement: 'a07',
    origin: MatchOrigin.RECOMMENDATION,
    created: ago(25),
    steps: [[INTEREST, ago(18), DEMAND]],
  },
  {
    demand: 'd16',
    achievement: 'a17',
    origin: MatchOrigin.MANUAL,
    created: ago(6),
    steps: [[INTEREST, ago(4), ACHIEVEMENT]],
  },
  { demand: 'd14', achievement: 'a15', origin: MatchOrigin.MANUAL, created: ago(20), steps: [] },
  {
    demand: 'd09',
    achievement: 'a10',
    origin: MatchOrigin.EVENT,
    created: ago(2),
    event: 'materials',
    steps: [],
  },
  {
    demand: 'd11',
    achievement: 'a12',
    origin: MatchOrigin.RECOMMENDATION,
    created: '2026-03-03',
    steps: [
      [INTEREST, '2026-03-05', DEMAND],
      [INTEREST, '2026-03-09', ACHIEVEMENT],
      [MEET, '2026-04-01'],
      [CLOSE, '2026-05-15', undefined, '低温性能指标未达成一致'],
    ],
    close: MatchCloseReason.NO_AGREEMENT,
  },
];

/** Contracts that did not come from a match on the platform (registered by the bureau from its own records). */
const OTHER_CONTRACTS = [
  {
    title: '文旅夜游项目技术咨询合同',
    type: TechContractType.CONSULTING,
    amountWan: '30.00',
    signedOn: '2025-02-15',
    buyer: 'heming',
    seller: 'hnmu',
    chain: 'CULTURE_TOURISM_TECH',
  },
  {
    title: '政务数据中台运维技术服务合同',
    type: TechContractType.SERVICE,
    amountWan: '40.00',
    signedOn: '2025-11-20',
    buyer: 'wuxiyun',
    seller: 'hhu',
    chain: 'DIGITAL_ECONOMY',
  },
  {
    title: '污水站渗滤液预处理技术服务合同',
    type: TechContractType.SERVICE,
    amountWan: '45.00',
    signedOn: '2026-10-09',
    buyer: 'qingyuan',
    seller: 'hhu',
    chain: 'ECOLOGY_ENVIRONMENT',
  },
] as const;

/** Local noon of a day, so a demo step never falls on the other side of midnight. */
const at = (day: string) => new Date(`${day}T04:00:00Z`);

/**
 * Demo brokering: 14 matches in every stage (some overdue), two matchmaking events, and confirmed
 * contracts in 2025 and 2026 (2026 up by more than the 20 % target), plus one awaiting confirmation.
 * Runs at the end of the demo seed transaction, after the listings and users exist.
 */
export async function seedBrokeringDemo(
  tx: EntityManager,
  orgs: ReadonlyMap<string, Organization>,
): Promise<void> {
  await tx.flush();
  const bureau = await tx.findOneOrFail(
    User,
    { role: Role.BUREAU },
    { orderBy: { createdAt: 'asc', email: 'asc' } },
  );
  const demand = (key: string) =>
    tx.findOneOrFail(Demand, { externalId: `demo-${key}` }, { populate: ['owner'] });
  const achievement = (key: string) =>
    tx.findOneOrFail(Achievement, { externalId: `demo-${key}` }, { populate: ['owner'] });
  const org = (key: string) => {
    const found = orgs.get(key);
    if (!found) {
      throw new Error(`brokering demo names an unknown organisation: ${key}`);
    }
    return found;
  };

  const events = {
    camellia: tx.create(MatchmakingEvent, {
      kind: MatchmakingEventKind.MATCHMAKING_FAIR,
      title: '鹤城区油茶产业科技成果对接会',
      startsAt: new Date('2025-10-16T01:30:00Z'),
      place: '怀化学院科技楼报告厅',
      description: '油茶精深加工方向的成果路演与企业需求发布，现场洽谈。',
      attendeeCount: 46,
      createdAt: at('2025-09-20'),
    }),
    materials: tx.create(MatchmakingEvent, {
      kind: MatchmakingEventKind.UNIVERSITY_VISITS_ENTERPRISE,
      title: '高校进企业·电子材料与新型显示专场',
      startsAt: new Date('2026-04-22T06:00:00Z'),
      place: '鹤城区高新区企业服务中心',
      description: '院所专家走进电子材料与显示企业，现场诊断技术难题。',
      attendeeCount: 31,
      createdAt: at('2026-04-01'),
    }),
  };
  events.camellia.invitedOrganizations.set([org('jinxi'), org('hhu'), org('wxaas'), org('xuefeng')]);
  events.camellia.attendedOrganizations.set([org('jinxi'), org('hhu'), org('wxaas')]);
  events.camellia.achievements.set([
    await achievement('a01'),
    await achievement('a02'),
    await achievement('a03'),
  ]);
  events.camellia.demands.set([await demand('d01'), await demand('d02')]);
  events.materials.invitedOrganizations.set([org('hcmat'), org('heci'), org('jingxian'), org('hhu')]);
  events.materials.attendedOrganizations.set([org('hcmat'), org('heci'), org('jingxian')]);
  events.materials.achievements.set([
    await achievement('a10'),
    await achievement('a11'),
    await achievement('a18'),
  ]);
  events.materials.demands.set([await demand('d09'), await demand('d10')]);

  for (const item of MATCHES) {
    const d = await demand(item.demand);
    const a = await achievement(item.achievement);
    const match = tx.create(Match, {
      demand: d,
      achievement: a,
      origin: item.origin,
      event: item.event ? events[item.event] : null,
      createdBy: bureau,
      stage: MatchStage.PROPOSED,
      stageEnteredAt: at(item.created),
      createdAt: at(item.created),
      updatedAt: at(item.created),
    });
    const members = {
      DEMAND: (await membersOf(tx, [d.owner.id]))[0] ?? bureau,
      ACHIEVEMENT: (await membersOf(tx, [a.owner.id]))[0] ?? bureau,
    };
    tx.create(MatchEvent, {
      match,
      action: 'CREATE',
      toStage: MatchStage.PROPOSED,
      actor: bureau,
      at: at(item.created),
    });
    for (const [action, day, side, note] of item.steps) {
      const from = match.stage;
      const to =
        action === INTEREST
          ? from === MatchStage.PROPOSED
            ? MatchStage.INTERESTED
            : MatchStage.MUTUAL_INTEREST
          : {
              MEET: MatchStage.MEETING,
              NEGOTIATE: MatchStage.NEGOTIATING,
              CONTRACT: MatchStage.CONTRACTED,
              CLOSE: MatchStage.CLOSED,
              INTEREST: from,
            }[action];
      const actor = side ? members[side] : bureau;
      tx.create(MatchEvent, {
        match,
        action,
        fromStage: from,
        toStage: to,
        side: side ?? null,
        actor,
        note: note ?? '',
        at: at(day),
      });
      if (action === INTEREST && side) {
        tx.create(Interest, {
          match,
          side,
          organization: side === DEMAND ? d.owner : a.owner,
          user: actor,
          at: at(day),
        });
        match.interestedSide ??= side;
      }
      match.stage = to;
      match.stageEnteredAt = at(day);
      match.updatedAt = at(day);
      if (REVEALED_STAGES.includes(to) && !match.revealedAt) {
        match.revealedAt = at(day);
      }
    }
    if (item.close) {
      match.closeReason = item.close;
      match.closeNote = item.steps.at(-1)?.[3] ?? null;
    }
    if (item.contract) {
      const confirmed =
        (item.contract.status ?? TechContractStatus.CONFIRMED) === TechContractStatus.CONFIRMED;
      tx.create(TechContract, {
        title: item.contract.title,
        type: item.contract.type,
        amountWan: item.contract.amountWan,
        signedOn: item.contract.signedOn,
        buyer: d.owner,
        seller: a.owner,
        industryChain: d.industryChain,
        match,
        status: item.contract.status ?? TechContractStatus.CONFIRMED,
        submittedBy: confirmed ? bureau : members.DEMAND,
        confirmedBy: confirmed ? bureau : null,
        confirmedAt: confirmed ? at(item.contract.signedOn) : null,
        createdAt: at(item.contract.signedOn),
      });
    }
    notify(tx, await membersOf(tx, [d.owner.id, a.owner.id]), {
      kind: 'MATCH_STAGE',
      title: `对接进展：${stageLabel(match.stage)}`,
      body: `「${d.title}」与「${a.title}」的对接目前处于「${stageLabel(match.stage)}」阶段。`,
      entityType: 'Match',
      entityId: match.id,
    });
  }

  for (const item of OTHER_CONTRACTS) {
    tx.create(TechContract, {
      title: item.title,
      type: item.type,
      amountWan: item.amountWan,
      signedOn: item.signedOn,
      buyer: org(item.buyer),
      seller: org(item.seller),
      industryChain: item.chain as TechContract['industryChain'],
      status: TechContractStatus.CONFIRMED,
      submittedBy: bureau,
      confirmedBy: bureau,
      confirmedAt: at(item.signedOn),
      createdAt: at(item.signedOn),
    });
  }
}
