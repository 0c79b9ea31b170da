import { type Query, buildQuery, shareRelatedEvidence } from '../index/scorer.js';
import { type AnalyzedDoc, Analyzer } from '../text/analyzer.js';
import {
  achievementProfile,
  chainFit,
  constraintFactor,
  constraintFit,
  deadlineReason,
  demandProfile,
} from '../fit/constraints.js';
import type {
  AchievementDoc,
  DemandDoc,
  IndustryChain,
  MatchHit,
  MatchOptions,
  PairOptions,
} from '../types.js';
import { calibrate, evidenceFactor } from './calibration.js';
import { contentReasons } from './reasons.js';
import { RERANK, conceptCoverage, coverageFactor, queryTerms, titleCoverage } from './rerank.js';
import { type Candidate, type RankOptions, Side } from './side.js';

let sharedAnalyzer: Analyzer | null = null;

/**
 * The matching engine: enterprise demands against university achievements, both ways, with a score
 * 0–100 comparable across queries and reasons in Chinese. Everything is in memory; upserts and
 * removals are incremental.
 */
export class MatchEngine {
  private readonly analyzer: Analyzer;
  private readonly achievements = new Side<AchievementDoc>(achievementProfile);
  private readonly demands = new Side<DemandDoc>(demandProfile);

  constructor(analyzer?: Analyzer) {
    this.analyzer = analyzer ?? (sharedAnalyzer ??= new Analyzer());
  }

  get size(): { achievements: number; demands: number } {
    return { achievements: this.achievements.size, demands: this.demands.size };
  }

  upsertAchievement(doc: AchievementDoc): void {
    this.achievements.upsert(doc, this.analyzeAchievement(doc));
  }

  upsertDemand(doc: DemandDoc): void {
    this.demands.upsert(doc, this.analyzeDemand(doc));
  }

  /** Bulk load: the same as upserting each, with posting lists sized once. */
  loadAchievements(docs: readonly AchievementDoc[]): void {
    this.achievements.load(docs.map((doc) => ({ doc, analyzed: this.analyzeAchievement(doc) })));
  }

  loadDemands(docs: readonly DemandDoc[]): void {
    this.demands.load(docs.map((doc) => ({ doc, analyzed: this.analyzeDemand(doc) })));
  }

  removeAchievement(id: string): void {
    this.achievements.remove(id);
  }

  removeDemand(id: string): void {
    this.demands.remove(id);
  }

  /** Achievements that answer a demand (which may or may not be in the index). */
  matchesForDemand(demand: DemandDoc, options: MatchOptions = {}): MatchHit[] {
    const query = this.demandQuery(demand);
    return this.run(
      this.achievements,
      query,
      options,
      demand.industryChain,
      this.demandFit(demand, query, options),
    );
  }

  /** Demands that an achievement (which may or may not be in the index) could answer. */
  matchesForAchievement(achievement: AchievementDoc, options: MatchOptions = {}): MatchHit[] {
    const query = buildQuery(this.analyzer, this.analyzeAchievement(achievement));
    return this.run(
      this.demands,
      query,
      options,
      achievement.industryChain,
      this.achievementFit(achievement, options),
    );
  }

  /**
   * The hit of one indexed achievement for a demand: exactly the hit (score, reasons) that
   * `matchesForDemand(demand, options)` gives it whenever it is in that list, for any `first` — both
   * stages score each listing on its own (the second stage reweighs every candidate the first stage
   * passes on, and its factors depend only on the demand, the listing and the index's statistics), so
   * a listing's score does not depend on its rank. `null` when the achievement is not indexed, is
   * excluded (`excludeIds`, `chains`), scores 0 or rounds below `minScore` — i.e. when
   * `matchesForDemand(demand, { ...options, first: Infinity })` would not list it. Costs one listing's
   * worth of scoring (its forward list against the demand's terms) instead of a ranking of the index.
   */
  scoreForDemand(demand: DemandDoc, achievementId: string, options: PairOptions = {}): MatchHit | null {
    const query = this.demandQuery(demand);
    return this.pair(
      this.achievements,
      query,
      achievementId,
      options,
      demand.industryChain,
      this.demandFit(demand, query, options),
    );
  }

