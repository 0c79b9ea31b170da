import { dataLines, readDataFile } from '../src/data-file.js';
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
  const owners = new Map<string, Set<string>>();
  for (const file of THESAURUS_FILES) {
    for (const line of dataLines(readDataFile(`thesaurus/${file}`))) {
      const match = /^(\S+)\s*=(?!\?)(.*)$/.exec(line);
      if (!match) {
        continue;
      }
      for (const wording of [match[1]!, ...match[2]!.split(/[\s,，、;；]+/)]) {
        const term = wording.trim().toLowerCase();
        if (term.length >= 2) {
          (owners.get(term) ?? owners.set(term, new Set()).get(term)!).add(
            `${match[1]}@${file.replace('.txt', '')}`,
          );
        }
      }
    }
  }
  const thesaurus = Thesaurus.load();
  const df = new Map<string, number>();
  for (const record of loadCsl(cslPath)) {
    const text = `${record.title} ${record.abstract}`.toLowerCase();
    const seen = new Set<string>();
    for (const concept of thesaurus.scan(text).concepts) {
      for (const term of thesaurus.concepts[concept]!.terms) {
        if (!seen.has(term) && owners.has(term) && text.includes(term)) {
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
    .forEach(([term, count]) => console.log(`  ${term}\t${count}\t${[...owners.get(term)!].join(' ')}`));
  console.log('');
  console.log('Wordings two files give to different concepts:');
  for (const [term, concepts] of [...owners].sort()) {
    const files = new Set([...concepts].map((owner) => owner.split('@')[1]));
    if (files.size > 1 && new Set([...concepts].map((owner) => owner.split('@')[0])).size > 1) {
      console.log(`  ${term}\t${[...concepts].join(' ')}`);
    }
  }
}

main();
