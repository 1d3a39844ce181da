import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, type ClaimKind } from '../dataset/schema';
import { METRIC_RULES } from './metric-synonyms';
import { normalizeMetric } from './normalize-metric';

describe('metric rules', () => {
  it('have unique kebab-case names and labels', () => {
    const names = METRIC_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of [...names, 'other']) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(names).not.toContain('other');
    const labels = METRIC_RULES.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('each kind implies at most one rule', () => {
    const implied = METRIC_RULES.flatMap((r) => (r.impliedByKind ? [r.impliedByKind] : []));
    expect(new Set(implied).size).toBe(implied.length);
  });

  // Every synonym, as a metric on its own, reaches its own rule: none is shadowed by
  // an earlier row, and none is a typo that could never match.
  const everyPhrase = METRIC_RULES.flatMap((rule) =>
    rule.phrases.map((phrase) => ({
      rule: rule.name,
      phrase,
      kind: (rule.kinds?.[0] ?? rule.impliedByKind ?? 'speedup') as ClaimKind,
    })),
  );
  it.each(everyPhrase)('"$phrase" ($kind) is $rule', ({ rule, phrase, kind }) => {
    expect(normalizeMetric({ metric: phrase, kind }).name).toBe(rule);
    expect(
      normalizeMetric({ metric: `the ${phrase.toUpperCase()} on long inputs`, kind }).name,
    ).toBe(rule);
  });
});

describe('normalizeMetric', () => {
  it.each<[string | null, ClaimKind, string]>([
    // Phrasings as the claims grammar reads them from abstracts.
    ['time to first token', 'latency', 'prefill-latency'],
    ['TTFT', 'latency', 'prefill-latency'],
    ['prefill latency', 'latency', 'prefill-latency'],
    ['Time-To-First-Token', 'speedup', 'prefill-latency'],
    ['compute requirement of prefill', 'compute', 'compute'],
    ['time per output token', 'latency', 'per-token-latency'],
    ['TPOT', 'latency', 'per-token-latency'],
    ['decoding latency', 'latency', 'per-token-latency'],
    ['decoding', 'throughput', 'decoding-throughput'],
    ['decoding', 'latency', 'per-token-latency'],
    ['generation throughput', 'throughput', 'decoding-throughput'],
    ['tokens/s', 'throughput', 'decoding-throughput'],
    ['KV-cache', 'compression', 'kv-cache-memory'],
    ['memory requirement of the KV cache', 'memory', 'kv-cache-memory'],
    ['key-value cache size', 'memory', 'kv-cache-memory'],
    ['peak GPU memory', 'memory', 'memory'],
    ['training cost', 'cost', 'cost'],
    ['training throughput', 'throughput', 'training-throughput'],
    ['pre-training', 'speedup', 'training-throughput'],
    ['convergence', 'speedup', 'training-throughput'],
    ['aggregate throughput', 'throughput', 'serving-throughput'],
    ['normalized inference throughput', 'throughput', 'serving-throughput'],
    ['inference speed', 'speedup', 'end-to-end-inference'],
    ['end-to-end latency', 'latency', 'end-to-end-inference'],
    ['measured latency', 'latency', 'end-to-end-inference'],
    ['wall-clock time', 'speedup', 'end-to-end-inference'],
    ['backward', 'speedup', 'kernel-speed'],
    ['inference kernel', 'speedup', 'kernel-speed'],
    ['Model Flops Utilization (MFU)', 'utilization', 'utilization'],
    ['FLOPs', 'compute', 'compute'],
    ['energy per token', 'energy', 'energy'],
    // The kind alone says what is measured.
    [null, 'cost', 'cost'],
    [null, 'memory', 'memory'],
    [null, 'utilization', 'utilization'],
    ['sticker', 'cost', 'cost'],
    // Unknown metrics go to Other, never away.
    [null, 'speedup', 'other'],
    [null, 'throughput', 'other'],
    ['', 'speedup', 'other'],
    ['accuracy on GSM8K', 'speedup', 'other'],
    ['prefilled', 'speedup', 'other'],
    ['ttfts', 'latency', 'other'],
    ['<script>kv cache</script>', 'speedup', 'kv-cache-memory'],
  ])('%j (%s) -> %s', (metric, kind, name) => {
    expect(normalizeMetric({ metric, kind }).name).toBe(name);
  });

  it('gives every claim kind, with no metric, a group', () => {
    for (const kind of CLAIM_KINDS)
      expect(normalizeMetric({ metric: null, kind }).label).toBeTruthy();
  });
});
