import { readFileSync } from 'node:fs';
import { Thesaurus } from '../src/text/thesaurus.js';

/**
 * `pnpm thesaurus:pairs FILE`: checks that a need and the results that answer it share evidence in the
 * thesaurus. FILE holds blocks: a line `D: <need>` and, after it, one line `A: <result>` per result
 * (`#` lines are ignored). For each text it prints the concepts found, and for each pair the concepts
 * both name and the related pairs (the need's concept ↔ the result's, with the link weight) — the
 * engine's evidence beyond shared words. Write the pairs as users and researchers would, then fix the
 * thesaurus where a pair has none (see README, Growing the thesaurus).
 */
function main(): void {
  const path = process.argv[2];
  if (!path) {
    console.log('usage: pnpm thesaurus:pairs FILE (lines "D: <need>" then "A: <result>" …)');
    return;
  }
  const thesaurus = Thesaurus.load();
  const conceptsOf = (text: string) => new Set(thesaurus.detect(text.toLowerCase()));
  const names = (ids: Iterable<number>) =>
    [...ids].map((id) => thesaurus.concepts[id]!.name).join('、') || '-';
  let need: Set<number> | null = null;
  let pairs = 0;
  let without = 0;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('D:')) {
      need = conceptsOf(line.slice(2));
      console.log(`\n${line}\n   concepts: ${names(need)}`);
    } else if (line.startsWith('A:') && need) {
      const result = conceptsOf(line.slice(2));
      const shared = [...need].filter((id) => result.has(id));
      const related = [...need].flatMap((id) =>
        thesaurus.concepts[id]!.related.filter(
          (link) => result.has(link.concept) && !need!.has(link.concept),
        ).map(
          (link) =>
            `${thesaurus.concepts[id]!.name}↔${thesaurus.concepts[link.concept]!.name}(${link.weight.toFixed(2)})`,
        ),
      );
      pairs++;
      if (shared.length === 0 && related.length === 0) {
        without++;
      }
      console.log(
        `  ${line}\n     concepts: ${names(result)}\n     shared: ${names(shared)}  related: ${related.join(' ') || '-'}`,
      );
    }
  }
  console.log(`\n${pairs} pairs, ${without} with no shared or related concept`);
}

main();
