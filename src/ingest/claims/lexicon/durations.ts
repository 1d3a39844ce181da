// Words of the frames an absolute time is reported in: the system does a piece of
// work "in T" ("Shuttle loads a 70B checkpoint in 6.1 s", "it answers a query in
// 140 ms on an RTX 3060"), a whole job "completes in T", or a unit of work costs
// "T per token". The production verbs of classify.ts (generates, renders …) are
// the oldest of these; the lists here widen the frame to the other work a system does.
import { alternation } from './build';

/** Present-tense verbs of work a system does on an object, and their -ing forms. */
export const OPERATION_VERBS = [
  'answers',
  'answering',
  'loads',
  'loading',
  'starts',
  'starting',
  'identifies',
  'identifying',
  'emits',
  'emitting',
  'executes',
  'executing',
  'estimates',
  'estimating',
  'runs',
  'simulates',
  'simulating',
  'completes',
  'completing',
  'finishes',
  'finishing',
  'fine-tunes',
  'computes',
  'computing',
  'processes',
  'processing',
  'compiles',
  'compiling',
  'indexes',
  'indexing',
  'restores',
  'restoring',
  'recovers',
  'switches',
  'swaps',
  'searches',
  'retrieves',
  'retrieving',
  'solves',
  'solving',
  'encodes',
  'encoding',
  'builds',
  'tunes',
  'verifies',
  'detects',
  'segments',
  'classifies',
  'translates',
  'summarizes',
  'plans',
  'migrates',
  'converts',
  'quantizes',
  'prunes',
  'compresses',
  'scores',
  'parses',
  'checks',
  'localizes',
  'brings',
  'forecasts',
] as const;

/** Verbs and objects whose time is a whole job's length (kind speedup), not one output's. */
export const WHOLE_JOB_WORDS = [
  'fine-tun*',
  'tunes',
  'run',
  'runs',
  'batch',
  'session',
  'job',
  'jobs',
  'sweep',
  'exploration',
  'training',
  'pruning',
  'compression',
  'tuning',
  'simulation',
  'search',
] as const;

/** Subjects that are people, not the system: "annotators label a clip in 5 minutes". */
export const PEOPLE_SUBJECTS = [
  'users',
  'participants',
  'annotators',
  'humans',
  'experts',
  'people',
  'developers',
  'raters',
  'engineers',
  'operators',
] as const;

/** A whole job as a subject that finishes: "A complete tuning session finishes in 52 minutes". */
export const JOB_NOUNS = [
  'run',
  'session',
  'job',
  'sweep',
  'exploration',
  'search',
  'batch',
  'pass',
  'training',
  'fine-tuning',
  'pruning',
  'compression',
  'quantization',
  'calibration',
  'tuning',
  'simulation',
  'conversion',
  'distillation',
] as const;

export const OPERATION_VERB_SOURCE = alternation(OPERATION_VERBS);
export const WHOLE_JOB_SOURCE = alternation(WHOLE_JOB_WORDS);
export const PEOPLE_SUBJECT_SOURCE = alternation(PEOPLE_SUBJECTS);
export const JOB_NOUN_SOURCE = alternation(JOB_NOUNS);
