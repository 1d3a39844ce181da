// @vitest-environment node
// Dates that cannot be right are flagged: a capture after today, anything before 1990,
// a sidecar that names its date twice, a year that does not fit YYYY-MM-DD. One row
// per case, each a whole build.
import { describe, expect, it } from 'vitest';
import { buildDataset, type CaptureInput } from './dataset';

const TODAY = { year: 2026, month: 12, day: 3 };
const page = (date: string, cardDate = 'Oct 6') =>
  `new\n\nDaily Papers\n\n${date}\n\nA Paper: On Things\n\nIts abstract.\n\n  • 2 authors\n·\n${cardDate}\n`;

interface Row {
  name: string;
  inputs: CaptureInput[];
  /** `file:line: severity: message` of every diagnostic */
  diagnostics: string[];
}

// biome-ignore format: one row per case
const rows: Row[] = [
  { name: 'a sidecar dated after today', inputs: [{ file: 'a.txt', text: page('Jan 5'), meta: '{"capturedOn": "2027-01-05"}' }],
    diagnostics: ['a.meta.json:1: warning: the capture date 2027-01-05 (from a.meta.json) is after today, 2026-12-03; check a.meta.json'] },
  { name: 'a file name dated after today', inputs: [{ file: '2031-11-03-a.txt', text: page('Nov 3') }],
    diagnostics: ['2031-11-03-a.txt:5: warning: the capture date 2031-11-03 (from the file name) is after today, 2026-12-03; check the file name'] },
  { name: 'a page that prints a future year', inputs: [{ file: 'a.txt', text: page('Nov 3, 2030') }],
    diagnostics: ['a.txt:5: warning: the capture date 2030-11-03 (from the page) is after today, 2026-12-03; check the page'] },
  { name: 'a sidecar dated before 1990', inputs: [{ file: 'a.txt', text: page('Jun 1'), meta: '{"capturedOn": "1985-06-01"}' }],
    diagnostics: ['a.meta.json:1: warning: the capture date 1985-06-01 (from a.meta.json) is before 1990, so it cannot be right; check a.meta.json'] },
  { name: 'a card dated before 1990', inputs: [{ file: '2025-11-03-a.txt', text: page('Nov 3', 'Mar 2, 1989') }],
    diagnostics: ['2025-11-03-a.txt:13: warning: 1989-03-02 is before 1990, so it cannot be the paper\'s date; kept it as printed'] },
  { name: 'a card dated after its capture', inputs: [{ file: '2025-11-03-a.txt', text: page('Nov 3', 'Mar 2, 2026') }],
    diagnostics: ['2025-11-03-a.txt:13: warning: 2026-03-02 is after the capture date 2025-11-03'] },
  { name: 'a sidecar that names its date twice', inputs: [{ file: 'a.txt', text: page('Nov 3'), meta: '{"capturedOn": "2025-11-03", "capturedOn": "2024-11-03"}' }],
    diagnostics: ['a.meta.json:1: error: the key "capturedOn" appears more than once, so which value is meant is unclear; keep one'] },
  { name: 'a repeated key inside a value is not at the top', inputs: [{ file: 'a.txt', text: page('Nov 3'), meta: '{"capturedOn": "2025-11-03", "note": {"x": 1, "y": {"x": 2}}}' }],
    diagnostics: ['a.meta.json:1: warning: unknown key "note"; ignored it'] },
  { name: 'a year inferred past 9999', inputs: [{ file: 'a.txt', text: page('Nov 3', 'Oct 4, 9999') }],
    diagnostics: ['a.txt:5: error: cannot tell the capture year: the year after 9999 (the latest year printed on the page) does not fit YYYY-MM-DD; add a.meta.json with {"capturedOn": "YYYY-MM-DD"}'] },
  { name: 'a plausible capture: nothing to say', inputs: [{ file: '2025-11-03-a.txt', text: page('Nov 3', 'Oct 4, 2024') }],
    diagnostics: [] },
];

describe('implausible dates', () => {
  it.each(rows)('$name', ({ inputs, diagnostics }) => {
    const { dataset, errors } = buildDataset(inputs, { today: TODAY });
    const shown = [
      ...dataset.diagnostics,
      ...errors.filter((e) => !dataset.diagnostics.includes(e)),
    ];
    expect(shown.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`)).toEqual(
      diagnostics,
    );
  });
});
