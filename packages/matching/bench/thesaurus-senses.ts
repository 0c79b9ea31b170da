import { THESAURUS_FILES, Thesaurus } from '../src/text/thesaurus.js';
import { dataFile, loadCsl } from './data.js';

/**
 * Candidates for context-dependent wordings (`概念 =? 说法`): the thesaurus wordings that general
 * scientific text (the 2,000 CSL abstracts, 67 disciplines) uses most, and wordings that two files
 * give to different concepts. A wording common in all of science (提取, 调节, 芯片) often means the
 * concept only in its own chain; a person decides, this only lists.
 */
function main(): void {
  const cslPath = dataFile('csl/csl-2k.jsonl');
  if (!cslPath) {
    console.log('csl-2k.jsonl not found (../shared/data beside the repository): nothing to list.');
    return;
  }
  const thesaurus = Thesaurus.load();
  // Each (unconditional) wording with the concepts it names, as 概念@file.
  const owners = new Map<string, string[]>();
  for (const concept of thesaurus.concepts) {
    const files = concept.domains.map((domain) => THESAURUS_FILES[domain]!.replace('.txt', '')).join('/');
    for (const term of concept.terms) {
      (owners.get(term) ?? owners.set(term, []).get(term)!).push(`${concept.name}@${files}`);
    }
  }
  const df = new Map<string, number>();
  for (const record of loadCsl(cslPath)) {
    const text = `${record.title} ${record.abstract}`.toLowerCase();
    const seen = new Set<string>();
    for (const concept of thesaurus.scan(text).concepts) {
      for (const term of thesaurus.concepts[concept]!.terms) {
        if (!seen.has(term) && text.includes(term)) {
          seen.add(term);
          df.set(term, (df.get(term) ?? 0) + 1);
        }
      }
    }
  }
  console.log('Wordings found in ≥ 5 of 2,000 CSL abstracts (general scientific vocabulary):');
  [...df]
    .filter(([, count]) => count >= 5)
    .sort((a, b) => b[1] - a[1])
    .forEach(([term, count]) => console.log(`  ${term}\t${count}\t${owners.get(term)!.join(' ')}`));
  console.log('');
  console.log('Wordings two files give to different concepts:');
  for (const [term, concepts] of [...owners].sort()) {
    if (new Set(concepts.map((owner) => owner.split('@')[1])).size > 1) {
      console.log(`  ${term}\t${concepts.join(' ')}`);
    }
  }
}

main();
