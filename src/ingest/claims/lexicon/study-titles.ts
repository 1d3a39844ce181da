// Words of a paper's title that say what the paper is: a survey, a benchmark, an
// empirical, profiling or measurement study (study.ts, rule study-title). The
// abstract's figures are then the measured systems', until the paper proposes
// something of its own. Matched case-insensitively as whole words (build.ts).
import { alternation } from './build';

/**
 * A gerund that opens the title or its subtitle (after ":" or "?"): "Benchmarking
 * Serving Engines on Edge GPUs", "X: Profiling LoRA on a Consumer GPU". A method's
 * gerunds ("Accelerating …", "Scaling …", "Towards …") are no cue.
 */
export const STUDY_TITLE_GERUNDS = [
  'benchmarking',
  'characterizing',
  'characterising',
  'profiling',
  'measuring',
  'evaluating',
  'understanding',
  'demystifying',
  'analyzing',
  'analysing',
  'dissecting',
  'comparing',
  'auditing',
  'surveying',
  'quantifying',
  'examining',
  'investigating',
  'assessing',
] as const;

/**
 * What the paper is, named where the title or its subtitle starts, after an article and
 * up to three words: "… : An Empirical Study", "? A Trace-Driven Characterization",
 * "X: A Benchmark for …", "An Ablation of …", "Closed-Loop Effects of …". A word of a
 * method's name is no cue: "Benchmark-Aware Scheduling" (a hyphen goes on), "Towards a
 * Unified Benchmark" (the subtitle starts with "Towards").
 */
export const STUDY_TITLE_KINDS = [
  'study',
  'survey',
  'analysis',
  'evaluation',
  're-evaluation',
  'characterization',
  'characterisation',
  'ablation',
  'audit',
  'review',
  'comparison',
  'benchmark',
  'census',
  'taxonomy',
  'measurement',
  'measurements',
  'closer look',
  'effects',
  'impact',
] as const;

/**
 * A name for the kind of paper anywhere in the title: "A Survey of …", "SoK: …", "A
 * Practitioner's Map of …", "Compressing X: A Taxonomy and Practitioner's Guide". Not
 * "Lessons from …": over every corpus, such papers report the authors' own systems
 * ("Lessons from a Disaggregated Preprocessing Service at Fleet Scale").
 */
export const STUDY_TITLE_NAMES = [
  'survey',
  'SoK',
  'empirical study',
  'systematic study',
  'comparative study',
  'measurement study',
  "practitioner's",
  'practitioner’s',
  'practical guide',
  'field guide',
  'a guide to',
  'anatomy of',
] as const;

/**
 * The first word of a title, or of its subtitle, that is one question ending the title:
 * "How Fast Is Local Inference?", "SpeedBump: How Fast Are Open Models on Laptops?" (over
 * every corpus, 22 of 23 such subtitles head papers with no claim). A question with a
 * subtitle after it is what the subtitle says: "How Small Can a Recognizer Get? Quantizing
 * Transducers for CPUs" is a method's.
 */
export const STUDY_TITLE_QUESTION_WORDS = [
  'how',
  'what',
  'which',
  'when',
  'why',
  'where',
  'is',
  'are',
  'does',
  'do',
  'can',
  'should',
] as const;

/**
 * What a title may name beside its study as the paper's own work ("A Systematic Study and
 * a Compact English Model", "A Production Study and a Faster System"): then the paper
 * proposes something, and the title is no study cue (study.ts, studyTitle).
 */
export const STUDY_TITLE_OWN_WORK = [
  'model',
  'models',
  'method',
  'system',
  'framework',
  'algorithm',
  'predictor',
  'recipe',
  'tool',
  'toolkit',
  'library',
  'kernel',
  'kernels',
  'compiler',
  'engine',
  'scheduler',
  'runtime',
  'accelerator',
  'design',
  'solution',
  'fix',
] as const;

/**
 * Gerunds of making the studied thing better, coordinated with the study's gerund: the paper
 * builds something ("Profiling and Accelerating …", "Characterizing and Optimizing …",
 * "Measuring, Modeling and Reducing …"), so the title is no study cue (study.ts).
 */
export const STUDY_TITLE_IMPROVING = [
  'accelerating',
  'optimizing',
  'optimising',
  'improving',
  'speeding up',
  'reducing',
  'mitigating',
  'fixing',
  'compressing',
  'scaling',
  'redesigning',
  'tuning',
  'eliminating',
  'exploiting',
] as const;

export const STUDY_TITLE_IMPROVING_SOURCE = alternation(STUDY_TITLE_IMPROVING);
export const STUDY_TITLE_OWN_WORK_SOURCE = alternation(STUDY_TITLE_OWN_WORK);
export const STUDY_TITLE_GERUND_SOURCE = alternation(STUDY_TITLE_GERUNDS);
export const STUDY_TITLE_KIND_SOURCE = alternation(STUDY_TITLE_KINDS);
export const STUDY_TITLE_NAME_SOURCE = alternation(STUDY_TITLE_NAMES);
export const STUDY_TITLE_QUESTION_SOURCE = alternation(STUDY_TITLE_QUESTION_WORDS);
