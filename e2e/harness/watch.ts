// Watches a browser context for what must never happen while the app is used:
// a request that leaves the page's origin (or, over file://, the page's own
// file), a Content-Security-Policy violation, an uncaught error, a console
// error, a dialog (alert/confirm/prompt). Off-origin requests are also aborted
// so a failing run cannot reach the network.
import type { BrowserContext } from 'playwright-core';

export interface Watch {
  /** Every URL the context requested, in order. */
  requests: string[];
  offOrigin: string[];
  cspViolations: string[];
  errors: string[];
  dialogs: string[];
  /** Everything that went wrong, one line each; [] when clean. */
  problems(): string[];
}

/** A URL a page may load: same origin, or the page's own file; data: and blob: never leave the machine. */
export function sameOriginAs(pageUrl: string): (url: string) => boolean {
  const page = new URL(pageUrl);
  const ownFile = page.protocol === 'file:' ? `file://${page.pathname}` : null;
  return (url) => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
    const u = new URL(url);
    if (ownFile) return `file://${u.pathname}` === ownFile;
    return u.origin === page.origin;
  };
}

// Runs in every page before its scripts: a policy violation becomes a console
// message the watcher sees even if the page navigates afterwards.
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `[e2e csp] ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
}

export async function watchContext(
  context: BrowserContext,
  allowed: (url: string) => boolean,
): Promise<Watch> {
  const w: Watch = {
    requests: [],
    offOrigin: [],
    cspViolations: [],
    errors: [],
    dialogs: [],
    problems: () => [
      ...w.offOrigin.map((u) => `request left the page's origin: ${u}`),
      ...w.cspViolations.map((m) => `CSP violation: ${m}`),
      ...w.errors.map((m) => `error: ${m}`),
      ...w.dialogs.map((m) => `dialog opened: ${m}`),
    ],
  };
  await context.addInitScript(reportCspViolations);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return allowed(url) ? route.continue() : route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    const url = req.url();
    w.requests.push(url);
    if (!allowed(url)) w.offOrigin.push(url);
  });
  context.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith('[e2e csp]') || /Content Security Policy/i.test(text))
      w.cspViolations.push(text);
    else if (msg.type() === 'error') w.errors.push(`console: ${text}`);
  });
  context.on('weberror', (err) => w.errors.push(`uncaught: ${err.error().message}`));
  context.on('dialog', (dialog) => {
    w.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return w;
}
