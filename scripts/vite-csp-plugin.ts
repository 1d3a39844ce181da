// Vite plugin: writes a Content-Security-Policy <meta> into every built HTML
// page. The policy allows only the page's own code: external scripts and
// styles from the same origin ('self'), and inline <script>/<style> blocks
// (the single-file build inlines everything) by their sha256 hash, so an
// injected script or event handler cannot run and nothing is fetched from
// elsewhere. It runs after vite-plugin-singlefile (enforce + order 'post') so
// it hashes the final inlined code. Build only: the dev server injects
// inline scripts of its own.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

interface PageCode {
  /** The page names a file to fetch (the site's dataset, by a preload link). */
  fetches: boolean;
  externalScripts: boolean;
  externalStyles: boolean;
  inlineScripts: string[];
  inlineStyles: string[];
}

// The built page is Vite's own output from our index.html, so tag-level
// regexes are enough; seed text never reaches the HTML outside a script body.
// Each kind of element is looked for only outside the bodies of the ones
// before it: inlined code holds strings like `<link rel="stylesheet"`.
function pageCode(html: string): PageCode {
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  let externalScripts = false;
  const withoutScripts = html.replace(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
    (_, attributes: string, body: string) => {
      // A JSON data block (the dataset) never runs, so it needs no permission.
      if (/\btype\s*=\s*["']?application\/json/i.test(attributes)) return '';
      if (/\bsrc\s*=/.test(attributes)) externalScripts = true;
      else inlineScripts.push(body);
      return '';
    },
  );
  const withoutStyles = withoutScripts.replace(
    /<style\b[^>]*>([\s\S]*?)<\/style>/gi,
    (_, body: string) => {
      inlineStyles.push(body);
      return '';
    },
  );
  const externalStyles = /<link\b[^>]*\brel\s*=\s*["']?stylesheet/i.test(withoutStyles);
  const fetches = /<link\b[^>]*\bas\s*=\s*["']?fetch/i.test(withoutStyles);
  return { fetches, externalScripts, externalStyles, inlineScripts, inlineStyles };
}

// Browsers hash the element's text after the HTML parser has normalized
// newlines, so hash the same text.
export function sha256Source(code: string): string {
  const normalized = code.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

function sources(external: boolean, inline: string[]): string {
  const list = [...(external ? ["'self'"] : []), ...inline.map(sha256Source)];
  return list.length ? list.join(' ') : "'none'";
}

/**
 * Where the page may start a Web Worker from: its own files ('self', the site's
 * search worker), a Blob URL it made itself (blob:, the single-file build, whose
 * worker code is inline because file:// cannot load a worker file), or nowhere.
 */
export type WorkerSource = "'self'" | 'blob:' | "'none'";

export function contentSecurityPolicy(html: string, worker: WorkerSource = "'none'"): string {
  const code = pageCode(html);
  return [
    "default-src 'none'",
    `script-src ${sources(code.externalScripts, code.inlineScripts)}`,
    `worker-src ${worker}`,
    // Only a page that names a file to fetch may fetch, and only its own files.
    ...(code.fetches ? ["connect-src 'self'"] : []),
    `style-src ${sources(code.externalStyles, code.inlineStyles)}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Inserts the policy as the first element after <meta charset>, before any script. */
export function withCspMeta(html: string, worker: WorkerSource = "'none'"): string {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error(
      'index.html already has a Content-Security-Policy meta tag; the CSP plugin writes it.',
    );
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, worker)}" />`;
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (!charset)
    throw new Error('index.html has no <meta charset>; the CSP meta goes right after it.');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

export function cspPlugin(worker: WorkerSource): Plugin {
  return {
    name: 'speedboard-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withCspMeta(html, worker);
        }
      },
    },
  };
}
