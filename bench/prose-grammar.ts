// Free-form sentences for synthetic abstracts, assembled from small phrases.
// Fixed sentence templates make a corpus far more compressible than real
// abstracts (gzip ~6x against ~2.5x), which would flatter every size ratio the
// bench reports; combining many short pieces brings the text's entropy close to
// real prose while keeping the vocabulary of ML papers.
import type { Rng } from './prng';

// biome-ignore format: one row per case
const SUBJECTS = [
  'we', 'our method', 'this work', 'the proposed design', 'our analysis', 'the resulting model', 'this paper',
  'our implementation', 'the new objective', 'our study', 'the learned policy', 'a simple modification',
  'the full system', 'each component', 'the second stage', 'our formulation', 'the scheduler', 'the approach',
];
// biome-ignore format: one row per case
const VERBS = [
  'improves', 'leverages', 'exploits', 'decouples', 'unifies', 'extends', 'generalizes', 'approximates',
  'preserves', 'balances', 'stabilizes', 'bridges', 'revisits', 'characterizes', 'mitigates', 'captures',
  'models', 'learns', 'rethinks', 'simplifies', 'regularizes', 'aligns', 'compresses', 'estimates',
  'parameterizes', 'disentangles', 'amortizes', 'calibrates', 'partitions', 'reuses', 'predicts', 'refines',
  'quantifies', 'encodes', 'schedules', 'distills', 'integrates', 'replaces', 'augments', 'targets',
];
// biome-ignore format: one row per case
const GERUNDS = [
  'reusing', 'caching', 'sharing', 'pruning', 'merging', 'sampling', 'routing', 'reordering', 'recomputing',
  'aligning', 'mixing', 'projecting', 'interpolating', 'decomposing', 'ranking', 'filtering', 'masking',
  'balancing', 'overlapping', 'batching', 'prefetching', 'tiling', 'clustering', 're-weighting', 'annealing',
];
// biome-ignore format: one row per case
const ADJECTIVES = [
  'intermediate', 'redundant', 'salient', 'low-rank', 'sparse', 'dense', 'latent', 'discrete', 'continuous',
  'hierarchical', 'local', 'global', 'temporal', 'spatial', 'semantic', 'structural', 'noisy', 'stale',
  'long-range', 'short-range', 'fine-grained', 'coarse', 'adaptive', 'static', 'learned', 'heuristic',
  'token-level', 'layer-wise', 'head-wise', 'block-sparse', 'quantized', 'normalized', 'causal', 'bidirectional',
  'cross-modal', 'multilingual', 'synthetic', 'out-of-distribution', 'high-resolution', 'irregular',
];
// biome-ignore format: one row per case
const NOUNS = [
  'representations', 'activations', 'gradients', 'attention maps', 'key-value states', 'embeddings',
  'feature maps', 'hidden states', 'logits', 'weights', 'residual streams', 'memory accesses', 'kernels',
  'tokens', 'queries', 'experts', 'layers', 'heads', 'patches', 'frames', 'trajectories', 'rewards',
  'reasoning traces', 'prompts', 'retrieved passages', 'depth maps', 'point clouds', 'meshes', 'waveforms',
  'spectrograms', 'graphs', 'schedules', 'workloads', 'requests', 'batches', 'shards', 'checkpoints',
  'optimizer states', 'loss landscapes', 'decision boundaries', 'scaling laws', 'benchmarks', 'annotations',
];
// biome-ignore format: one row per case
const MODIFIERS = [
  'with negligible overhead', 'at scale', 'in practice', 'under a fixed compute budget', 'without extra supervision',
  'across model families', 'on commodity hardware', 'during both training and inference', 'in the low-data regime',
  'for long sequences', 'under distribution shift', 'at every layer', 'in a single forward pass', 'end to end',
  'with provable guarantees', 'in closed form', 'on the fly', 'under tight memory limits', 'for free',
  'across languages and modalities', 'at a fraction of the usual cost', 'with minimal code changes',
];
// biome-ignore format: one row per case
const CONNECTIVES = ['Moreover,', 'In addition,', 'Crucially,', 'Notably,', 'Empirically,', 'Concretely,', 'As a result,', 'Furthermore,', 'To this end,', 'In particular,'];

/** A rare technical word: most of a real corpus's vocabulary is words like these, seen a handful of times. */
export function jargon(rng: Rng): string {
  const word = rng.pick(JARGON_PREFIXES) + rng.pick(JARGON_STEMS) + rng.pick(JARGON_SUFFIXES);
  // Abstracts coin acronyms freely (CCA, CCGQA, MHA): they keep the vocabulary growing with the corpus.
  return rng.chance(0.5) ? `${word} (${acronym(rng)})` : word;
}

function acronym(rng: Rng): string {
  let s = '';
  for (let i = rng.int(3, 5); i > 0; i--) s += String.fromCharCode(65 + rng.int(0, 25));
  return s;
}
// biome-ignore format: one row per case
const JARGON_PREFIXES = ['', '', 'hyper', 'cross', 'sub', 'multi', 'inter', 'intra', 'meta', 'co', 'pre', 'post', 'semi', 'bi', 'de', 're', 'over', 'under', 'auto', 'poly'];
// biome-ignore format: one row per case
const JARGON_STEMS = ['token', 'layer', 'expert', 'shard', 'block', 'head', 'channel', 'patch', 'frame', 'kernel', 'tile', 'stream', 'graph', 'route', 'cache', 'query', 'span', 'mask', 'phase', 'rank', 'bucket', 'window', 'slot', 'lane', 'warp', 'page', 'chunk', 'prefix', 'vector', 'codebook'];
// biome-ignore format: one row per case
const JARGON_SUFFIXES = ['wise', '-aware', 'ization', ' alignment', ' merging', ' sharding', ' recomposition', ' folding', ' routing', ' skipping', ' eviction', ' balancing', ' packing', ' interleaving', ' reordering', ' pruning', ' gating', ' decomposition'];

// Now and then a coined term, as real abstracts name their own mechanisms.
const phrase = (r: Rng) => (r.chance(0.12) ? jargon(r) : `${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`);

const STRUCTURES: ((r: Rng) => string)[] = [
  (r) => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${phrase(r)} by ${r.pick(GERUNDS)} ${phrase(r)}`,
  (r) => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${phrase(r)} ${r.pick(MODIFIERS)}`,
  (r) => `by ${r.pick(GERUNDS)} ${phrase(r)}, ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${phrase(r)}`,
  (r) =>
    `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${phrase(r)} while ${r.pick(GERUNDS)} ${phrase(r)} ${r.pick(MODIFIERS)}`,
  (r) =>
    `unlike ${phrase(r)}, ${phrase(r)} can be ${r.pick(GERUNDS).replace(/ing$/, 'ed')} ${r.pick(MODIFIERS)}`,
  (r) =>
    `${phrase(r)} and ${phrase(r)} turn out to be ${r.pick(['complementary', 'redundant', 'tightly coupled', 'largely independent', 'equally important'])}`,
  (r) => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${phrase(r)} and ${r.pick(VERBS)} ${phrase(r)}`,
  (r) =>
    `we observe that ${phrase(r)} ${r.pick(['dominate', 'limit', 'explain', 'predict', 'determine'])} ${phrase(r)} ${r.pick(MODIFIERS)}`,
];

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function freeSentence(rng: Rng): string {
  const body = rng.pick(STRUCTURES)(rng);
  return rng.chance(0.3) ? `${rng.pick(CONNECTIVES)} ${body}.` : `${capitalize(body)}.`;
}
