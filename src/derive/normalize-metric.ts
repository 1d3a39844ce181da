import type { Claim } from '../dataset/schema';
import { METRIC_RULES, OTHER_METRIC, type MetricRule } from './metric-synonyms';

export interface NormalMetric {
  name: string;
  label: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One pattern per rule, built from its phrase list; longer phrases first so the
// alternation prefers "kv cache" over a shorter phrase it contains.
const PATTERNS = METRIC_RULES.map((rule) => ({
  rule,
  pattern: new RegExp(
    `(?:^|[^a-z0-9])(?:${[...rule.phrases]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?=$|[^a-z0-9])`,
  ),
}));

/** Case and runs of spaces do not matter; hyphens and slashes stay (they are in phrases). */
function canonicalText(metric: string): string {
  return metric.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The rule a claim's metric matches, else the rule its kind implies, else null. */
export function metricRule(claim: Pick<Claim, 'metric' | 'kind'>): MetricRule | null {
  if (claim.metric !== null) {
    const text = canonicalText(claim.metric);
    for (const { rule, pattern } of PATTERNS) {
      if (rule.kinds && !rule.kinds.includes(claim.kind)) continue;
      if (pattern.test(text)) return rule;
    }
  }
  return METRIC_RULES.find((r) => r.impliedByKind === claim.kind) ?? null;
}

/** What the claim measures, as a leaderboard group: a known metric, or "Other". */
export function normalizeMetric(claim: Pick<Claim, 'metric' | 'kind'>): NormalMetric {
  const rule = metricRule(claim);
  return rule ? { name: rule.name, label: rule.label } : OTHER_METRIC;
}
