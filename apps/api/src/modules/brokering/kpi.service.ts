import type { EntityManager } from '@mikro-orm/postgresql';
import { INDUSTRY_CHAIN_LABELS, type IndustryChain } from '../listing/listing.enums.js';
import { FUNNEL, MATCH_STAGE_LABELS, MatchStage } from './match-stage.js';
import { ALL_TIME, Granularity, periodOf, periodsPerYear, type DateRange, type Period } from './period.js';
import {
  KpiDimension,
  type FunnelStage,
  type KpiBreakdownRow,
  type ListingsPublishedPeriod,
  type MatchFunnel,
  type StageDuration,
  type TurnoverPeriod,
  type TurnoverReport,
} from './kpi.types.js';

/** The district's target: technology-contract turnover up ≥ 20 % on the year before. */
export const TARGET_GROWTH_PERCENT = 20;

/** Timestamps are bucketed by the district's calendar day. */
const LOCAL_DAY = (column: string) => `(${column} at time zone 'Asia/Shanghai')::date`;
const inRange = (dayExpr: string) => `${dayExpr} >= ?::date and ${dayExpr} < ?::date`;

const PERIOD_EXPR: Record<Granularity, (dayExpr: string) => string> = {
  YEAR: () => '1',
  QUARTER: (d) => `extract(quarter from ${d})::int`,
  MONTH: (d) => `extract(month from ${d})::int`,
};

const STAGE_RANK = `case e.to_stage ${FUNNEL.map((stage, i) => `when '${stage}' then ${i + 1}`).join(' ')} else 0 end`;

interface TurnoverRow {
  p: number;
  amount: string;
  n: number;
  prev_amount: string;
  prev_n: number;
  target: string;
  growth: number | null;
}

/**
 * The bureau's numbers, computed in SQL: money is summed as numeric and leaves the database as text, so
 * no sum ever passes through a float.
 */