  /** The mirror of `scoreForDemand`: one indexed demand's hit in `matchesForAchievement(achievement)`. */
  scoreForAchievement(
    achievement: AchievementDoc,
    demandId: string,
    options: PairOptions = {},
  ): MatchHit | null {
    const query = buildQuery(this.analyzer, this.analyzeAchievement(achievement));
    return this.pair(
      this.demands,
      query,
      demandId,
      options,
      achievement.industryChain,
      this.achievementFit(achievement, options),
    );
  }

  private demandFit(demand: DemandDoc, query: Query, options: PairOptions): Fit<AchievementDoc> {
    const deadline = deadlineReason(demand.deadline, todayOf(options));
    return {
      // How much of the demand's problem each achievement names.
      coverage: (slot) =>
        conceptCoverage(this.achievements.scorer, query, this.achievements.analyzedAt(slot)),
      factor: (a) => constraintFactor(demand, a),
      reasons: (a) => [...constraintFit(demand, a, true).reasons, ...(deadline ? [deadline] : [])],
    };
  }

  private achievementFit(achievement: AchievementDoc, options: PairOptions): Fit<DemandDoc> {
    const today = todayOf(options);
    return {
      factor: (d) => constraintFactor(d, achievement),
      reasons: (d) => {
        const deadline = deadlineReason(d.deadline, today);
        return [...constraintFit(d, achievement, true).reasons, ...(deadline ? [deadline] : [])];
      },
    };
  }

  similarAchievements(id: string, options: MatchOptions = {}): MatchHit[] {
    return this.similar(this.achievements, id, options);
  }

  similarDemands(id: string, options: MatchOptions = {}): MatchHit[] {
    return this.similar(this.demands, id, options);
  }

  private similar<T extends AchievementDoc | DemandDoc>(
    side: Side<T>,
    id: string,
    options: MatchOptions,
  ): MatchHit[] {
    const self = side.get(id);
    if (!self) {
      return [];
    }
    const query = buildQuery(this.analyzer, self.analyzed);
    const exclude = { ...options, excludeIds: [...(options.excludeIds ?? []), id] };
    return this.run(side, query, exclude, self.doc.industryChain, {
      factor: () => 1,
      reasons: () => [],
    });
  }

