import { describe, inject, it } from 'vitest';
import { browserRequired, chromiumPath } from './chromium';

/**
 * A describe block that runs only with a Chromium. Without one it is skipped (the global setup printed
 * the notice), or, under REQUIRE_BROWSER=1, replaced by a failing test that says why.
 */
export function describeInBrowser(
  name: string,
  body: (ctx: { chromium: string; databaseServerUrl: string }) => void,
) {
  const chromium = chromiumPath();
  if (!chromium) {
    if (browserRequired()) {
      describe(name, () => {
        it('needs a Chromium (REQUIRE_BROWSER=1)', () => {
          throw new Error(
            'No Chromium at CHROMIUM_PATH or /usr/bin/chromium; install it: apt-get install -y chromium',
          );
        });
      });
    } else {
      describe.skip(name, () => {
        it('needs a Chromium', () => undefined);
      });
    }
    return;
  }
  describe(name, () => body({ chromium, databaseServerUrl: inject('databaseServerUrl') }));
}
