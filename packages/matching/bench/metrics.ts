export type Qrels = Record<string, Record<string, number>>;

export interface QueryScores {
  ndcg: number;
  recall: number;
  mrr: number;
}

/** nDCG@k with gain 2^grade − 1, recall@k and MRR over grades ≥ 1. */
export function evaluate(ranked: string[], judged: Record<string, number>, k = 10): QueryScores {
  const gains = ranked.slice(0, k).map((id) => 2 ** (judged[id] ?? 0) - 1);
  const dcg = gains.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  const ideal = Object.values(judged)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
  const relevant = Object.keys(judged).filter((id) => judged[id]! > 0);
  const found = ranked.slice(0, k).filter((id) => (judged[id] ?? 0) > 0).length;
  const first = ranked.findIndex((id) => (judged[id] ?? 0) > 0);
  return {
    ndcg: ideal > 0 ? dcg / ideal : 0,
    recall: relevant.length > 0 ? found / relevant.length : 0,
    mrr: first >= 0 ? 1 / (first + 1) : 0,
  };
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const mean = (values: number[]): number =>
  values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Percentile bootstrap 95 % interval of the mean (2000 resamples, fixed seed). */
export function bootstrap(values: number[], resamples = 2000, seed = 20240601): [number, number] {
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      sum += values[Math.floor(random() * values.length)]!;
    }
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(0.025 * resamples)]!, means[Math.floor(0.975 * resamples)]!];
}
