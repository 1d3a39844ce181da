// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toIso } from './dates';
import { parseSidecar, sidecarPath } from './sidecar';

describe('sidecarPath', () => {
  it.each([
    ['seeds/x.txt', 'seeds/x.meta.json'],
    ['seeds/2025-11-03.TXT', 'seeds/2025-11-03.meta.json'],
    ['seeds/page', 'seeds/page.meta.json'],
    ['a.b/c.d.txt', 'a.b/c.d.meta.json'],
  ])('%s -> %s', (capture, expected) => expect(sidecarPath(capture)).toBe(expected));
});

describe('parseSidecar', () => {
  const rows: [string, string | null, string[]][] = [
    ['{"capturedOn": "2025-11-03"}', '2025-11-03', []],
    ['\uFEFF{"capturedOn":"2025-11-03"}\n', '2025-11-03', []],
    [
      '{"capturedOn": "2025-11-03", "note": "x"}',
      '2025-11-03',
      ['warning: unknown key "note"; ignored it'],
    ],
    [
      '{}',
      null,
      ['warning: no "capturedOn"; the capture date comes from the file name or the page instead'],
    ],
    [
      '{"capturedOn": "2025-02-29"}',
      null,
      ['error: "capturedOn" must be a real date written YYYY-MM-DD, got "2025-02-29"'],
    ],
    [
      '{"capturedOn": "Nov 3, 2025"}',
      null,
      ['error: "capturedOn" must be a real date written YYYY-MM-DD, got "Nov 3, 2025"'],
    ],
    [
      '{"capturedOn": 20251103}',
      null,
      ['error: "capturedOn" must be a real date written YYYY-MM-DD, got 20251103'],
    ],
    [
      '{"capturedOn": null}',
      null,
      ['error: "capturedOn" must be a real date written YYYY-MM-DD, got null'],
    ],
    ['["2025-11-03"]', null, ['error: expected a JSON object like {"capturedOn": "YYYY-MM-DD"}']],
    ['null', null, ['error: expected a JSON object like {"capturedOn": "YYYY-MM-DD"}']],
    ['', null, ['error: not valid JSON']],
    ['{capturedOn: 2025-11-03}', null, ['error: not valid JSON']],
  ];
  it.each(rows)('%j', (text, expected, messages) => {
    const r = parseSidecar(text, 's.meta.json');
    expect(r.capturedOn && toIso(r.capturedOn)).toBe(expected);
    expect(
      r.diagnostics
        .map((d) => `${d.severity}: ${d.message}`)
        .map((m, n) => m.slice(0, messages[n]?.length)),
    ).toEqual(messages);
    for (const d of r.diagnostics) expect([d.file, d.line]).toEqual(['s.meta.json', 1]);
  });
});