export class KpiService {
  constructor(private readonly em: EntityManager) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params);
  }

  /** Confirmed contracts by signing date in the year, by period, each against the same period a year before. */
  async turnover(year: number, granularity: Granularity, asOf?: string | null): Promise<TurnoverReport> {
    const [total] = await this.turnoverRows(year, Granularity.YEAR, asOf);
    const periods = await this.turnoverRows(year, granularity, asOf);
    return { year, granularity, targetGrowthPercent: TARGET_GROWTH_PERCENT, total: total!, periods };
  }

  /** Turnover in any range against the same range a year before (for the monthly and quarterly summaries). */
  async turnoverFor(period: Period, asOf?: string | null): Promise<TurnoverPeriod> {
    const rows = await this.turnoverRows(period.year, period.granularity, asOf);
    return rows.find((row) => row.index === period.index)!;
  }

  private async turnoverRows(
    year: number,
    granularity: Granularity,
    asOf?: string | null,
  ): Promise<TurnoverPeriod[]> {
    const p = PERIOD_EXPR[granularity]('signed_on');
    const cut = asOf ?? '9999-12-30';
    const rows = await this.query<TurnoverRow>(
      `with cur as (
         select ${p} as p, sum(amount_wan) as amount, count(*)::int as n from tech_contract
         where status = 'CONFIRMED' and ${inRange('signed_on')} and signed_on <= ?::date group by 1),
       prev as (
         select ${p} as p, sum(amount_wan) as amount, count(*)::int as n from tech_contract
         where status = 'CONFIRMED' and ${inRange('signed_on')} and signed_on <= (?::date - interval '1 year') group by 1)
       select s.p,
         coalesce(cur.amount, 0)::numeric(16,2)::text as amount, coalesce(cur.n, 0) as n,
         coalesce(prev.amount, 0)::numeric(16,2)::text as prev_amount, coalesce(prev.n, 0) as prev_n,
         (coalesce(prev.amount, 0) * (100 + ?) / 100)::numeric(16,2)::text as target,
         case when prev.amount > 0
           then round((coalesce(cur.amount, 0) - prev.amount) * 100 / prev.amount, 2)::float8 end as growth
       from generate_series(1, ?) as s(p)
       left join cur on cur.p = s.p left join prev on prev.p = s.p
       order by s.p`,
      [
        `${year}-01-01`,
        `${year + 1}-01-01`,
        cut,
        `${year - 1}-01-01`,
        `${year}-01-01`,
        cut,
        TARGET_GROWTH_PERCENT,
        periodsPerYear(granularity),
      ],
    );
    return rows.map((row) => ({
      year,
      index: row.p,
      label: periodOf(granularity, year, row.p).label,
      amountWan: row.amount,
      contractCount: row.n,
      lastYearAmountWan: row.prev_amount,
      lastYearContractCount: row.prev_n,
      targetAmountWan: row.target,
      growthPercent: row.growth,
      meetsTarget: row.growth == null ? null : row.growth >= TARGET_GROWTH_PERCENT,
    }));
  }

  /** Matches created in the range: how many reached each stage, how many stand there now, and the step-to-step conversion. */
  async funnel(range: DateRange = ALL_TIME): Promise<MatchFunnel> {
    const reachedRows = await this.query<{ rank: number; n: number }>(
      `select r.rank, count(*)::int as n from (
         select m.id, max(${STAGE_RANK}) as rank from "match" m join match_event e on e.match_id = m.id
         where ${inRange(LOCAL_DAY('m.created_at'))} group by m.id) r
       group by r.rank`,
      [range.from, range.to],
    );
    const currentRows = await this.query<{ stage: MatchStage; n: number }>(
      `select m.stage, count(*)::int as n from "match" m where ${inRange(LOCAL_DAY('m.created_at'))} group by m.stage`,
      [range.from, range.to],
    );
    const current = new Map(currentRows.map((row) => [row.stage, row.n]));
    const reachedAtLeast = (rank: number) =>
      reachedRows.filter((row) => row.rank >= rank).reduce((sum, row) => sum + row.n, 0);
    const stages: FunnelStage[] = FUNNEL.map((stage, i) => {
      const reached = reachedAtLeast(i + 1);
      const before = i === 0 ? 0 : reachedAtLeast(i);
      return {
        stage,
        label: MATCH_STAGE_LABELS[stage],
        current: current.get(stage) ?? 0,
        reached,
        conversionPercent: i === 0 || before === 0 ? null : Math.round((reached * 1000) / before) / 10,
      };
    });
    return {
      total: currentRows.reduce((sum, row) => sum + row.n, 0),
      closed: current.get(MatchStage.CLOSED) ?? 0,
      stages,
    };
  }

  /** Median days spent in each stage, over the stays that have ended, for matches created in the range. */
  async stageDurations(range: DateRange = ALL_TIME): Promise<StageDuration[]> {
    const rows = await this.query<{ stage: MatchStage; median: number; n: number }>(
      `with stays as (
         select e.to_stage, e.at, lead(e.at) over (partition by e.match_id order by e.at, e.id) as left_at
         from match_event e join "match" m on m.id = e.match_id
         where ${inRange(LOCAL_DAY('m.created_at'))})
       select to_stage as stage, count(*)::int as n,
         round((percentile_cont(0.5) within group (order by extract(epoch from left_at - at) / 86400.0))::numeric, 2)::float8 as median
       from stays where left_at is not null group by to_stage`,
      [range.from, range.to],
    );
    const byStage = new Map(rows.map((row) => [row.stage, row]));
    return FUNNEL.slice(0, -1).map((stage) => ({
      stage,
      label: MATCH_STAGE_LABELS[stage],
      medianDays: byStage.get(stage)?.median ?? null,
      samples: byStage.get(stage)?.n ?? 0,
    }));
  }

  /** Matches (created in the range) and confirmed turnover (signed in the range) by chain, university or enterprise. */
  async breakdown(dimension: KpiDimension, range: DateRange): Promise<KpiBreakdownRow[]> {
    const spec = {
      INDUSTRY_CHAIN: {
        matchKey: 'd.industry_chain::text',
        contractKey: 'c.industry_chain::text',
        kinds: null,
      },
      UNIVERSITY: {
        matchKey: 'a.owner_id::text',
        contractKey: 'c.seller_id::text',
        kinds: `('UNIVERSITY', 'INSTITUTE')`,
      },
      ENTERPRISE: { matchKey: 'd.owner_id::text', contractKey: 'c.buyer_id::text', kinds: `('ENTERPRISE')` },
    }[dimension];
    const rows = await this.query<{
      key: string;
      name: string | null;
      matches: number;
      contracted: number;
      contracts: number;
      amount: string;
    }>(
      `with mm as (
         select ${spec.matchKey} as key, count(*)::int as matches,
           count(*) filter (where m.stage = 'CONTRACTED')::int as contracted
         from "match" m join demand d on d.id = m.demand_id join achievement a on a.id = m.achievement_id
         where ${inRange(LOCAL_DAY('m.created_at'))} group by 1),
       cc as (
         select ${spec.contractKey} as key, count(*)::int as contracts, sum(c.amount_wan) as amount
         from tech_contract c where c.status = 'CONFIRMED' and ${inRange('c.signed_on')} group by 1),
       joined as (
         select coalesce(mm.key, cc.key) as key, coalesce(mm.matches, 0) as matches,
           coalesce(mm.contracted, 0) as contracted, coalesce(cc.contracts, 0) as contracts,
           coalesce(cc.amount, 0) as amount
         from mm full join cc on cc.key = mm.key)
       select j.key, o.name, j.matches, j.contracted, j.contracts, j.amount::numeric(16,2)::text as amount
       from joined j left join organization o on o.id::text = j.key
       ${spec.kinds ? `where o.kind in ${spec.kinds}` : ''}
       order by j.amount desc, j.matches desc, j.key`,
      [range.from, range.to, range.from, range.to],
    );
    return rows.map((row) => ({
      key: row.key,
      label:
        dimension === KpiDimension.INDUSTRY_CHAIN
          ? INDUSTRY_CHAIN_LABELS[row.key as IndustryChain]
          : (row.name ?? row.key),
      matchCount: row.matches,
      contractedMatchCount: row.contracted,
      contractCount: row.contracts,
      turnoverWan: row.amount,
    }));
  }

  /** Achievements and demands published in each period of the year (by publication date). */
  async listingsPublished(year: number, granularity: Granularity): Promise<ListingsPublishedPeriod[]> {
    const day = LOCAL_DAY('published_at');
    const p = PERIOD_EXPR[granularity](day);
    const range = periodOf(Granularity.YEAR, year).range;
    const rows = await this.query<{ p: number; a: number; d: number }>(
      `select s.p, coalesce(a.n, 0) as a, coalesce(d.n, 0) as d
       from generate_series(1, ?) as s(p)
       left join (select ${p} as p, count(*)::int as n from achievement where ${inRange(day)} group by 1) a on a.p = s.p
       left join (select ${p} as p, count(*)::int as n from demand where ${inRange(day)} group by 1) d on d.p = s.p
       order by s.p`,
      [periodsPerYear(granularity), range.from, range.to, range.from, range.to],
    );
    return rows.map((row) => ({
      index: row.p,
      label: periodOf(granularity, year, row.p).label,
      achievements: row.a,
      demands: row.d,
    }));
  }

  /** Counts for a summary period: new matches, matches contracted, listings published, events held. */
  async activity(range: DateRange) {
    const [row] = await this.query<{
      matches: number;
      contracted: number;
      achievements: number;
      demands: number;
      events: number;
    }>(
      `select
         (select count(*)::int from "match" m where ${inRange(LOCAL_DAY('m.created_at'))}) as matches,
         (select count(distinct e.match_id)::int from match_event e where e.to_stage = 'CONTRACTED' and ${inRange(LOCAL_DAY('e.at'))}) as contracted,
         (select count(*)::int from achievement where ${inRange(LOCAL_DAY('published_at'))}) as achievements,
         (select count(*)::int from demand where ${inRange(LOCAL_DAY('published_at'))}) as demands,
         (select count(*)::int from matchmaking_event where ${inRange(LOCAL_DAY('starts_at'))}) as events`,
      [
        range.from,
        range.to,
        range.from,
        range.to,
        range.from,
        range.to,
        range.from,
        range.to,
        range.from,
        range.to,
      ],
    );
    return row!;
  }
}
