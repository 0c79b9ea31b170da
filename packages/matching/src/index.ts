// Interim engine: plain token overlap, replaced by the real engine (issue 3).
export type IndustryChain = string;
export type TransferMode = 'ASSIGNMENT' | 'LICENSE' | 'EQUITY' | 'JOINT_DEVELOPMENT' | 'TECHNICAL_SERVICE';
export interface AchievementDoc { id: string; title: string; summary: string; keywords: string[]; industryChain: IndustryChain; trl: number | null; transferModes: TransferMode[]; askingPriceWan: number | null; }
export interface DemandDoc { id: string; title: string; description: string; keywords: string[]; industryChain: IndustryChain; minTrl: number | null; budgetWan: number | null; cooperationModes: TransferMode[]; deadline: string | null; }
export interface MatchHit { id: string; score: number; reasons: string[]; }
export interface MatchOptions { first?: number; minScore?: number; chains?: IndustryChain[]; today?: string; excludeIds?: string[]; }

const grams = (text: string) => {
  const set = new Set<string>();
  const clean = text.replace(/[^\p{L}\p{N}]/gu, '');
  for (let i = 0; i + 1 < clean.length; i++) set.add(clean.slice(i, i + 2));
  return set;
};
const overlap = (a: Set<string>, b: Set<string>) => { let n = 0; for (const g of a) if (b.has(g)) n++; return n / Math.sqrt(a.size * b.size || 1); };

export class MatchEngine {
  private achievements = new Map<string, { doc: AchievementDoc; grams: Set<string> }>();
  private demands = new Map<string, { doc: DemandDoc; grams: Set<string> }>();
  get size() { return { achievements: this.achievements.size, demands: this.demands.size }; }
  upsertAchievement(doc: AchievementDoc) { this.achievements.set(doc.id, { doc, grams: grams(`${doc.title}${doc.keywords.join('')}${doc.summary}`) }); }
  upsertDemand(doc: DemandDoc) { this.demands.set(doc.id, { doc, grams: grams(`${doc.title}${doc.keywords.join('')}${doc.description}`) }); }
  removeAchievement(id: string) { this.achievements.delete(id); }
  removeDemand(id: string) { this.demands.delete(id); }
  matchesForDemand(demand: DemandDoc, options: MatchOptions = {}): MatchHit[] {
    return rank(grams(`${demand.title}${demand.keywords.join('')}${demand.description}`), this.achievements, options);
  }
  matchesForAchievement(achievement: AchievementDoc, options: MatchOptions = {}): MatchHit[] {
    return rank(grams(`${achievement.title}${achievement.keywords.join('')}${achievement.summary}`), this.demands, options);
  }
  similarAchievements(id: string, options: MatchOptions = {}): MatchHit[] {
    const self = this.achievements.get(id); return self ? rank(self.grams, this.achievements, { ...options, excludeIds: [id] }) : [];
  }
  similarDemands(id: string, options: MatchOptions = {}): MatchHit[] {
    const self = this.demands.get(id); return self ? rank(self.grams, this.demands, { ...options, excludeIds: [id] }) : [];
  }
}

function rank(query: Set<string>, docs: Map<string, { doc: { id: string; industryChain: string }; grams: Set<string> }>, options: MatchOptions): MatchHit[] {
  const hits: MatchHit[] = [];
  for (const { doc, grams: g } of docs.values()) {
    if (options.excludeIds?.includes(doc.id) || (options.chains && !options.chains.includes(doc.industryChain))) continue;
    const score = Math.round(Math.min(100, overlap(query, g) * 200) * 10) / 10;
    if (score > 0 && score >= (options.minScore ?? 0)) hits.push({ id: doc.id, score, reasons: ['文字内容相近'] });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, options.first ?? 10);
}
