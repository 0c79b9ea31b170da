import { readFileSync } from 'node:fs';

/** Reads a file of the package's `data/` folder (beside `src/` and `dist/`). */
export function readDataFile(name: string): string {
  return readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');
}

/** Non-empty lines without `#` comments. */
export function dataLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}
