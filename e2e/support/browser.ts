import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The browser e2e drives: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download if one exists. Says how to get one otherwise (`npx playwright install` cannot download here).
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safe(() => chromium.executablePath())];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  throw new Error(
    'No Chromium found for the e2e tests. Install Debian\'s: `apt-get install -y chromium` (gives /usr/bin/chromium), ' +
      'or point CHROMIUM_PATH at any Chromium or Chrome binary.',
  );
}

function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
