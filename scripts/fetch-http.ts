// One polite GET of JSON: a timeout per attempt, and retries with exponential backoff
// on 429 and 5xx answers, timeouts and network failures, honouring Retry-After. Every
// failure becomes a FetchError whose message says what happened in plain words.

export class FetchError extends Error {
  override name = 'FetchError';
}

export interface HttpOptions {
  /** Milliseconds one attempt may take, answer body included. */
  timeoutMs: number;
  /** Attempts in all (the first plus retries). */
  attempts: number;
  /** Injected so tests can record waits instead of waiting. */
  sleep: (ms: number) => Promise<void>;
  /** Called before each retry with why and how long it waits (for the progress line). */
  onRetry?: (why: string, waitMs: number) => void;
}

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
/** A server asking for a longer wait than this is not waited for: the run stops instead. */
const MAX_RETRY_AFTER_MS = 120_000;

/** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the HTTP date form (IMF-fixdate): Date.parse alone accepts "-5" or "1.5".
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

function backoffMs(retry: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retry);
}

type Attempt =
  | { ok: true; value: unknown }
  | { ok: false; retry: boolean; message: string; waitMs?: number };

async function attempt(url: string, timeoutMs: number): Promise<Attempt> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', 'user-agent': 'speedboard-fetch' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    return { ok: false, retry: true, message: failureText(e, timeoutMs) };
  }
  const status = response.status;
  if (status === 429 || status >= 500) {
    await response.body?.cancel().catch(() => {});
    const wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
    return {
      ok: false,
      retry: true,
      message: `HTTP ${status}${status === 429 ? ' (too many requests)' : ''}`,
      ...(wait !== null ? { waitMs: wait } : {}),
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    // The connection broke or the timeout struck while the body was arriving.
    return { ok: false, retry: true, message: failureText(e, timeoutMs) };
  }
  if (!response.ok) {
    return { ok: false, retry: false, message: `HTTP ${status}: ${snippet(text)}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return {
      ok: false,
      retry: false,
      message: `the answer is not valid JSON (${(e as Error).message}); it began ${snippet(text)}`,
    };
  }
}

function failureText(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError')
    return `no complete answer within ${timeoutMs / 1000} s`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `network failure (${cause ?? err.message})`;
}

function snippet(text: string): string {
  const t = text.trim();
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 59)}…` : t);
}

/** The JSON at `url`, or a FetchError after the last attempt. */
export async function getJson(url: string, options: HttpOptions): Promise<unknown> {
  for (let n = 0; ; n++) {
    const result = await attempt(url, options.timeoutMs);
    if (result.ok) return result.value;
    const last = n + 1 >= options.attempts;
    if (!result.retry || last) {
      const tries = n + 1 > 1 ? ` (after ${n + 1} attempts)` : '';
      throw new FetchError(`${url}: ${result.message}${tries}`);
    }
    if (result.waitMs !== undefined && result.waitMs > MAX_RETRY_AFTER_MS) {
      throw new FetchError(
        `${url}: ${result.message}; the server asks to wait ${Math.round(result.waitMs / 1000)} s, so try again later`,
      );
    }
    const wait = Math.max(result.waitMs ?? 0, backoffMs(n));
    options.onRetry?.(result.message, wait);
    await options.sleep(wait);
  }
}
