import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closedFolders } from './embedded-postgres.js';

describe('closedFolders', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'closed-')); // mode 0700, like root's home
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('names the folders on the way that other users may not enter, and only those', () => {
    const inner = path.join(base, 'checkout', 'node_modules');
    mkdirSync(inner, { recursive: true, mode: 0o755 });
    expect(closedFolders(inner)).toContain(base);
    expect(closedFolders(inner)).not.toContain(path.join(base, 'checkout'));
    chmodSync(base, 0o711);
    expect(closedFolders(inner)).not.toContain(base);
  });
});
