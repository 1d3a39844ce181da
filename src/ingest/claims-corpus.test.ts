// The extractor against hand-labelled abstracts, corpus by corpus, with exact
// figures: a claim lost or gained anywhere fails, and so does a kind or a
// baseline that changes. Each corpus folder holds page captures, expected.json
// (what a careful reader would put in the claims table) and known-misses.json
// (the claims the extractor misses or invents today). When a rule change
// fixes a miss, remove its line and update the row's figures; never edit
// expected.json to agree with the extractor. How each corpus was written and
// what the extractor scored on it before any rule saw it: __corpus__/README.md.
import { describe, expect, it } from 'vitest';
import { type ExpectedPaper, scoreCorpus } from './corpus-score';

const captures = import.meta.glob<string>('./__corpus__/**/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const json = import.meta.glob<unknown>('./__corpus__/**/*.json', {
  import: 'default',
  eager: true,
});

function corpus(folder: string) {
  const dir = folder === 'main' ? './__corpus__/' : `./__corpus__/${folder}/`;
  const files = Object.fromEntries(
    Object.entries(captures).filter(
      ([path]) => path.startsWith(dir) && !path.slice(dir.length).includes('/'),
    ),
  );
  return {
    files,
    expected: json[`${dir}expected.json`] as ExpectedPaper[],
    knownMisses: json[`${dir}known-misses.json`] as string[],
  };
}

