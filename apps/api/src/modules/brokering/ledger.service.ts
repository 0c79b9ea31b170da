import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import {
  INDUSTRY_CHAIN_LABELS,
  LISTING_STATUS_LABELS,
  type ListingStatus,
  type TransferMode,
} from '../listing/listing.enums.js';
import { followUpDays, overdueCondition } from './follow-up.js';
import { KpiService, TARGET_GROWTH_PERCENT } from './kpi.service.js';
import { KpiDimension, type KpiBreakdownRow, type TurnoverPeriod } from './kpi.types.js';
import type { CellValue, Ledger, LedgerColumn, LedgerSheet } from './ledger-format.js';
import { MatchEvent } from './match-event.entity.js';
import { Match } from './match.entity.js';
import { MATCH_POPULATE } from './match-pipeline.js';
import {
  MATCH_ACTION_LABELS,
  MATCH_CLOSE_REASON_LABELS,
  MATCH_ORIGIN_LABELS,
  MATCH_STAGE_LABELS,
  stageLabel,
  type MatchAction,
} from './match-stage.js';
import { Granularity, parsePeriod, periodOf, type DateRange, type Period } from './period.js';
import {
  TECH_CONTRACT_STATUS_LABELS,
  TECH_CONTRACT_TYPE_LABELS,
  TechContract,
  type TechContractStatus,
} from './tech-contract.entity.js';

export const LEDGER_NAMES = [
  'demands',
  'achievements',
  'matches',
  'contracts',
  'monthly',
  'quarterly',
] as const;
export type LedgerName = (typeof LEDGER_NAMES)[number];

const MODE_LABELS: Record<TransferMode, string> = {
  ASSIGNMENT: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  JOINT_DEVELOPMENT: '合作开发',
  TECHNICAL_SERVICE: '技术服务',
};
const IP_LABELS: Record<string, string> = {
  INVENTION_PATENT: '发明专利',
  UTILITY_MODEL: '实用新型',
  SOFTWARE_COPYRIGHT: '软件著作权',
  PLANT_VARIETY: '植物新品种',
  KNOW_HOW: '技术秘密',
  NONE: '无',
};

const CHINA_OFFSET = 8 * 3_600_000;
/** Local (Asia/Shanghai) date and time, `2026-03-01 09:30`. */
export const localTime = (date: Date | null | undefined) =>
  date ? new Date(date.getTime() + CHINA_OFFSET).toISOString().slice(0, 16).replace('T', ' ') : null;
export const localDate = (date: Date | null | undefined) => localTime(date)?.slice(0, 10) ?? null;
const localDayToUtc = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET);
const createdIn = (range: DateRange | null) =>
  range ? { createdAt: { $gte: localDayToUtc(range.from), $lt: localDayToUtc(range.to) } } : {};
const dash = (value: number | null) => (value === null ? '—' : value);
const yesNo = (value: boolean | null) => (value === null ? '—' : value ? '是' : '否');

const col = (header: string, width?: number, kind?: LedgerColumn['kind']): LedgerColumn => ({
  header,
  width,
  kind,
});

const CONTRACT_COLUMNS = [
  col('合同名称', 36),
  col('合同类型', 10),
  col('成交额（万元）', 14, 'amount'),
  col('签订日期', 12),
  col('委托方/受让方', 28),
  col('受托方/转让方', 28),
  col('产业链', 16),
  col('来源对接', 48),
  col('揭榜挂帅榜单编号', 38),
  col('登记状态', 10),
  col('确认时间', 18),
];

const MATCH_COLUMNS = [
  col('对接编号', 38),
  col('需求', 36),
  col('企业', 28),
  col('成果', 36),
  col('高校院所', 28),
  col('产业链', 16),
  col('来源', 12),
  col('当前阶段', 12),
  col('进入阶段时间', 18),
  col('待跟进', 8),
  col('关闭原因', 16),
  col('对接活动', 28),
  col('创建时间', 18),
  col('阶段历程', 80),
];

/** The bureau's ledgers (台账) and summaries (月调度、季讲评), as sheets ready to write as XLSX or CSV. */
export class LedgerService {
  constructor(private readonly em: EntityManager) {}

