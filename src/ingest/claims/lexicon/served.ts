// "serves 3x more requests", "answers 12x more queries per second", "holds 3.2x
// more sequences": more work served is throughput, more work held at once is
// memory capacity. A count of work items is not a performance noun by itself
// ("3x more tokens" can be a cost), so the verb or a per-time tail must say so.
import { wordsRegex } from './build';

/** Units of work a system serves. */
export const SERVED_WORK = [
  'requests',
  'queries',
  'users',
  'sequences',
  'agents',
  'streams',
  'images',
  'videos',
  'frames',
  'samples',
  'tokens',
  'models',
  'sessions',
  'clients',
  'conversations',
  'prompts',
  'jobs',
  'tenants',
  'adapters',
  'fine-tunes',
  'traces',
  'rollouts',
  'robots',
  'trajectories',
  'episodes',
  'environments',
  'lookups',
  // Serverless functions a node keeps warm: "supports 11x more functions per node".
  'functions',
] as const;

/** Verbs of serving: more work served is a throughput claim. */
export const SERVE_VERBS = [
  'serv*',
  'answer*',
  'handl*',
  'process*',
  'support*',
  'sustain*',
  'admit*',
  'multiplex*',
  'complet*',
  'generat*',
] as const;

/** Verbs of holding: more work held at once is a memory (capacity) claim. */
// "allows 4x more concurrent traces": what the saved memory lets the system hold.
export const CAPACITY_VERBS = [
  'hold*',
  'keep*',
  'fit*',
  'store*',
  'host*',
  'accommodat*',
  'allow*',
  'enabl*',
  'permit*',
] as const;

/**
 * Verbs of making room for more at once: "fits 2.5x longer sequences", "permits batch sizes
 * up to 7.5x larger", "allows graphs four times larger" (what saved memory lets it hold).
 */
export const ROOM_VERBS = [
  'allow*',
  'enabl*',
  'permit*',
  'fit*',
  'handl*',
  'accommodat*',
  'support*',
  'hold*',
  'admit*',
  'unlock*',
  // "can follow streams 30 times longer before running out of memory": a stream kept up with.
  'follow*',
] as const;

/**
 * What a system makes room for: the head of the phrase a verb of ROOM_VERBS holds before
 * "N× larger" ("graphs four times larger", "batch sizes up to 7.5x larger", "sequence
 * lengths 4x longer"); "allows a 2x larger learning rate" holds a setting.
 */
export const HELD_THINGS = [
  'batch*',
  'micro-batch*',
  'minibatch*',
  'mini-batch*',
  'sequence*',
  'length',
  'lengths',
  'context*',
  'window*',
  'prompt*',
  'input*',
  'model*',
  'system*',
  'graph*',
  'mesh*',
  'meshes',
  'clouds',
  'scene*',
  'image*',
  'video*',
  'document*',
  'dataset*',
  'table*',
  'index*',
  'indices',
  'embedding*',
  'vocabular*',
  'problem*',
  'instance*',
  'network*',
  'tensor*',
  'matri*',
  'workload*',
  'state*',
  'cache*',
  'size',
  'sizes',
  'stream*',
] as const;

/** Per-time tails that make any count a rate: "more images per minute". */
export const RATE_TAILS = [
  'second',
  'sec',
  's',
  'minute',
  'min',
  'hour',
  'GPU',
  'node',
  'dollar',
  'step',
] as const;

export const SERVED_WORK_WORD = new Set<string>(SERVED_WORK);
export const SERVE_VERB = new RegExp(`^${wordsRegex(SERVE_VERBS).source}$`, 'i');
export const CAPACITY_VERB = new RegExp(`^${wordsRegex(CAPACITY_VERBS).source}$`, 'i');
export const RATE_TAIL = new Set<string>(RATE_TAILS.map((t) => t.toLowerCase()));

/**
 * Units of work that "per second" after a count makes a rate the system reaches:
 * "2,400 embeddings per second", "300 documents/s". Counts of time or size are not here.
 */
export const RATE_WORK = [
  'tokens',
  'samples',
  'images',
  'frames',
  'queries',
  'requests',
  'sequences',
  'embeddings',
  'documents',
  'pages',
  'utterances',
  'videos',
  'trajectories',
  'episodes',
  'steps',
  'updates',
  'sentences',
  'words',
  'characters',
  'graphs',
  'molecules',
  'predictions',
  'inferences',
  'rows',
  'records',
  'vectors',
  'passages',
  'chunks',
  'actions',
  'transactions',
  'lookups',
  'inserts',
  'insertions',
  'writes',
  'reads',
  'searches',
  // Perception and testing pipelines count what they take in or run.
  'LiDAR points',
  'points',
  'point clouds',
  'clouds',
  'test cases',
  // Data and streaming systems count what flows through them: "delivers 24,870 texts/s",
  // "ingests 1.2M events per second", "parses 90K log lines/s".
  'texts',
  'files',
  'messages',
  'events',
  'items',
  'prompts',
  'responses',
  'lines',
  'log lines',
  'tuples',
  'objects',
  'clips',
  'conversations',
  'tasks',
  'jobs',
] as const;
