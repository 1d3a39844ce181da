// @vitest-environment node
// The explain CLI, driven through main(argv, io).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { main } from './explain';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, {
    cwd: root,
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

describe('npm run explain', () => {
  it('prints every number, the rule that decided it and the claim it became', () => {
    const r = run([
      'The',
      'new',
      'kernel',
      'cuts',
      'decode',
      'latency',
      'by',
      '2.5x',
      'over',
      'vLLM',
      'on',
      'H100',
      'in',
      '2024.',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ [38-42] "2.5x" claim by by-verb');
    expect(r.out).toContain('claim: "cuts decode latency by 2.5x"');
    expect(r.out).toContain(
      'factor 2.5, kind latency, metric "decode latency", baseline "vLLM", hardware "H100", condition —',
    );
    expect(r.out).toContain('✗ [64-68] "2024" reject by bare-number');
    expect(r.out).toContain('1 claim; hardware named: H100');
  });

  it('says when the whole abstract reads as a measurement study, and where its own work starts', () => {
    const study = run([
      'We benchmark six open engines on one GPU. EngineA runs 1.4x faster than EngineB.',
    ]).out;
    expect(study).toContain(
      'document: a measurement study or benchmark ("We benchmark six open engines")',
    );
    expect(study).toContain('it proposes nothing of its own');
    expect(study).toContain('"1.4x" reject by measurement-study');
    const fix = run([
      'We benchmark six open engines. EngineA runs 1.4x faster. Guided by these findings, we build a planner that cuts latency by 30%.',
    ]).out;
    expect(fix).toContain('until its own proposal at 57: "Guided by these findings');
    expect(fix).toContain('"30%" claim by by-verb');
    expect(run(['Our kernel cuts latency by 2x.']).out).not.toContain('document:');
  });

  it("reads a title given with --title, and a capture paper's own title", () => {
    const abstract = 'On four phones, RuntimeA decodes 1.9x faster than RuntimeB.';
    expect(run([abstract]).out).toContain('"1.9x" claim by');
    const study = run(['--title', 'Profiling On-Device LLM Runtimes', abstract]);
    expect(study.code).toBe(0);
    expect(study.out).toContain(
      'document: a measurement study or benchmark (its title: "Profiling")',
    );
    expect(study.out).toContain('"1.9x" reject by study-title');
    expect(run([abstract, '--title']).code).toBe(2);
    const map = run([
      '--file',
      'src/ingest/__corpus__/fresh-46/2026-12-04-fresh-46.txt',
      '--paper',
      '20',
    ]).out;
    expect(map).toMatch(/paper 20: A Practitioner's Map of KV Cache Compression\n/);
    expect(map).toContain('(its title: "Practitioner\'s")');
    expect(map).toContain('reject by study-title');
  });

  it('says so when a text holds no number', () => {
    expect(run(['No figures here.']).out).toBe('no numbers\n0 claims; hardware named: —\n');
  });

  it('reads the N-th paper of a capture', () => {
    const r = run(['--file', 'seeds/000_8482466fddf537ca.txt', '--paper', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^seeds\/000_8482466fddf537ca\.txt:\d+: paper 1: Compressed Convolutional/,
    );
    expect(r.out).toContain('"8x" claim by');
  });

  it('answers bad arguments with a message and usage', () => {
    expect(run([]).code).toBe(2);
    const noPaper = run(['--file', 'seeds/000_8482466fddf537ca.txt']);
    expect(noPaper.code).toBe(2);
    expect(noPaper.err).toContain('--paper a number from 1');
    const tooFar = run(['--file', 'seeds/000_8482466fddf537ca.txt', '--paper', '99']);
    expect(tooFar.code).toBe(1);
    expect(tooFar.err).toMatch(/no paper 99: the capture holds \d+/);
    const missing = run(['--file', 'nowhere.txt', '--paper', '1']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^nowhere\.txt:1: cannot read/);
  });
});