  async build(name: LedgerName, periodText: string | null, now = new Date()): Promise<Ledger> {
    switch (name) {
      case 'demands':
      case 'achievements':
      case 'matches':
      case 'contracts': {
        const period = periodText ? parsePeriod(periodText) : null;
        const suffix = period ? `（${period.label}）` : '';
        const file = `${name}${period ? `-${periodText!.trim()}` : ''}`;
        const sheets =
          name === 'demands'
            ? [await this.demandSheet(period?.range ?? null)]
            : name === 'achievements'
              ? [await this.achievementSheet(period?.range ?? null)]
              : name === 'matches'
                ? await this.matchSheets(period?.range ?? null, now)
                : [await this.contractSheet(period?.range ?? null)];
        const titles = {
          demands: '技术需求台账',
          achievements: '待转成果台账',
          matches: '对接台账',
          contracts: '技术合同台账',
        };
        return { fileName: file, title: `${titles[name]}${suffix}`, sheets };
      }
      case 'monthly':
      case 'quarterly': {
        const granularity = name === 'monthly' ? Granularity.MONTH : Granularity.QUARTER;
        const period = periodText ? parsePeriod(periodText, granularity) : currentPeriod(granularity, now);
        return this.summary(period, now);
      }
    }
  }

  private async demandSheet(range: DateRange | null): Promise<LedgerSheet> {
    const demands = await this.em.find(Demand, createdIn(range), {
      populate: ['owner'],
      orderBy: { createdAt: 'asc', id: 'asc' },
    });
    return {
      name: '技术需求',
      columns: [
        col('编号', 16),
        col('需求名称', 36),
        col('企业', 28),
        col('产业链', 16),
        col('状态', 8),
        col('预算（万元）', 12, 'amount'),
        col('最低成熟度', 10, 'number'),
        col('合作方式', 20),
        col('截止日期', 12),
        col('联系人', 10),
        col('联系电话', 16),
        col('联系邮箱', 24),
        col('发布日期', 12),
        col('登记日期', 12),
      ],
      rows: demands.map((d): CellValue[] => [
        d.externalId ?? null,
        d.title,
        d.owner.name,
        INDUSTRY_CHAIN_LABELS[d.industryChain],
        LISTING_STATUS_LABELS[d.status as ListingStatus],
        d.budgetWan == null ? null : Number(d.budgetWan).toFixed(2),
        d.minTrl ?? null,
        d.cooperationModes.map((m) => MODE_LABELS[m]).join('、'),
        d.deadline ?? null,
        d.contactName,
        d.contactPhone,
        d.contactEmail,
        localDate(d.publishedAt),
        localDate(d.createdAt),
      ]),
    };
  }

  private async achievementSheet(range: DateRange | null): Promise<LedgerSheet> {
    const achievements = await this.em.find(Achievement, createdIn(range), {
      populate: ['owner'],
      orderBy: { createdAt: 'asc', id: 'asc' },
    });
    return {
      name: '待转成果',
      columns: [
        col('编号', 16),
        col('成果名称', 36),
        col('单位', 28),
        col('产业链', 16),
        col('状态', 8),
        col('知识产权类型', 12),
        col('成熟度', 8, 'number'),
        col('转化方式', 20),
        col('报价（万元）', 12, 'amount'),
        col('团队', 16),
        col('联系人', 10),
        col('联系电话', 16),
        col('联系邮箱', 24),
        col('发布日期', 12),
        col('登记日期', 12),
      ],
      rows: achievements.map((a): CellValue[] => [
        a.externalId ?? null,
        a.title,
        a.owner.name,
        INDUSTRY_CHAIN_LABELS[a.industryChain],
        LISTING_STATUS_LABELS[a.status as ListingStatus],
        IP_LABELS[a.ipType] ?? a.ipType,
        a.trl ?? null,
        a.transferModes.map((m) => MODE_LABELS[m]).join('、'),
        a.askingPriceWan == null ? null : Number(a.askingPriceWan).toFixed(2),
        a.team ?? null,
        a.contactName,
        a.contactPhone,
        a.contactEmail,
        localDate(a.publishedAt),
        localDate(a.createdAt),
      ]),
    };
  }

