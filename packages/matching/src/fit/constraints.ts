import type { AchievementDoc, DemandDoc, TransferMode } from '../types.js';
import { chainLabel, chainRelation } from './chains.js';

/** How much each kind of misfit lowers a score (the topic match counts first; constraints rank). */
export const FIT = {
  chain: { same: 1, neighbour: 0.93, other: 0.93, different: 0.8 },
  trlShortByOne: 0.9,
  trlShortByMore: 0.75,
  priceWithinMargin: 0.96,
  priceOver: 0.8,
  priceMargin: 1.5,
  noSharedMode: 0.85,
};

const MODE_LABELS: Record<TransferMode, string> = {
  ASSIGNMENT: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  JOINT_DEVELOPMENT: '合作开发',
  TECHNICAL_SERVICE: '技术服务',
};

export interface Fit {
  factor: number;
  reasons: string[];
}

/** Industry-chain fit between any two listings. */
export function chainFit(a: string, b: string): Fit {
  const relation = chainRelation(a, b);
  const reasons = {
    same: `产业链相同：${chainLabel(a)}`,
    neighbour: `相邻产业链：${chainLabel(a)} ↔ ${chainLabel(b)}`,
    other: `产业链未归类：${chainLabel(a)} / ${chainLabel(b)}`,
    different: `产业链不同：${chainLabel(a)} / ${chainLabel(b)}`,
  };
  return { factor: FIT.chain[relation], reasons: [reasons[relation]] };
}

/**
 * What the fit factors (`chainFit`, `constraintFactor`) read of an achievement, as a key: two listings
 * with the same key fit every demand alike. Keep in step with those functions.
 */
export function achievementProfile(a: AchievementDoc): string {
  return `${a.industryChain}|${a.trl}|${a.askingPriceWan}|${a.transferModes.join(',')}`;
}

/** What the fit factors read of a demand, as a key (see `achievementProfile`). */
export function demandProfile(d: DemandDoc): string {
  return `${d.industryChain}|${d.minTrl}|${d.budgetWan}|${d.cooperationModes.join(',')}`;
}

/** The score factor of TRL, price and cooperation mode, without building reasons (hot path). */
export function constraintFactor(demand: DemandDoc, achievement: AchievementDoc): number {
  let factor = 1;
  const { trl, askingPriceWan: price, transferModes: offered } = achievement;
  const { minTrl, budgetWan: budget, cooperationModes: wanted } = demand;
  if (trl !== null && minTrl !== null && trl < minTrl) {
    factor *= minTrl - trl === 1 ? FIT.trlShortByOne : FIT.trlShortByMore;
  }
  if (price !== null && budget !== null && price > budget) {
    factor *= price <= budget * FIT.priceMargin ? FIT.priceWithinMargin : FIT.priceOver;
  }
  if (offered.length > 0 && wanted.length > 0 && !wanted.some((mode) => offered.includes(mode))) {
    factor *= FIT.noSharedMode;
  }
  return factor;
}

/** TRL, price and cooperation mode of an achievement against a demand (not the deadline). */
export function constraintFit(demand: DemandDoc, achievement: AchievementDoc, withReasons: boolean): Fit {
  let factor = 1;
  const reasons: string[] = [];
  const { trl, askingPriceWan: price } = achievement;
  const { minTrl, budgetWan: budget } = demand;
  if (trl !== null && minTrl !== null) {
    if (trl >= minTrl) {
      reasons.push(`技术成熟度 TRL ${trl} ≥ 需求最低 ${minTrl}`);
    } else {
      factor *= minTrl - trl === 1 ? FIT.trlShortByOne : FIT.trlShortByMore;
      reasons.push(`技术成熟度 TRL ${trl} 低于需求最低 ${minTrl}`);
    }
  } else if (minTrl !== null) {
    reasons.push(`成果未标明技术成熟度（需求最低 TRL ${minTrl}）`);
  }
  if (price !== null && budget !== null) {
    if (price <= budget) {
      reasons.push(`报价 ${price} 万元在预算 ${budget} 万元以内`);
    } else if (price <= budget * FIT.priceMargin) {
      factor *= FIT.priceWithinMargin;
      reasons.push(`报价 ${price} 万元略超预算 ${budget} 万元（1.5 倍以内，可议）`);
    } else {
      factor *= FIT.priceOver;
      reasons.push(`报价 ${price} 万元超出预算 ${budget} 万元`);
    }
  } else if (budget !== null) {
    reasons.push(`成果报价面议（需求预算 ${budget} 万元）`);
  }
  const offered = achievement.transferModes;
  const wanted = demand.cooperationModes;
  if (offered.length > 0 && wanted.length > 0) {
    const shared = wanted.filter((mode) => offered.includes(mode));
    if (shared.length > 0) {
      reasons.push(`合作方式一致：${shared.map((mode) => MODE_LABELS[mode]).join('、')}`);
    } else {
      factor *= FIT.noSharedMode;
      reasons.push(`合作方式不一致：需求要${labels(wanted)}，成果提供${labels(offered)}`);
    }
  }
  return { factor, reasons: withReasons ? reasons : [] };
}

function labels(modes: TransferMode[]): string {
  return modes.map((mode) => MODE_LABELS[mode] ?? mode).join('或');
}

/** The days left before a demand's deadline: reported, never scored. */
export function deadlineReason(deadline: string | null, today: string): string | null {
  if (!deadline) {
    return null;
  }
  const days = Math.round(
    (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  if (Number.isNaN(days)) {
    return null;
  }
  return days >= 0 ? `需求截止 ${deadline}，剩余 ${days} 天` : `需求已于 ${deadline} 截止（${-days} 天前）`;
}
