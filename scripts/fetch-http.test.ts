// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './fetch-http';

const NOW = Date.parse('2025-11-10T12:00:00Z');

describe('retryAfterMs', () => {
  it.each([
    ['7', 7000],
    [' 120 ', 120_000],
    ['0', 0],
    ['Mon, 10 Nov 2025 12:00:30 GMT', 30_000],
    ['Mon, 10 Nov 2025 11:59:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    ['1.5', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (header, ms) => {
    expect(retryAfterMs(header, NOW)).toBe(ms);
  });
});
