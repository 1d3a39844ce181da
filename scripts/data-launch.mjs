// `npm run data`: runs the data CLI (scripts/data.ts) from a JavaScript bundle instead
// of through tsx, whose loader and per-module compile cost about half a second of
// every run. The bundle (node_modules/.cache/speedboard-data/) is rebuilt with esbuild,
// in about a tenth of a second, whenever a source file it was built from has changed,
// so a fresh clone or an edited source never runs stale code. Plain JavaScript: Node
// runs this file without a loader.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'node_modules/.cache/speedboard-data');
const stampFile = path.join(outDir, 'inputs.json');

/** Size and modification time of a file, or null when it is gone. */
function stamp(file) {
  try {
    const st = statSync(path.join(root, file));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

function isCurrent() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return false;
  }
  return Object.entries(inputs).every(([file, was]) => stamp(file) === was);
}

async function rebuild() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { data: 'scripts/data.ts', 'claims-worker': 'scripts/claims-worker.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(outDir, { recursive: true });
  // Each file replaced whole (a run started meanwhile reads the old or the new one),
  // the list of inputs last: an interrupted rebuild is redone next time.
  for (const f of result.outputFiles) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [file, stamp(file)]),
  );
  const tmp = `${stampFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(inputs));
  renameSync(tmp, stampFile);
}

if (!isCurrent()) await rebuild();
const { main } = await import(pathToFileURL(path.join(outDir, 'data.mjs')).href);
process.exitCode = main(process.argv.slice(2));
