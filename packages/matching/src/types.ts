/** An industry-chain code, e.g. `CAMELLIA_OIL`; see `data/chains.json`. */
export type IndustryChain = string;

export type TransferMode = 'ASSIGNMENT' | 'LICENSE' | 'EQUITY' | 'JOINT_DEVELOPMENT' | 'TECHNICAL_SERVICE';

/** A university result awaiting transfer (待转成果). */
export interface AchievementDoc {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  industryChain: IndustryChain;
  trl: number | null;
  transferModes: TransferMode[];
  askingPriceWan: number | null;
}

/** An enterprise technology need (技术需求). */
export interface DemandDoc {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  industryChain: IndustryChain;
  minTrl: number | null;
  budgetWan: number | null;
  cooperationModes: TransferMode[];
  deadline: string | null;
}

export interface MatchHit {
  id: string;
  /** 0–100, one decimal, comparable across queries. */
  score: number;
  /** Chinese sentences: shared concepts, then each constraint's fit or failure. */
  reasons: string[];
}

export interface MatchOptions {
  /** How many hits (default 10). */
  first?: number;
  minScore?: number;
  chains?: IndustryChain[];
  /** YYYY-MM-DD, for the days left before a demand's deadline (default: the UTC date now). */
  today?: string;
  excludeIds?: string[];
  /**
   * The query is a few keywords by design (a saved search), not a listing: no shrink for saying little
   * (`evidenceFactor`), so a listing that covers all of its words can reach a full score.
   */
  keywordQuery?: boolean;
}

/** Options of pair scoring (`scoreForDemand`, `scoreForAchievement`): the list filters but `first`. */
export type PairOptions = Omit<MatchOptions, 'first'>;
