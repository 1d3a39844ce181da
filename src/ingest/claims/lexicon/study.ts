// Words that make an abstract a measurement study or a benchmark: the paper
// measures other people's systems ("we benchmark five engines", "a controlled
// measurement study"), so the figures it reports are theirs, until the paper
// proposes something of its own ("guided by these findings, we design …").
import { alternation } from './build';

/** Phrases that name the paper's kind of work. */
export const STUDY_PHRASES = [
  'measurement study',
  'empirical study',
  'benchmarking study',
  'characterization study',
  'characterisation study',
  'reproducibility study',
  'measurement harness',
  'benchmark harness',
  'benchmarking harness',
  'measurement of',
  // "this work evaluates graph compilers across …": the paper's job is the evaluation
  'this work evaluates',
  'this paper evaluates',
  'this study evaluates',
  'this work benchmarks',
  'this paper benchmarks',
  'this work characterizes',
  'this paper characterizes',
  'this work measures',
  'this paper measures',
  'this paper reports on',
  'we audit',
  // a belief put to the test: "we test this assumption stage by stage on four phones"
  'test this assumption',
  'test the assumption',
  'test this hypothesis',
  'test this belief',
] as const;

/**
 * What the authors do to other people's systems, before their plural ("we
 * re-implement the node-wise and subgraph samplers"). Verbs a paper also uses for
 * its own motivation ("we characterize the bottlenecks", "we instrument the
 * pipeline") count only before a count of systems (MEASURING_VERBS).
 */
export const STUDY_VERBS = [
  'reimplement',
  're-implement',
  're-run',
  'rerun',
  're-evaluat*',
] as const;

/**
 * Verbs that say the authors measured, not built: a study when a count of measured
 * things follows within the sentence ("we measure power … of six models", "we
 * profile 22 training workloads", STUDIED_THINGS).
 */
export const COUNTED_STUDY_VERBS = [
  'benchmark',
  'measure',
  'characterize',
  'characterise',
  'profile',
  'analyze',
  'analyse',
  'instrument*',
  'survey',
  // "we record latency, memory and energy for four published schemes"
  'record',
] as const;

/** What such a study counts. */
export const STUDIED_THINGS = [
  'engines',
  'runtimes',
  'systems',
  'databases',
  'stores',
  'services',
  'APIs',
  'frameworks',
  'libraries',
  'methods',
  'models',
  'schedulers',
  'compilers',
  'accelerators',
  'implementations',
  'jobs',
  'requests',
  'traces',
  'workloads',
  'kernels',
  'tools',
  'platforms',
  'stacks',
  // hardware benchmarked: "we benchmark one model on four phones"
  'devices',
  'phones',
  'smartphones',
  'boards',
  'computers',
  'laptops',
  'SoCs',
  'GPUs',
  'CPUs',
  'chips',
  'formats',
  'samplers',
  'baselines',
  'approaches',
  'schemes',
  'techniques',
  'algorithms',
] as const;

/** "we evaluate nine … engines": a verb of measuring, right before a count of systems. */
export const MEASURING_VERBS = [
  'measure',
  'evaluate',
  'compare',
  'test',
  'study',
  'analyze',
  'analyse',
  'assess',
  'examine',
  'characterize',
  'characterise',
  'profile',
  'benchmark',
  'audit',
  'survey',
] as const;

/** Kinds of system a study counts: someone else's, by the dozen. */
export const MEASURED_SYSTEMS = [
  'engines',
  'runtimes',
  'systems',
  'methods',
  'techniques',
  'frameworks',
  'databases',
  'libraries',
  'loaders',
  'samplers',
  'schedules',
  'schedulers',
  'policies',
  'optimizers',
  'proxies',
  'compilers',
  'implementations',
  'approaches',
  'services',
  'APIs',
  'papers',
  'stores',
  'accelerators',
  'platforms',
  'formats',
  // "three open-source disaggregated serving stacks"
  'stacks',
] as const;

/** Models are counted by a study only as someone else's: "23 open models", "three commercial … models". */
export const OTHERS_MODELS = [
  'open',
  'open-weight',
  'commercial',
  'proprietary',
  'deployed',
] as const;

/** Others' work by how it is had, after a count: "three commercial providers", "five popular engines". */
export const OTHERS_WORK = [
  'commercial',
  'proprietary',
  'popular',
  'widely used',
  'widely-used',
] as const;

/** Work others put out, right after a count: "we survey 14 published designs". */
export const PUBLISHED_WORK = ['published', 'reported', 'released', 'publicly available'] as const;

/** What a study counts: "we analyze 2.3 million requests", "statistics from 3,100 jobs". */
export const STUDY_RECORDS = ['requests', 'traces', 'jobs', 'sessions', 'logs', 'queries'] as const;