// kinds: true positives with the expected kind; baselines and hardware: true
// positives whose baseline (hardware) agrees, of those whose expected claim has
// that label (the older corpora have no hardware labels).
// biome-ignore format: one row per corpus
const rows = [
  { folder: 'main', papers: 54, tp: 112, fp: 1, fn: 0, kinds: 104, baselines: [108, 112], hardware: [0, 0] },
  { folder: 'holdout', papers: 22, tp: 39, fp: 2, fn: 0, kinds: 39, baselines: [34, 39], hardware: [0, 0] },
  { folder: 'holdout-2', papers: 15, tp: 27, fp: 0, fn: 0, kinds: 27, baselines: [27, 27], hardware: [0, 0] },
  { folder: 'fresh-1', papers: 68, tp: 139, fp: 1, fn: 1, kinds: 134, baselines: [132, 139], hardware: [130, 139] },
  { folder: 'fresh-2', papers: 48, tp: 88, fp: 2, fn: 2, kinds: 87, baselines: [84, 88], hardware: [84, 88] },
  { folder: 'fresh-3', papers: 46, tp: 86, fp: 0, fn: 0, kinds: 79, baselines: [80, 86], hardware: [82, 86] },
  { folder: 'fresh-4', papers: 45, tp: 80, fp: 0, fn: 0, kinds: 75, baselines: [77, 80], hardware: [78, 80] },
  { folder: 'fresh-5', papers: 10, tp: 17, fp: 1, fn: 0, kinds: 16, baselines: [16, 17], hardware: [17, 17] },
  { folder: 'fresh-6', papers: 34, tp: 64, fp: 4, fn: 1, kinds: 61, baselines: [59, 64], hardware: [64, 64] },
  { folder: 'fresh-7', papers: 33, tp: 66, fp: 0, fn: 1, kinds: 64, baselines: [62, 66], hardware: [65, 66] },
  // fresh-8 to fresh-11 were scored unseen (first-run figures in the corpus
  // README) and are now open for rule work like the others: after a rule
  // change, regenerate their rows and known-misses.json with the scripts.
  { folder: 'fresh-8', papers: 46, tp: 123, fp: 2, fn: 0, kinds: 115, baselines: [109, 123], hardware: [110, 123] },
  { folder: 'fresh-9', papers: 48, tp: 121, fp: 3, fn: 0, kinds: 117, baselines: [111, 121], hardware: [108, 121] },
  // fresh-10 and fresh-11: scored unseen at 1c27499 and again at 5928226 (corpus README).
  { folder: 'fresh-10', papers: 59, tp: 136, fp: 6, fn: 4, kinds: 133, baselines: [120, 136], hardware: [134, 136] },
  { folder: 'fresh-11', papers: 55, tp: 137, fp: 0, fn: 2, kinds: 129, baselines: [120, 137], hardware: [132, 137] },
  // fresh-12 and fresh-13: the final unseen measure, kept off main until the rules of
  // the day had landed and scored at 7d48791 (corpus README).
  { folder: 'fresh-12', papers: 52, tp: 146, fp: 7, fn: 1, kinds: 138, baselines: [133, 146], hardware: [140, 146] },
  { folder: 'fresh-13', papers: 46, tp: 131, fp: 4, fn: 0, kinds: 125, baselines: [121, 131], hardware: [120, 131] },
  // fresh-16 and fresh-18: written 2026-12-03 afternoon by people who had not read the
  // rules, scored unseen at 034eb8d (corpus README), then opened for rule work.
  { folder: 'fresh-16', papers: 54, tp: 141, fp: 0, fn: 0, kinds: 140, baselines: [139, 141], hardware: [141, 141] },
  { folder: 'fresh-18', papers: 54, tp: 129, fp: 0, fn: 0, kinds: 123, baselines: [116, 129], hardware: [126, 129] },
  // fresh-14, fresh-15 and fresh-17: written the same hour as fresh-16 and fresh-18 and
  // kept off main until every rule change of the afternoon had landed; scored at
  // 034eb8d and at 7c1c586 (corpus README).
  { folder: 'fresh-14', papers: 53, tp: 130, fp: 0, fn: 0, kinds: 126, baselines: [127, 130], hardware: [124, 130] },
  { folder: 'fresh-15', papers: 56, tp: 134, fp: 0, fn: 1, kinds: 129, baselines: [132, 134], hardware: [128, 134] },
  { folder: 'fresh-17', papers: 60, tp: 86, fp: 0, fn: 0, kinds: 81, baselines: [82, 86], hardware: [86, 86] },
  // fresh-19 (compression, efficient architectures, on-device) and fresh-21 (GNNs,
  // recommendation, federated, scientific ML, ML for databases, data loading): written
  // 2026-12-03 evening by people who had not read the rules, scored unseen at c2d6939
  // (corpus README), then opened for rule work.
  { folder: 'fresh-19', papers: 55, tp: 105, fp: 0, fn: 0, kinds: 105, baselines: [96, 105], hardware: [102, 105] },
  { folder: 'fresh-21', papers: 58, tp: 85, fp: 0, fn: 1, kinds: 81, baselines: [73, 85], hardware: [85, 85] },
  // fresh-20 (a Daily Papers mix) and fresh-22 (hardware, kernels, accelerators, energy):
  // written the same hour as fresh-19 and fresh-21 and kept off main, out of sight of every
  // rule author, until all of the evening's rule changes had landed; scored at c2d6939 and
  // at 9bf099a (corpus README).
  { folder: 'fresh-20', papers: 56, tp: 96, fp: 0, fn: 0, kinds: 93, baselines: [91, 96], hardware: [95, 96] },
  { folder: 'fresh-22', papers: 58, tp: 139, fp: 0, fn: 1, kinds: 132, baselines: [129, 139], hardware: [131, 139] },
  // fresh-24 (training systems) and fresh-25 (retrieval, real-time ML): written on the night
  // of 2026-12-03 by people who had not read the rules, scored at cae2d22 before any rule saw
  // them (corpus README), then opened for rule work.
  { folder: 'fresh-24', papers: 56, tp: 104, fp: 0, fn: 2, kinds: 92, baselines: [95, 104], hardware: [104, 104] },
  { folder: 'fresh-25', papers: 55, tp: 99, fp: 0, fn: 0, kinds: 93, baselines: [93, 99], hardware: [99, 99] },
  // fresh-23 (LLM serving) and fresh-26 (a Daily Papers mix): written the same night as
  // fresh-24 and fresh-25 and kept off main, out of sight of every rule author, until all of
  // that night's rule changes had landed; scored at cae2d22 and at 442bbfc (corpus README).
  { folder: 'fresh-23', papers: 57, tp: 101, fp: 0, fn: 0, kinds: 98, baselines: [98, 101], hardware: [94, 101] },
  { folder: 'fresh-26', papers: 56, tp: 88, fp: 0, fn: 0, kinds: 85, baselines: [79, 88], hardware: [87, 88] },
  // fresh-28 (embodied and real-time perception) and fresh-30 (a fourth Daily Papers mix):
  // written on 2026-12-04 by people who had not read the rules, scored at 442bbfc before any
  // rule saw them (corpus README), then opened for rule work.
  { folder: 'fresh-28', papers: 57, tp: 136, fp: 0, fn: 2, kinds: 127, baselines: [128, 136], hardware: [126, 136] },
  { folder: 'fresh-30', papers: 57, tp: 79, fp: 0, fn: 0, kinds: 77, baselines: [75, 79], hardware: [79, 79] },
  // fresh-27 (long context and attention) and fresh-29 (ML compilers and runtime systems):
  // written the same hour as fresh-28 and fresh-30 and kept off main, out of sight of every
  // rule author, until all of that day's rule changes had landed; scored at 442bbfc and at
  // a7679d8 (corpus README).
  { folder: 'fresh-27', papers: 62, tp: 98, fp: 0, fn: 2, kinds: 95, baselines: [96, 98], hardware: [93, 98] },
  { folder: 'fresh-29', papers: 56, tp: 88, fp: 0, fn: 1, kinds: 84, baselines: [83, 88], hardware: [84, 88] },
  // fresh-31 (efficient diffusion and generation) and fresh-32 (on-device and edge inference):
  // written on 2026-12-04 by people who had not read the rules, scored at d5aa0b1 before any
  // rule saw them (corpus README), then opened for rule work.
  { folder: 'fresh-31', papers: 59, tp: 83, fp: 0, fn: 0, kinds: 83, baselines: [74, 83], hardware: [83, 83] },
  { folder: 'fresh-32', papers: 59, tp: 97, fp: 0, fn: 0, kinds: 92, baselines: [91, 97], hardware: [80, 97] },
  // fresh-33 (recommendation, graph and data-pipeline systems) and fresh-34 (a fifth Daily
  // Papers mix): written on 2026-12-04 with fresh-31 and fresh-32, kept hidden until that
  // afternoon's rule changes had landed; scored at d5aa0b1 and at facd372 (corpus README).
  { folder: 'fresh-33', papers: 62, tp: 101, fp: 0, fn: 1, kinds: 100, baselines: [95, 101], hardware: [100, 101] },
  { folder: 'fresh-34', papers: 61, tp: 68, fp: 0, fn: 2, kinds: 66, baselines: [63, 68], hardware: [66, 68] },
  // fresh-35 (long-context inference) and fresh-36 (distributed training systems): written on
  // the evening of 2026-12-04 by people who had not read the rules, scored at 5800360 before
  // any rule saw them (corpus README), then opened for rule work.
  { folder: 'fresh-35', papers: 59, tp: 92, fp: 0, fn: 0, kinds: 88, baselines: [88, 92], hardware: [92, 92] },
  { folder: 'fresh-36', papers: 60, tp: 77, fp: 0, fn: 1, kinds: 75, baselines: [76, 77], hardware: [76, 77] },
  // fresh-37 (a sixth Daily Papers mix) and fresh-38 (compression and kernels): written with
  // fresh-35 and fresh-36, kept hidden until that evening's rule changes had landed; scored
  // at 5800360 and at 82ca0af (corpus README).
  { folder: 'fresh-37', papers: 60, tp: 65, fp: 1, fn: 0, kinds: 63, baselines: [61, 65], hardware: [65, 65] },
  { folder: 'fresh-38', papers: 61, tp: 120, fp: 0, fn: 0, kinds: 112, baselines: [107, 120], hardware: [114, 120] },
  // fresh-39 (efficient speech, vision and video) and fresh-40 (LLM serving): written at the
  // end of the evening of 2026-12-04 by people who had not read the rules, scored at 8672633
  // (the rules as that evening left them) and at 5800360 (corpus README), then landed open.
  { folder: 'fresh-39', papers: 61, tp: 91, fp: 0, fn: 1, kinds: 90, baselines: [84, 91], hardware: [91, 91] },
  { folder: 'fresh-40', papers: 62, tp: 94, fp: 0, fn: 0, kinds: 90, baselines: [93, 94], hardware: [91, 94] },
  // fresh-43 (low-precision formats and ML hardware) and fresh-44 (a seventh Daily Papers
  // mix): written at the start of the night of 2026-12-04 by people who had not read the
  // rules, scored at b469eca before any rule of that session (corpus README), then opened.
  { folder: 'fresh-43', papers: 62, tp: 133, fp: 1, fn: 3, kinds: 129, baselines: [121, 133], hardware: [116, 133] },
  { folder: 'fresh-44', papers: 60, tp: 66, fp: 1, fn: 8, kinds: 62, baselines: [60, 66], hardware: [57, 66] },
  // fresh-41 (RL post-training systems) and fresh-42 (retrieval and vector search): written
  // with fresh-43 and fresh-44, kept hidden until that night's rule changes had landed; scored
  // at b469eca and at b10203f (corpus README), then landed open.
  { folder: 'fresh-41', papers: 61, tp: 74, fp: 0, fn: 1, kinds: 67, baselines: [64, 74], hardware: [73, 74] },
  { folder: 'fresh-42', papers: 59, tp: 75, fp: 1, fn: 6, kinds: 67, baselines: [67, 75], hardware: [75, 75] },
  // fresh-45 (inference and training on consumer and edge hardware) and fresh-46 (an eighth
  // Daily Papers mix): written at the end of that night by people who had not read the rules,
  // scored first at dfb2cfc (the rules as the night left them) and at b469eca (corpus README).
  { folder: 'fresh-45', papers: 60, tp: 99, fp: 1, fn: 7, kinds: 95, baselines: [95, 99], hardware: [93, 99] },
  { folder: 'fresh-46', papers: 58, tp: 67, fp: 1, fn: 0, kinds: 65, baselines: [62, 67], hardware: [65, 67] },
  // fresh-47 (mixture-of-experts systems) and fresh-48 (ML data and storage systems):
  // written at the start of the night of 2026-12-05 by people who had not read the rules,
  // scored at 49d142f before any rule of that session (corpus README), then opened.
  { folder: 'fresh-47', papers: 62, tp: 81, fp: 0, fn: 1, kinds: 79, baselines: [80, 81], hardware: [77, 81] },
  { folder: 'fresh-48', papers: 61, tp: 89, fp: 2, fn: 0, kinds: 82, baselines: [83, 89], hardware: [87, 89] },
  // fresh-49 (speech, audio and multimodal efficiency), fresh-50 (a ninth Daily Papers
  // mix), fresh-51 (LLM agents and tool use) and fresh-52 (ML for science and HPC):
  // written at the start of the night of 2026-12-05, hidden while that session's rules
  // were written, scored at 49d142f and at 6578a89 after every rule (corpus README), then
  // opened with the rows of 6578a89; fresh-49 has since won back the two claims a study
  // title had cost it (a title that names the paper's own model beside its study) and lost
  // the extra a share of a model's original performance had added, and fresh-52 four
  // simulation rates (nanoseconds or simulated years per day, ExaFLOPS) and a time to a
  // quality (time-to-accuracy), and fresh-51 two SLO levels and a higher hit ratio taken
  // as claims.
  { folder: 'fresh-49', papers: 58, tp: 61, fp: 0, fn: 9, kinds: 57, baselines: [54, 61], hardware: [60, 61] },
  { folder: 'fresh-50', papers: 59, tp: 70, fp: 0, fn: 4, kinds: 68, baselines: [68, 70], hardware: [70, 70] },
  { folder: 'fresh-51', papers: 57, tp: 72, fp: 0, fn: 5, kinds: 66, baselines: [68, 72], hardware: [68, 72] },
  { folder: 'fresh-52', papers: 60, tp: 68, fp: 0, fn: 14, kinds: 65, baselines: [59, 68], hardware: [66, 68] },
  // fresh-53 (ML compilers and code generation) and fresh-57 (neural rendering and 3D):
  // written at the start of the session of 2026-12-05 00:45 by people who had not read the
  // rules, scored at 2a4cd7a before any rule of that session (corpus README), then opened;
  // fresh-57 has since lost two rates played down ("it reaches only 2 to 9 FPS") and two
  // figures of a study that measures "several published rendering pipelines", fresh-53 one
  // of a paper whose work "evaluates graph compilers", and three shares of tasks beaten ("a
  // 98% faster rate over torch.compile") and a share of data used.
  { folder: 'fresh-53', papers: 60, tp: 93, fp: 0, fn: 0, kinds: 89, baselines: [83, 93], hardware: [88, 93] },
  { folder: 'fresh-57', papers: 62, tp: 81, fp: 0, fn: 0, kinds: 78, baselines: [79, 81], hardware: [80, 81] },
  // fresh-54 (recommendation systems), fresh-55 (graph learning systems), fresh-56 (a tenth
  // Daily Papers mix) and fresh-58 (private and secure ML): written with fresh-53 and
  // fresh-57, hidden while the session's rules were written, scored at 2a4cd7a and at
  // d9b8bf4 (corpus README), then opened.
  { folder: 'fresh-54', papers: 57, tp: 82, fp: 6, fn: 8, kinds: 72, baselines: [76, 82], hardware: [81, 82] },
  { folder: 'fresh-55', papers: 60, tp: 92, fp: 1, fn: 4, kinds: 84, baselines: [81, 92], hardware: [87, 92] },
  { folder: 'fresh-56', papers: 62, tp: 68, fp: 4, fn: 4, kinds: 66, baselines: [62, 68], hardware: [67, 68] },
  { folder: 'fresh-58', papers: 58, tp: 79, fp: 4, fn: 7, kinds: 69, baselines: [71, 79], hardware: [79, 79] },
];