  /** One row per match (its history in one cell, for CSV), and one row per stage change. */
  private async matchSheets(
    range: DateRange | null,
    now: Date,
    where: FilterQuery<Match> = createdIn(range),
  ): Promise<LedgerSheet[]> {
    const matches = await this.em.find(Match, where, {
      populate: MATCH_POPULATE,
      orderBy: { createdAt: 'asc', id: 'asc' },
    });
    const events = matches.length
      ? await this.em.find(
          MatchEvent,
          { match: { $in: matches.map((m) => m.id) } },
          { populate: ['actor.organization'], orderBy: { at: 'asc', id: 'asc' } },
        )
      : [];
    const byMatch = new Map<string, MatchEvent[]>();
    for (const event of events) {
      byMatch.set(event.match.id, [...(byMatch.get(event.match.id) ?? []), event]);
    }
    const days = await followUpDays(this.em);
    const overdue = new Set(
      (
        await this.em.find(
          Match,
          { $and: [overdueCondition(days, now), { id: { $in: matches.map((m) => m.id) } }] },
          { fields: ['id'] },
        )
      ).map((m) => m.id),
    );
    const actorLabel = (event: MatchEvent) =>
      !event.actor
        ? '系统'
        : event.actor.role === 'BUREAU'
          ? '科技局'
          : (event.actor.organization?.name ?? '成员');
    const actionLabel = (event: MatchEvent) =>
      event.action === 'CREATE'
        ? '创建对接'
        : (MATCH_ACTION_LABELS[event.action as MatchAction] ?? event.action);
    return [
      {
        name: '对接',
        columns: MATCH_COLUMNS,
        rows: matches.map((m): CellValue[] => [
          m.id,
          m.demand.title,
          m.demand.owner.name,
          m.achievement.title,
          m.achievement.owner.name,
          INDUSTRY_CHAIN_LABELS[m.demand.industryChain],
          MATCH_ORIGIN_LABELS[m.origin],
          stageLabel(m.stage),
          localTime(m.stageEnteredAt),
          overdue.has(m.id) ? '是' : '否',
          m.closeReason ? MATCH_CLOSE_REASON_LABELS[m.closeReason] : null,
          m.event?.title ?? null,
          localTime(m.createdAt),
          (byMatch.get(m.id) ?? [])
            .map((e) => `${localTime(e.at)} ${MATCH_STAGE_LABELS[e.toStage]}`)
            .join(' → '),
        ]),
      },
      {
        name: '阶段记录',
        columns: [
          col('对接编号', 38),
          col('需求', 36),
          col('成果', 36),
          col('时间', 18),
          col('动作', 12),
          col('原阶段', 12),
          col('新阶段', 12),
          col('操作方', 28),
          col('备注', 48),
        ],
        rows: matches.flatMap((m) =>
          (byMatch.get(m.id) ?? []).map((e): CellValue[] => [
            m.id,
            m.demand.title,
            m.achievement.title,
            localTime(e.at),
            actionLabel(e),
            e.fromStage ? MATCH_STAGE_LABELS[e.fromStage] : null,
            MATCH_STAGE_LABELS[e.toStage],
            actorLabel(e),
            e.note || null,
          ]),
        ),
      },
    ];
  }

  private async contractSheet(range: DateRange | null, name = '技术合同'): Promise<LedgerSheet> {
    const contracts = await this.em.find(
      TechContract,
      range ? { signedOn: { $gte: range.from, $lt: range.to } } : {},
      {
        populate: ['buyer', 'seller', 'match.demand', 'match.achievement'],
        orderBy: { signedOn: 'asc', createdAt: 'asc' },
      },
    );
    return {
      name,
      columns: CONTRACT_COLUMNS,
      rows: contracts.map((c): CellValue[] => [
        c.title,
        TECH_CONTRACT_TYPE_LABELS[c.type],
        c.amountWan,
        c.signedOn,
        c.buyer.name,
        c.seller.name,
        INDUSTRY_CHAIN_LABELS[c.industryChain],
        c.match ? `${c.match.demand.title} — ${c.match.achievement.title}` : null,
        c.challengeId ?? null,
        TECH_CONTRACT_STATUS_LABELS[c.status as TechContractStatus],
        localTime(c.confirmedAt),
      ]),
    };
  }

