import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, sha256Source, withCspMeta } from './vite-csp-plugin.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (head: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body></body></html>`;

describe('contentSecurityPolicy', () => {
  it.each([
    {
      name: 'external script and stylesheet',
      head: '<script type="module" crossorigin src="./assets/a.js"></script><link rel="stylesheet" href="./assets/a.css">',
      script: "'self'",
      style: "'self'",
    },
    {
      name: 'single file: inline script and style, by hash',
      head: '<script type="module">let a=1;</script><style>b{c:d}</style>',
      script: hash('let a=1;'),
      style: hash('b{c:d}'),
    },
    {
      name: 'markup inside inlined code is not mistaken for elements',
      head: '<script type="module">x=`<link rel="stylesheet" href="y">`+"\\x3C/script>"</script>',
      script: hash('x=`<link rel="stylesheet" href="y">`+"\\x3C/script>"'),
      style: "'none'",
    },
    { name: 'no code at all', head: '', script: "'none'", style: "'none'" },
    {
      name: 'a JSON data block never runs, so it is not allowed in',
      head: '<script type="module">let a=1;</script><script type="application/json" id="d">{"a":"\\u003cstyle>"}</script>',
      script: hash('let a=1;'),
      style: "'none'",
    },
  ])('$name', ({ head, script, style }) => {
    const csp = contentSecurityPolicy(page(head));
    expect(csp).toBe(
      `default-src 'none'; script-src ${script}; worker-src 'none'; style-src ${style}; img-src 'self' data:; base-uri 'none'; form-action 'none'`,
    );
  });

  it('lets a page that preloads its dataset file fetch its own files, and only then', () => {
    const head = '<link rel="preload" as="fetch" crossorigin="anonymous" href="./assets/d.json" />';
    expect(contentSecurityPolicy(page(head))).toContain("; connect-src 'self';");
    expect(contentSecurityPolicy(page(''))).not.toContain('connect-src');
  });

  it.each([["'self'"], ['blob:']] as const)(
    'allows workers from %s only when told to',
    (worker) => {
      expect(contentSecurityPolicy(page(''), worker)).toContain(`; worker-src ${worker};`);
      expect(contentSecurityPolicy(page(''))).toContain("; worker-src 'none';");
    },
  );

  it('hashes the text as the HTML parser sees it (CRLF becomes LF)', () => {
    expect(sha256Source('a\r\nb\rc')).toBe(hash('a\nb\nc'));
  });
});

describe('withCspMeta', () => {
  it('puts the policy right after <meta charset>, before any script', () => {
    const html = withCspMeta(page('<script src="./a.js"></script>'));
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(
      html.indexOf('<meta charset'),
    );
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.indexOf('<script'),
    );
  });

  it('refuses a page that already has a policy, or no charset to anchor it', () => {
    expect(() =>
      withCspMeta(page('<meta http-equiv="Content-Security-Policy" content="x">')),
    ).toThrow(/already/);
    expect(() => withCspMeta('<html><head></head></html>')).toThrow(/charset/);
  });
});
