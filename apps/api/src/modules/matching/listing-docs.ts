import type { AchievementDoc, DemandDoc } from '@ttp/matching';
import type { Achievement } from '../achievement/achievement.entity.js';
import type { Demand } from '../demand/demand.entity.js';

export function achievementDoc(a: Achievement): AchievementDoc {
  return {
    id: a.id,
    title: a.title,
    summary: a.summary,
    keywords: a.keywords,
    industryChain: a.industryChain,
    trl: a.trl ?? null,
    transferModes: a.transferModes,
    askingPriceWan: a.askingPriceWan ?? null,
  };
}

export function demandDoc(d: Demand): DemandDoc {
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    keywords: d.keywords,
    industryChain: d.industryChain,
    minTrl: d.minTrl ?? null,
    budgetWan: d.budgetWan ?? null,
    cooperationModes: d.cooperationModes,
    deadline: d.deadline ?? null,
  };
}