  /** 月调度 / 季讲评: the period's turnover against last year and the target, activity, funnel, details. */
  private async summary(period: Period, now: Date): Promise<Ledger> {
    const kpi = new KpiService(this.em);
    const lastDay = new Date(Date.parse(`${period.range.to}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const turnover = await kpi.turnoverFor(period);
    const ytd = (await kpi.turnover(period.year, Granularity.YEAR, lastDay)).total;
    const activity = await kpi.activity(period.range);
    const days = await followUpDays(this.em);
    const overdueCount = await this.em.count(Match, overdueCondition(days, now));
    const funnel = await kpi.funnel(periodOf(Granularity.YEAR, period.year).range);
    const unit = period.granularity === Granularity.MONTH ? '本月' : '本季度';
    const overview: LedgerSheet = {
      name: '概况',
      columns: [col('指标', 30), col('数值', 20)],
      rows: [
        ['统计期', period.label],
        [`${unit}技术合同成交额（万元）`, turnover.amountWan],
        [`${unit}技术合同数（项）`, turnover.contractCount],
        ['上年同期成交额（万元）', turnover.lastYearAmountWan],
        ['同比增长（%）', dash(turnover.growthPercent)],
        ['目标增幅（%）', TARGET_GROWTH_PERCENT],
        ['目标成交额（万元）', turnover.targetAmountWan],
        ['是否达到目标', yesNo(turnover.meetsTarget)],
        ['本年累计成交额（万元）', ytd.amountWan],
        ['上年同期累计成交额（万元）', ytd.lastYearAmountWan],
        ['累计同比增长（%）', dash(ytd.growthPercent)],
        [`${unit}新增对接（项）`, activity.matches],
        [`${unit}新签约对接（项）`, activity.contracted],
        [`${unit}发布成果（项）`, activity.achievements],
        [`${unit}发布需求（项）`, activity.demands],
        [`${unit}对接活动（场）`, activity.events],
        ['当前待跟进对接（项）', overdueCount],
      ],
    };
    const funnelSheet: LedgerSheet = {
      name: '对接漏斗',
      columns: [
        col('阶段', 14),
        col('当前数量', 10, 'number'),
        col('累计到达', 10, 'number'),
        col('转化率（%）', 12),
      ],
      rows: funnel.stages.map((s) => [s.label, s.current, s.reached, dash(s.conversionPercent)]),
    };
    const overdueSheet = (await this.matchSheets(null, now, overdueCondition(days, now)))[0]!;
    const sheets = [
      overview,
      funnelSheet,
      await this.contractSheet(period.range, `${unit}合同`),
      { ...overdueSheet, name: '待跟进对接' },
    ];
    if (period.granularity === Granularity.QUARTER) {
      const months = (await kpi.turnover(period.year, Granularity.MONTH)).periods.slice(
        (period.index - 1) * 3,
        period.index * 3,
      );
      sheets.splice(1, 0, turnoverSheet('分月成交', months));
      for (const [dimension, label] of [
        [KpiDimension.INDUSTRY_CHAIN, '分产业链'],
        [KpiDimension.UNIVERSITY, '分高校院所'],
        [KpiDimension.ENTERPRISE, '分企业'],
      ] as const) {
        sheets.push(breakdownSheet(label, await kpi.breakdown(dimension, period.range)));
      }
    }
    const kind = period.granularity === Granularity.MONTH ? 'monthly' : 'quarterly';
    const title = period.granularity === Granularity.MONTH ? '月调度' : '季讲评';
    return { fileName: `${kind}-${periodCode(period)}`, title: `${title}（${period.label}）`, sheets };
  }
}

function turnoverSheet(name: string, rows: TurnoverPeriod[]): LedgerSheet {
  return {
    name,
    columns: [
      col('统计期', 16),
      col('成交额（万元）', 14, 'amount'),
      col('合同数', 8, 'number'),
      col('上年同期（万元）', 14, 'amount'),
      col('同比增长（%）', 12),
      col('是否达标', 8),
    ],
    rows: rows.map((r) => [
      r.label,
      r.amountWan,
      r.contractCount,
      r.lastYearAmountWan,
      dash(r.growthPercent),
      yesNo(r.meetsTarget),
    ]),
  };
}

function breakdownSheet(name: string, rows: KpiBreakdownRow[]): LedgerSheet {
  return {
    name,
    columns: [
      col(name.slice(1), 28),
      col('新增对接', 10, 'number'),
      col('已签约对接', 10, 'number'),
      col('合同数', 8, 'number'),
      col('成交额（万元）', 14, 'amount'),
    ],
    rows: rows.map((r) => [r.label, r.matchCount, r.contractedMatchCount, r.contractCount, r.turnoverWan]),
  };
}

const periodCode = (period: Period) =>
  period.granularity === Granularity.MONTH
    ? `${period.year}-${String(period.index).padStart(2, '0')}`
    : `${period.year}-Q${period.index}`;

function currentPeriod(granularity: Granularity, now: Date): Period {
  const local = new Date(now.getTime() + CHINA_OFFSET);
  const month = local.getUTCMonth() + 1;
  return periodOf(
    granularity,
    local.getUTCFullYear(),
    granularity === Granularity.MONTH ? month : Math.ceil(month / 3),
  );
}
