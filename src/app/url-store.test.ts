// @vitest-environment jsdom
// The address of a view that asked for it later (the search box's query): the view
// changes at once, the address once the typing pauses, and always before anything
// reads the address, adds to the history or leaves the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHash, serializeHash } from '../url/codec';
import { defaultList, type ViewState } from '../url/view-state';
import { createUrlStore } from './url-store';

const codec = { parse: parseHash, serialize: serializeHash };
const searched = (q: string): ViewState => ({ page: 'list', list: { ...defaultList(), q } });
const typed = { replace: true, later: true };

let writes: string[];
beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/#/papers?q=s');
  writes = [];
  for (const kind of ['replaceState', 'pushState'] as const) {
    const real = window.history[kind].bind(window.history);
    vi.spyOn(window.history, kind).mockImplementation((data, unused, url) => {
      writes.push(`${kind} ${url}`);
      real(data, unused, url);
    });
  }
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function typedStore() {
  const store = createUrlStore(window, codec);
  const seen: string[] = [];
  store.subscribe(() => seen.push(store.getSnapshot().hash));
  for (const q of ['sp', 'spe', 'spec']) store.navigate(searched(q), typed);
  return { store, seen };
}

describe('an address that follows later', () => {
  it('changes the view at once and the address once, when the typing pauses', () => {
    const { store, seen } = typedStore();
    expect(seen).toEqual(['#/papers?q=sp', '#/papers?q=spe', '#/papers?q=spec']);
    expect(store.getSnapshot().state).toEqual(searched('spec'));
    expect(window.location.hash).toBe('#/papers?q=s');
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(window.location.hash).toBe('#/papers?q=spec');
    expect(writes).toEqual(['replaceState #/papers?q=spec']);
    expect(store.getSnapshot().state).toEqual(searched('spec'));
  });

  it('is written before another view adds a history entry', () => {
    const { store } = typedStore();
    store.navigate({ page: 'paper', id: 'p1', claim: null, list: searched('spec').list });
    expect(writes).toEqual(['replaceState #/papers?q=spec', 'pushState #/paper/p1?q=spec']);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(2);
  });

  it('is written before the address is copied, before going back, and when the page is hidden', () => {
    const copied = typedStore().store;
    expect(copied.href()).toMatch(/#\/papers\?q=spec$/);
    expect(window.location.hash).toBe('#/papers?q=spec');

    window.history.replaceState(null, '', '/#/papers?q=s');
    writes = [];
    const back = typedStore().store;
    back.back();
    expect(writes).toEqual(['replaceState #/papers?q=spec']);

    window.history.replaceState(null, '', '/#/papers?q=s');
    writes = [];
    typedStore();
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.hash).toBe('#/papers?q=spec');
  });

  it('is dropped when the reader goes elsewhere first; the view follows them', () => {
    const { store } = typedStore();
    window.history.pushState(null, '', '/#/claims');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    vi.advanceTimersByTime(1000);
    expect(window.location.hash).toBe('#/claims');
    expect(store.getSnapshot().state).toMatchObject({ page: 'list', list: { route: 'claims' } });
  });
});