  private run<T extends AchievementDoc | DemandDoc>(
    side: Side<T>,
    query: Query,
    options: MatchOptions,
    chain: IndustryChain,
    fit: Fit<T>,
  ): MatchHit[] {
    const stages = this.stages(side, query, chain, fit, options);
    const first = Math.max(0, options.first ?? 10);
    const minScore = options.minScore ?? 0;
    const rankOptions: RankOptions<T> = {
      first: first === 0 ? 0 : Math.max(first, RERANK.depth),
      minScore: 0,
      chains: options.chains ? new Set(options.chains) : null,
      exclude: new Set(options.excludeIds ?? []),
      bound: (content) => calibrate(content * (1 + RERANK.titleBoost)),
      fit: stages.fitFactor,
      score: stages.firstStage,
    };
    // Second stage: the first stage's candidates, reweighed by how much of their title the query covers.
    const pool = side
      .rank(query, rankOptions)
      .map((candidate: Candidate<T>) => ({ ...candidate, raw: stages.secondStage(candidate) }));
    const reranked = pool
      .filter((candidate) => candidate.raw > 0 && Math.round(candidate.raw * 10) / 10 >= minScore)
      .sort((a, b) => b.raw - a.raw || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0))
      .slice(0, first);
    return reranked.map(stages.hit);
  }

  /** One listing's hit, scored on its own exactly as `run` scores it among the others (see `scoreForDemand`). */
  private pair<T extends AchievementDoc | DemandDoc>(
    side: Side<T>,
    query: Query,
    id: string,
    options: PairOptions,
    chain: IndustryChain,
    fit: Fit<T>,
  ): MatchHit | null {
    const entry = side.get(id);
    if (
      !entry ||
      options.excludeIds?.includes(id) ||
      (options.chains && !options.chains.includes(entry.doc.industryChain))
    ) {
      return null;
    }
    const stages = this.stages(side, query, chain, fit, options);
    const candidate = { slot: entry.slot, doc: entry.doc, content: side.scorer.contentOf(query, entry.slot) };
    // The first stage passes on only listings with a positive score (`Side.rank`).
    if (!(stages.firstStage(candidate.doc, candidate.content) > 0)) {
      return null;
    }
    const raw = stages.secondStage(candidate);
    if (!(raw > 0) || Math.round(raw * 10) / 10 < (options.minScore ?? 0)) {
      return null;
    }
    return stages.hit({ ...candidate, raw });
  }

  /** The two stages' scores and the hit of a candidate, shared by rankings and pair scoring. */
  private stages<T extends AchievementDoc | DemandDoc>(
    side: Side<T>,
    query: Query,
    chain: IndustryChain,
    fit: Fit<T>,
    options: PairOptions,
  ) {
    const chainFactors = new Map<string, number>();
    const chainFactor = (other: string) => {
      let factor = chainFactors.get(other);
      if (factor === undefined) {
        factor = chainFit(chain, other).factor;
        chainFactors.set(other, factor);
      }
      return factor;
    };
    const fitFactor = (doc: T) => chainFactor(doc.industryChain) * fit.factor(doc);
    const terms = queryTerms(query);
    // A short query's share is shrunk (one factor per query, ≤ 1: the first stage's bound holds), unless
    // the query is meant to be a few words (a saved search): covering them all is then a full answer.
    const shrink = options.keywordQuery ? 1 : evidenceFactor(side.scorer.evidence(query));
    return {
      fitFactor,
      /** The first stage's score 0–100 (before rounding) from content relevance and fit. */
      firstStage: (doc: T, content: number) => calibrate(content) * fitFactor(doc),
      /** The second stage's score: content reweighed by title coverage and (demands) concept coverage. */
      secondStage: (candidate: { slot: number; doc: T; content: number }) => {
        const analyzed = side.analyzedAt(candidate.slot);
        const title = titleCoverage(this.analyzer, side.scorer, terms, analyzed);
        const concepts = fit.coverage ? fit.coverage(candidate.slot) : null;
        const relevance =
          shrink * candidate.content * (1 + RERANK.titleBoost * (title ?? 0)) * coverageFactor(concepts);
        return calibrate(relevance) * fitFactor(candidate.doc);
      },
      hit: (candidate: { slot: number; doc: T; raw: number }): MatchHit => ({
        id: candidate.doc.id,
        score: Math.round(candidate.raw * 10) / 10,
        reasons: [
          ...contentReasons(this.analyzer, side.index, side.scorer, query, candidate.slot),
          ...chainFit(chain, candidate.doc.industryChain).reasons,
          ...fit.reasons(candidate.doc),
        ],
      }),
    };
  }

  /** A demand as a query (for achievements): its related-concept evidence shared (`shareRelatedEvidence`). */
  private demandQuery(demand: DemandDoc): Query {
    const query = buildQuery(this.analyzer, this.analyzeDemand(demand));
    return shareRelatedEvidence(query);
  }

  private analyzeAchievement(doc: AchievementDoc): AnalyzedDoc {
    return this.analyzer.analyze(doc.title, doc.keywords, doc.summary);
  }

  /** A demand's opening about the enterprise itself is its background field (`backgroundOf`). */
  private analyzeDemand(doc: DemandDoc): AnalyzedDoc {
    const background = backgroundOf(doc.description) ?? '';
    const body = background ? doc.description.trim().slice(background.length) : doc.description;
    return this.analyzer.analyze(doc.title, doc.keywords, body, background);
  }
}

/** How a side's listings fit the query beyond content. */
interface Fit<T> {
  /**
   * The share of the demand's concepts an achievement covers (demand → achievement only: the
   * other way round, the query's concepts are an achievement's methods, of which a demand names
   * few, and the measure did not help there).
   */
  coverage?: (slot: number) => { share: number; concepts: number } | null;
  factor: (doc: T) => number;
  reasons: (doc: T) => string[];
}

/**
 * The opening sentence of a demand's description when it is about the enterprise itself (我公司 /
 * 我们 / 本厂 … 年产、客户、地点): enterprises introduce themselves before the need, and those words
 * (their products, scale, town) are shared by achievements about the same product but another problem.
 */
export function backgroundOf(description: string): string | null {
  const first = /^[^。！？!?\n]*[。！？!?]?/.exec(description.trim())?.[0] ?? '';
  return SELF_REFERENCE.test(first) && !WANTS.test(first) ? first : null;
}

/** An opening that says what the enterprise wants (想开发…, 希望…, 计划…) states the need: not background. */
const WANTS = /想|希望|需要|寻求|计划|急需|打算|准备|拟/;

const SELF_REFERENCE = /^(我|本(公司|企业|厂|院|站|单位|社)|公司|合作社)/;

function todayOf(options: PairOptions): string {
  return options.today ?? new Date().toISOString().slice(0, 10);
}
