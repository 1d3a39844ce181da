// Finds and launches the system Chromium (Debian's `chromium`) through
// playwright-core; no browser download, no network.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_PATH = '/usr/bin/chromium';

/** The Chromium to use: $CHROME_PATH, else /usr/bin/chromium; null when neither exists. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return existsSync(DEFAULT_PATH) ? DEFAULT_PATH : null;
}

// Chromium 156 opens a window for every new page, and with it two preloaded web pages
// of its own (the address bar's suggestion popups, chrome://omnibox-popup.top-chrome/).
// Traced, they took 350-1,100 ms of CPU during a page's load, about as much as the
// page's main thread, on the same two cores; a reader's browser has had them running
// long before. Left out, so page loads are timed without them.
const NO_BROWSER_UI_PAGES = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      NO_BROWSER_UI_PAGES,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
