import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive: CHROMIUM_PATH, or Debian's package. Null when there is none. */
export function chromiumPath(): string | null {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    return existsSync(given) ? given : null;
  }
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export const browserRequired = () => process.env.REQUIRE_BROWSER === '1';

export function reportMissingChromium(): void {
  const line = '!'.repeat(78);
  console.warn(
    [
      '',
      line,
      '!! BROWSER TESTS SKIPPED: no Chromium found (looked at CHROMIUM_PATH and /usr/bin/chromium).',
      '!! Install one with:  apt-get update && apt-get install -y chromium',
      browserRequired()
        ? '!! REQUIRE_BROWSER=1 is set, so the browser specs FAIL instead of skipping.'
        : '!! Set REQUIRE_BROWSER=1 to make this a failure (CI does).',
      line,
      '',
    ].join('\n'),
  );
}
