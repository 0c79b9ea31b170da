/**
 * Maps content relevance (the idf-weighted share of the query's words, concepts and bigrams that a
 * listing covers, 0–1) to a score 0–100 that means the same across queries: a logistic curve whose
 * midpoint sits where on-topic listings that do not answer the need usually end, so a threshold such
 * as 60 separates answers from neighbours. Fitted once on the development set's score distribution
 * (two global constants, not per item).
 */
export const CALIBRATION = {
  midpoint: 0.1,
  width: 0.02,
  /**
   * A short query is easily covered: its content share is shrunk as if it had `pseudoEvidence` more
   * units of evidence (`Scorer.evidence`) left uncovered, relative to a query of `fullEvidence` units
   * (about a full demand's), so that queries saying that much or more are not changed.
   */
  pseudoEvidence: 20,
  fullEvidence: 80,
};

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

export function calibrate(content: number): number {
  const { midpoint, width } = CALIBRATION;
  const floor = logistic(-midpoint / width);
  return (100 * (logistic((content - midpoint) / width) - floor)) / (1 - floor);
}

/**
 * The factor (≤ 1) that shrinks the content share of a query with `evidence` units of evidence: the
 * share of a short query (a title, a title and one sentence) says less than the same share of a full
 * listing, so its scores are not inflated above those of full queries. One factor per query, so it
 * does not reorder the content of one query's listings.
 */
export function evidenceFactor(evidence: number): number {
  const { pseudoEvidence: k, fullEvidence: full } = CALIBRATION;
  // No words or concepts (a query of bigrams only, or of words too common to count): left as before.
  if (!(k > 0) || !(evidence > 0)) {
    return 1;
  }
  return Math.min(1, evidence / (evidence + k) / (full / (full + k)));
}
