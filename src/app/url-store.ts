import type { ViewState } from '../url/view-state';

// The only module that reads or writes the browser location. It holds the current
// view (parsed from the hash), replaces a non-canonical hash by its canonical form,
// and keeps the notices about what was dropped visible until the user navigates.

/**
 * How long the address may lag a view that asked for it to follow later (the search
 * box's query): written once typing has stopped this long, not on every key.
 * `history.replaceState` is a synchronous round trip to the browser process, which
 * stalls now and then for tens of milliseconds when that process waits for a core,
 * and the browser fetches the page's icon again on every change of address.
 */
const ADDRESS_LAG_MS = 250;

interface UrlSnapshot {
  state: ViewState;
  notices: readonly string[];
  /** The canonical hash of `state`. */
  hash: string;
  /** The view shown before this one (to return focus to where the user was). */
  previous: ViewState | null;
}

export interface UrlCodec {
  parse(hash: string): { state: ViewState; notices: string[] };
  serialize(state: ViewState): string;
}

export interface UrlStore {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): UrlSnapshot;
  /**
   * Shows `state`; `replace` rewrites the current history entry instead of adding one.
   * With `later` as well, the view changes at once and the address follows once no
   * such change came for ADDRESS_LAG_MS, or at once before anything reads it or leaves
   * it (another navigation, back, href, the page being hidden).
   */
  navigate(state: ViewState, options?: { replace?: boolean; later?: boolean }): void;
  /** Goes back one history entry if the app itself added the current one; else returns false. */
  back(): boolean;
  /** The absolute address of the current view, for "Copy link". */
  href(): string;
  dismissNotices(): void;
}

export function createUrlStore(win: Window, codec: UrlCodec): UrlStore {
  const listeners = new Set<() => void>();
  let raw: string | null = null;
  let snapshot: UrlSnapshot | null = null;
  // Notices outlive the replaceState that canonicalizes the hash they came from.
  let carried: { hash: string; notices: readonly string[] } | null = null;
  // Entries this app pushes carry this marker, so "back" knows the previous entry is
  // still this app (and not the page the user came from).
  const PUSHED = { speedboard: 'pushed' };
  // The hash the current entry is to be rewritten to, when a view asked for it later.
  let pending: string | null = null;
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;

  const writePending = () => {
    clearTimeout(pendingTimer);
    if (pending === null) return;
    win.history.replaceState(win.history.state, '', pending);
    raw = pending;
    pending = null;
  };

  const emit = () => {
    for (const l of listeners) l();
  };

  const read = (): UrlSnapshot => {
    // The address lags the view on purpose: the view is the snapshot.
    if (pending !== null && snapshot) return snapshot;
    const now = win.location.hash;
    if (snapshot && now === raw) return snapshot;
    raw = now;
    const parsed = codec.parse(now);
    const hash = codec.serialize(parsed.state);
    let notices: readonly string[] = parsed.notices;
    if (notices.length === 0 && carried && carried.hash === now) notices = carried.notices;
    carried = notices.length ? { hash, notices } : null;
    snapshot = { state: parsed.state, notices, hash, previous: snapshot?.state ?? null };
    if (now !== hash) {
      win.history.replaceState(win.history.state, '', hash);
      raw = hash;
    }
    return snapshot;
  };

  const onLocation = () => {
    const before = snapshot;
    // The reader went elsewhere (back, an edited address) before a lagging write: the
    // entry they left keeps the address it had, and the view follows where they went.
    if (pending !== null) {
      clearTimeout(pendingTimer);
      pending = null;
    }
    if (read() !== before) emit();
  };

  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) {
        win.addEventListener('hashchange', onLocation);
        win.addEventListener('popstate', onLocation);
        win.addEventListener('pagehide', writePending);
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          win.removeEventListener('hashchange', onLocation);
          win.removeEventListener('popstate', onLocation);
          win.removeEventListener('pagehide', writePending);
          writePending();
        }
      };
    },
    getSnapshot: read,
    navigate(state, options) {
      const hash = codec.serialize(state);
      carried = null;
      if (hash === (pending ?? win.location.hash)) {
        if (snapshot?.notices.length) {
          snapshot = { ...snapshot, notices: [] };
          emit();
        }
        return;
      }
      if (options?.replace && options.later) {
        read();
        pending = hash;
        clearTimeout(pendingTimer);
        pendingTimer = setTimeout(writePending, ADDRESS_LAG_MS);
        const parsed = codec.parse(hash);
        snapshot = { state: parsed.state, notices: [], hash, previous: snapshot?.state ?? null };
        emit();
        return;
      }
      writePending();
      if (options?.replace) win.history.replaceState(win.history.state, '', hash);
      else win.history.pushState(PUSHED, '', hash);
      onLocation();
    },
    back() {
      writePending();
      const entry: unknown = win.history.state;
      if (!entry || typeof entry !== 'object' || (entry as typeof PUSHED).speedboard !== 'pushed')
        return false;
      win.history.back();
      return true;
    },
    href() {
      writePending();
      const url = new URL(win.location.href);
      url.hash = read().hash;
      return url.href;
    },
    dismissNotices() {
      carried = null;
      if (snapshot?.notices.length) {
        snapshot = { ...snapshot, notices: [] };
        emit();
      }
    },
  };
}
