/**
 * Maps content relevance (the idf-weighted share of the query's words, concepts and bigrams that a
 * listing covers, 0–1) to a score 0–100 that means the same across queries: a logistic curve whose
 * midpoint sits where on-topic listings that do not answer the need usually end, so a threshold such
 * as 60 separates answers from neighbours. Fitted once on the development set's score distribution
 * (two global constants, not per item).
 */
export const CALIBRATION = { midpoint: 0.1, width: 0.02 };

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

export function calibrate(content: number): number {
  const { midpoint, width } = CALIBRATION;
  const floor = logistic(-midpoint / width);
  return (100 * (logistic((content - midpoint) / width) - floor)) / (1 - floor);
}
