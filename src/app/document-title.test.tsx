import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../derive/dataset-index';
import { defaultList, type ListView, type ViewState } from '../url/view-state';
import { smallDataset } from './__fixtures__/small-dataset';
import { TITLE_LAG_MS, useDocumentTitle } from './document-title';

const index = buildIndex(smallDataset);
const list = (over: Partial<ListView> = {}): ViewState => ({
  page: 'list',
  list: { ...defaultList(), ...over },
});
const paper = smallDataset.papers[0]!;

describe('useDocumentTitle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.title = '';
  });
  afterEach(() => vi.useRealTimers());

  const open = (first: ViewState) =>
    renderHook(({ shown }) => useDocumentTitle(shown, index), { initialProps: { shown: first } });

  it('names the view at once, and another view at once', () => {
    const { rerender } = open(list());
    expect(document.title).toBe('Papers — Speedboard');
    rerender({ shown: list({ route: 'claims' }) });
    expect(document.title).toBe('Claims — Speedboard');
    rerender({ shown: { page: 'paper', id: paper.id, claim: null, list: defaultList() } });
    expect(document.title).toBe(`${paper.title} — Speedboard`);
  });

  it('follows a typed query once the answers pause, with the last query', () => {
    const { rerender } = open(list());
    rerender({ shown: list({ q: 'at' }) });
    act(() => vi.advanceTimersByTime(TITLE_LAG_MS - 50));
    rerender({ shown: list({ q: 'att' }) });
    act(() => vi.advanceTimersByTime(TITLE_LAG_MS - 50));
    expect(document.title).toBe('Papers — Speedboard');
    act(() => vi.advanceTimersByTime(50));
    expect(document.title).toBe('Papers matching “att” — Speedboard');
  });

  it('a view changed while the query waits is named at once, query and all', () => {
    const { rerender } = open(list());
    rerender({ shown: list({ q: 'kv' }) });
    rerender({ shown: list({ q: 'kv', route: 'claims' }) });
    expect(document.title).toBe('Claims matching “kv” — Speedboard');
    act(() => vi.advanceTimersByTime(TITLE_LAG_MS * 2));
    expect(document.title).toBe('Claims matching “kv” — Speedboard');
  });

  it('a filter ticked is named at once, though the title does not mention it', () => {
    const { rerender } = open(list({ q: 'kv' }));
    rerender({ shown: list({ q: 'kv cache', org: ['nvidia'] }) });
    expect(document.title).toBe('Papers matching “kv cache” — Speedboard');
  });
});
