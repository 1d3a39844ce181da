// Generated files -> the ingest's inputs (each capture with its sidecar, if any),
// exactly what scripts/data.ts would hand buildDataset after reading a folder.
import type { CaptureInput } from '../src/ingest/dataset';
import type { CorpusFile } from './generate-corpus';

export function corpusInputs(files: readonly CorpusFile[], folder = 'synthetic'): CaptureInput[] {
  const sidecars = new Map<string, string>();
  for (const f of files)
    if (f.name.endsWith('.meta.json')) sidecars.set(f.name.slice(0, -'.meta.json'.length), f.text);
  return files
    .filter((f) => f.name.endsWith('.txt'))
    .map((f) => ({
      file: `${folder}/${f.name}`,
      text: f.text,
      meta: sidecars.get(f.name.slice(0, -'.txt'.length)) ?? null,
    }));
}
