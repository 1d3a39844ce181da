// A plain static file server, as a user's web host would be: serves one
// folder under a sub-path, a directory URL gets its index.html, and nothing
// else — no SPA fallback, no rewrites, no extension guessing; a missing file
// is a 404. So the tests prove the app needs nothing but its files. Like any
// static host it sends text gzip-compressed to a browser that accepts it, so
// the bench's load times and transferred bytes are what a reader would see.
// The files are compressed once, before the server answers (a host keeps them so,
// or on another machine): compressing 135 MB of a 50k site on first request took
// seconds of the same two cores the browser being timed runs on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticSite {
  /** The site's root URL, ending in the sub-path and a slash. */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(root: string, subPath: string, url: string): Promise<string | null> {
  const pathname = decodeURIComponent(new URL(url, 'http://host').pathname);
  if (!pathname.startsWith(subPath)) return null;
  const relative = pathname.slice(subPath.length) + (pathname.endsWith('/') ? 'index.html' : '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? file : null;
}

const gzip = promisify(gzipCallback);
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.bin']);

export async function serveStatic(dir: string, subPath = '/a/b/'): Promise<StaticSite> {
  const root = path.resolve(dir);
  // Compressed once per file (level 6, what hosts use), as a host caches it.
  const compressed = new Map<string, Promise<Buffer>>();
  const gzipped = (file: string) => {
    let z = compressed.get(file);
    if (!z) compressed.set(file, (z = readFile(file).then((raw) => gzip(raw, { level: 6 }))));
    return z;
  };
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  await Promise.all(
    files
      .filter((f) => f.isFile() && COMPRESSIBLE.has(path.extname(f.name)))
      .map((f) => gzipped(path.join(f.parentPath, f.name))),
  );
  const server = createServer((req, res) => {
    void (async () => {
      const file =
        req.method === 'GET' || req.method === 'HEAD'
          ? await fileFor(root, subPath, req.url ?? '/')
          : null;
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const zip =
        COMPRESSIBLE.has(path.extname(file)) &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = zip ? await gzipped(file) : await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
        ...(zip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
