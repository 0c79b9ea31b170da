import type { InvertedIndex } from '../index/inverted-index.js';
import type { Query, Scorer } from '../index/scorer.js';
import type { Analyzer } from '../text/analyzer.js';

const MAX_CONCEPTS = 5;
const MAX_WORDS = 5;

/** Names the concepts and words a query and a listing share, the most telling first. */
export function contentReasons(
  analyzer: Analyzer,
  index: InvertedIndex,
  scorer: Scorer,
  query: Query,
  slot: number,
): string[] {
  const shared: { name: string; weight: number }[] = [];
  const linked: { name: string; weight: number }[] = [];
  const conceptTerms = new Set<string>();
  const concepts = analyzer.thesaurus.concepts;
  for (const group of query.concepts) {
    const name = concepts[group.concept]!.name;
    const weight = group.weight * scorer.idf(group.members[0]!.term);
    if (index.has(slot, group.members[0]!.term)) {
      shared.push({ name, weight });
      concepts[group.concept]!.terms.forEach((term) => conceptTerms.add(term));
      continue;
    }
    const via = group.members.slice(1).find((member) => index.has(slot, member.term));
    if (via) {
      const other = concepts[analyzer.name(via.term) as number]!.name;
      linked.push({ name: `${name} ↔ ${other}`, weight: weight * via.weight });
    }
  }
  const words = query.words
    .filter(({ term }) => index.has(slot, term))
    .map(({ term, weight }) => ({ name: analyzer.name(term) as string, weight: weight * scorer.idf(term) }))
    .filter(({ name }) => !conceptTerms.has(name));
  const reasons: string[] = [];
  const top = (items: { name: string; weight: number }[], n: number) =>
    [...items]
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
      .slice(0, n)
      .map((item) => item.name)
      .join('、');
  if (shared.length > 0) {
    reasons.push(`共同概念：${top(shared, MAX_CONCEPTS)}`);
  }
  if (linked.length > 0) {
    reasons.push(`关联概念：${top(linked, MAX_CONCEPTS)}`);
  }
  if (words.length > 0) {
    reasons.push(`共同关键词：${top(words, MAX_WORDS)}`);
  }
  if (reasons.length === 0) {
    reasons.push('仅有零散字面相近');
  }
  return reasons;
}
