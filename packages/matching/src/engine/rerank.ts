import type { Query, Scorer } from '../index/scorer.js';
import { type AnalyzedDoc, type Analyzer, TermKind } from '../text/analyzer.js';

/** The second stage's constants: how many first-stage candidates it sees and how it weighs them. */
export const RERANK = {
  depth: 20,
  /** A listing whose title the query covers entirely gets its content relevance × (1 + titleBoost). */
  titleBoost: 0.2,
  /** Concepts in a title count this many times a word of the same idf. */
  conceptWeight: 2,
};

/**
 * What the query knows of a listing's title: the idf-weighted share of the title's words and
 * concepts that the query names too (a concept named only through a related one counts at its link
 * weight). A listing's title states what it is about, so a query that covers it is about the same
 * thing; `null` when the listing has no title terms.
 */
export function titleCoverage(
  analyzer: Analyzer,
  scorer: Scorer,
  query: QueryTerms,
  doc: AnalyzedDoc,
): number | null {
  let total = 0;
  let covered = 0;
  doc.terms.forEach((term, i) => {
    if ((doc.tfs[i]! & 0xff) === 0) {
      return;
    }
    const kind = analyzer.kind(term);
    if (kind === TermKind.Gram) {
      return;
    }
    const weight = scorer.idf(term) * (kind === TermKind.Concept ? RERANK.conceptWeight : 1);
    total += weight;
    covered += weight * (query.get(term) ?? 0);
  });
  return total > 0 ? covered / total : null;
}

/** The query's words and concepts with how fully each is named (1, or a link weight). */
export type QueryTerms = Map<number, number>;

export function queryTerms(query: Query): QueryTerms {
  const terms: QueryTerms = new Map();
  for (const { term } of query.words) {
    terms.set(term, 1);
  }
  for (const group of query.concepts) {
    for (const member of group.members) {
      terms.set(member.term, Math.max(terms.get(member.term) ?? 0, member.weight));
    }
  }
  return terms;
}
