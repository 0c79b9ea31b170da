import type { Query, Scorer } from '../index/scorer.js';
import { type AnalyzedDoc, type Analyzer, TermKind } from '../text/analyzer.js';

/** The second stage's constants: how many first-stage candidates it sees and how it weighs them. */
export const RERANK = {
  depth: 20,
  /** A listing whose title the query covers entirely gets its content relevance × (1 + titleBoost). */
  titleBoost: 0.2,
  /** Concepts in a title count this many times a word of the same idf. */
  conceptWeight: 2,
  /** Relevance × (1 − coverageWeight + coverageWeight × share of the query's concepts covered). */
  coverageWeight: 0.3,
  /**
   * The coverage weight reaches full strength with this many concepts in the demand: a title that
   * names one or two concepts says too little about its problem to penalise a listing worded otherwise.
   */
  coverageConcepts: 6,
};

/** The relevance factor for a coverage share of `concepts` concept groups (1 when unknown). */
export function coverageFactor(coverage: { share: number; concepts: number } | null): number {
  if (coverage === null) {
    return 1;
  }
  const weight = RERANK.coverageWeight * Math.min(1, coverage.concepts / RERANK.coverageConcepts);
  return 1 - weight * (1 - coverage.share);
}

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

/**
 * The query's words and concepts with how fully each is named: 1, a link weight, or less for a term
 * only a demand's background names (a query weight below that of one body occurrence).
 */
export type QueryTerms = Map<number, number>;

export function queryTerms(query: Query): QueryTerms {
  const terms: QueryTerms = new Map();
  for (const { term, weight } of query.words) {
    terms.set(term, Math.min(1, weight));
  }
  for (const group of query.concepts) {
    for (const member of group.members) {
      terms.set(
        member.term,
        Math.max(terms.get(member.term) ?? 0, member.weight * Math.min(1, group.weight)),
      );
    }
  }
  return terms;
}

/**
 * How much of the query's concepts (the problems, mechanisms and remedies it names) a listing
 * covers: the idf-weighted share of its concept groups, each credited 1 when the listing names the
 * concept and at the link weight when it names only a related one. `null` when the query names no
 * concept. A listing that shares the query's words and setting but not its problem covers little.
 */
export function conceptCoverage(
  scorer: Scorer,
  query: Query,
  doc: AnalyzedDoc,
): { share: number; concepts: number } | null {
  let total = 0;
  let covered = 0;
  for (const group of query.concepts) {
    const weight = group.weight * scorer.idf(group.members[0]!.term);
    total += weight;
    let best = 0;
    for (const member of group.members) {
      if (member.weight > best && hasTerm(doc, member.term)) {
        best = member.weight;
      }
    }
    covered += weight * best;
  }
  return total > 0 ? { share: covered / total, concepts: query.concepts.length } : null;
}

function hasTerm(doc: AnalyzedDoc, term: number): boolean {
  let lo = 0;
  let hi = doc.terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = doc.terms[mid]!;
    if (at === term) {
      return true;
    }
    if (at < term) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return false;
}
