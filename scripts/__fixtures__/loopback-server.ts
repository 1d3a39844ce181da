// A stand-in for the Hub on 127.0.0.1 and an ephemeral port, so fetch tests never touch
// the network. Each test gives the handler; every request's URL is recorded.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (url: URL, res: ServerResponse, req: IncomingMessage) => void;

export interface Loopback {
  /** `http://127.0.0.1:PORT`, for HF_ENDPOINT. */
  endpoint: string;
  requests: URL[];
  close(): Promise<void>;
}

export async function startLoopback(handler: Handler): Promise<Loopback> {
  const requests: URL[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    handler(url, res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** The `limit`-sized page `p` of a list, as the API pages it. */
export function page(url: URL, list: readonly unknown[]): unknown[] {
  const p = Number(url.searchParams.get('p') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? 50);
  return list.slice(p * limit, (p + 1) * limit);
}