/** Verbs with which the paper puts forward something of its own. */
export const PROPOSAL_VERBS = [
  'propose',
  'proposed',
  'present',
  'presented',
  'introduce',
  'introduced',
  'design',
  'designed',
  'develop',
  'developed',
  'build',
  'built',
  'deploy',
  'deployed',
  'devise',
  'devised',
  'contribute',
  // "we train a judge that scores trajectories", "we also provide a simple baseline that …",
  // "we rewrite the decode kernel": something of the paper's own
  'train',
  'trained',
  'provide',
  'provided',
  'rewrite',
  'rewrote',
  // "we implement several alternative fusion strategies by hand": designs of the paper's own
  // ("we re-implement six engines" stays a study's harness: the hyphen keeps it apart).
  'implement',
  'implemented',
] as const;

/**
 * Verbs after a sentence-opening name that do not put forward a design of the
 * paper's own: a result of a measured system ("Milvus achieves 2.1x …") or the
 * contents of a benchmark ("EchoBench contains 12,000 questions").
 */
export const NOT_DESIGN_VERBS = [
  'is',
  'was',
  'has',
  'does',
  'achieves',
  'reaches',
  'runs',
  'trails',
  'leads',
  'lags',
  'decodes',
  'delivers',
  'outperforms',
  'performs',
  'scales',
  'degrades',
  'beats',
  'wins',
  'matches',
  'loses',
  'falls',
  'drops',
  'remains',
  'stays',
  'suffers',
  'shows',
  'yields',
  'gives',
  'contains',
  'includes',
  'comprises',
  'covers',
  'consists',
  'spans',
] as const;

/**
 * What a study puts forward that measures rather than improves: "we present a
 * benchmark", "we propose a reporting checklist". Near the verb, these keep the
 * paper a study.
 */
export const STUDY_ARTIFACTS = [
  'benchmark*',
  'harness*',
  'suite*',
  'dataset*',
  'leaderboard*',
  'checklist*',
  'taxonom*',
  'metric*',
  'standard*',
  'guideline*',
  'recommendation*',
  'profiler*',
  'testbed*',
  'simulator*',
  // "we build an analytical latency model and validate it against measurements"
  'analytical',
  'roofline',
  'methodolog*',
  'study',
  'analys*',
  'characteri*',
  'measurement*',
  'evaluation*',
  'statistics',
  'trace*',
  'corpus',
  'collection*',
  'report*',
  'tool',
  'tools',
  'findings',
  'lessons',
  // "we propose measuring energy per successful goal": a way to measure is a study's tool
  'measuring',
] as const;

/** A result the paper itself gets, even inside a study: "we achieve a 4.5x …". */
export const OWN_RESULT_VERBS = [
  'achiev*',
  'obtain*',
  'attain*',
  'deliver*',
  'gain*',
  'improv*',
  'reduc*',
  'cut',
  'cuts',
  'speed*',
  'accelerat*',
] as const;

/**
 * What the paper built, after "our" and at most one word, doing something: "our
 * aggregation strategy achieves 3.4x …", "our kernels reach …". A result of it is the
 * authors' own, even inside a study. Not "our model" or "our analysis": a study's
 * analytical model or findings are what it measures with.
 */
export const OWN_THINGS = [
  'system',
  'method',
  'approach',
  'design',
  'technique',
  'prototype',
  'implementation',
  'optimization',
  'optimisation',
  'scheduler',
  'fix',
  'solution',
  'strategy',
  'strategies',
  'kernel',
  'engine',
  'library',
  'compiler',
  'runtime',
  'pipeline',
  'framework',
  'policy',
  'policies',
  'scheme',
  'algorithm',
  'service',
  'variant',
  'port',
  'recipe',
  'allocator',
  'planner',
  'tool',
] as const;

export const STUDY_PHRASE_SOURCE = alternation(STUDY_PHRASES);
export const STUDY_VERB_SOURCE = alternation(STUDY_VERBS);
export const MEASURING_VERB_SOURCE = alternation(MEASURING_VERBS);
export const COUNTED_STUDY_VERB_SOURCE = alternation(COUNTED_STUDY_VERBS);
export const STUDIED_THING_SOURCE = alternation(STUDIED_THINGS);
export const MEASURED_SYSTEM_SOURCE = alternation(MEASURED_SYSTEMS);
export const OTHERS_MODEL_SOURCE = alternation(OTHERS_MODELS);
export const STUDY_RECORD_SOURCE = alternation(STUDY_RECORDS);
export const PROPOSAL_VERB_SOURCE = alternation(PROPOSAL_VERBS);
export const STUDY_ARTIFACT_SOURCE = alternation(STUDY_ARTIFACTS);
export const OWN_RESULT_VERB_SOURCE = alternation(OWN_RESULT_VERBS);
export const OWN_THING_SOURCE = alternation(OWN_THINGS);
export const NOT_DESIGN_VERB_SET: ReadonlySet<string> = new Set(NOT_DESIGN_VERBS);
export const PUBLISHED_SOURCE = alternation(PUBLISHED_WORK);
export const OTHERS_WORK_SOURCE = alternation(OTHERS_WORK);
