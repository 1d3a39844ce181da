// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readerQuiet, watchKeys, whenReaderQuietAndIdle } from './reader-quiet';

afterEach(() => {
  vi.useRealTimers();
});

const press = (key: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

describe('readerQuiet', () => {
  it('resolves at once when nobody typed, and a second after the last key otherwise', async () => {
    vi.useFakeTimers();
    await readerQuiet(document);
    let quiet = false;
    press('a');
    void readerQuiet(document).then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(600);
    press('b');
    await vi.advanceTimersByTimeAsync(600);
    expect(quiet).toBe(false);
    press('c');
    await vi.advanceTimersByTimeAsync(999);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(quiet).toBe(true);
  });

  it('counts the keys pressed since the page started watching, before the first wait', async () => {
    vi.useFakeTimers();
    const page = document.implementation.createHTMLDocument('page');
    watchKeys(page);
    page.body.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
    let quiet = false;
    void readerQuiet(page).then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(quiet).toBe(true);
  });
});

describe('whenReaderQuietAndIdle', () => {
  it('waits for a second without keys, and again for a key pressed before the page was idle', async () => {
    vi.useFakeTimers();
    const page = document.implementation.createHTMLDocument('page');
    watchKeys(page);
    const key = () =>
      page.body.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
    let done = 0;
    key();
    whenReaderQuietAndIdle(() => done++, page);
    await vi.advanceTimersByTimeAsync(1000);
    // Quiet now; a key comes before the idle moment (jsdom's is a timer of 1 ms).
    key();
    await vi.advanceTimersByTimeAsync(5);
    expect(done).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(1);
  });

  it('does nothing once cancelled', async () => {
    vi.useFakeTimers();
    const page = document.implementation.createHTMLDocument('page');
    watchKeys(page);
    let done = 0;
    whenReaderQuietAndIdle(() => done++, page)();
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(0);
  });
});