describe('claims corpus', () => {
  it.each(rows)('$folder corpus', (row) => {
    const { files, expected, knownMisses } = corpus(row.folder);
    expect(Object.keys(files).length).toBeGreaterThan(0);
    const r = scoreCorpus(files, expected);
    expect(r.misses, 'misses and extras differ from known-misses.json').toEqual(
      [...knownMisses].sort(),
    );
    expect(
      {
        papers: r.papers,
        tp: r.tp,
        fp: r.fp,
        fn: r.fn,
        kinds: r.kindsRight,
        baselines: [r.baselinesRight, r.baselineLabelled],
        hardware: [r.hardwareRight, r.hardwareLabelled],
      },
      `kind, baseline or hardware disagreements:\n${r.disagreements.join('\n')}`,
    ).toEqual({
      papers: row.papers,
      tp: row.tp,
      fp: row.fp,
      fn: row.fn,
      kinds: row.kinds,
      baselines: row.baselines,
      hardware: row.hardware,
    });
  });

  it('every corpus folder has a row', () => {
    const folders = new Set(
      Object.keys(json)
        .filter((p) => p.endsWith('/expected.json'))
        .map((p) => p.replace('./__corpus__/', '').replace(/\/?expected\.json$/, '') || 'main'),
    );
    expect([...folders].sort()).toEqual(rows.map((r) => r.folder).sort());
  });
});
