import type { ReviewCriterion } from './challenge.entity.js';
import type { CriterionScore } from './review-assignment.entity.js';

/** One review's weighted score: Σ(weight × score) / Σ weight, on the challenge's criteria. */
export function weightedScore(
  criteria: readonly ReviewCriterion[],
  scores: readonly CriterionScore[],
): number {
  const byName = new Map(scores.map((s) => [s.criterion, s.score]));
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const sum = criteria.reduce((acc, c) => acc + c.weight * (byName.get(c.name) ?? 0), 0);
  return totalWeight > 0 ? sum / totalWeight : 0;
}

export interface RankInput<T> {
  item: T;
  /** Each scored review's per-criterion scores. */
  reviews: readonly (readonly CriterionScore[])[];
}

export interface Ranked<T> {
  item: T;
  /** Mean of the weighted scores of the experts who scored; null when nobody has. */
  score: number | null;
  reviewCount: number;
  criterionMeans: CriterionScore[];
  /** 1 for the best; ties share a rank (1, 1, 3); null when unscored. */
  rank: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Ranks applications by the mean of their experts' weighted scores, best first; unscored ones last. */
export function rank<T>(criteria: readonly ReviewCriterion[], inputs: readonly RankInput<T>[]): Ranked<T>[] {
  const scored = inputs.map(({ item, reviews }) => {
    const raw = reviews.length
      ? reviews.reduce((sum, r) => sum + weightedScore(criteria, r), 0) / reviews.length
      : null;
    const criterionMeans = criteria.map((c) => ({
      criterion: c.name,
      score: reviews.length
        ? round2(
            reviews.reduce((sum, r) => sum + (r.find((s) => s.criterion === c.name)?.score ?? 0), 0) /
              reviews.length,
          )
        : 0,
    }));
    return { item, raw, reviewCount: reviews.length, criterionMeans };
  });
  const ordered = [...scored].sort((a, b) => (b.raw ?? -1) - (a.raw ?? -1));
  return ordered.map((entry) => ({
    item: entry.item,
    score: entry.raw === null ? null : round2(entry.raw),
    reviewCount: entry.reviewCount,
    criterionMeans: entry.criterionMeans,
    rank:
      entry.raw === null
        ? null
        : 1 + scored.filter((other) => other.raw !== null && other.raw > entry.raw! + 1e-9).length,
  }));
}
