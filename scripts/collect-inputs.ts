// PATHs on the command line -> the captures to read, with their sidecars. Folders are
// walked following symlinks (each real folder once, so a loop ends); anything that
// cannot be read, or is not a regular file, is reported by name, never skipped silently
// and never a stack trace. A FIFO or device named on the command line is refused before
// anything opens it, so the run cannot hang on it.
import {
  closeSync,
  type Dirent,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../src/dataset/schema';
import { type CaptureInput, isApiList } from '../src/ingest/dataset';
import { sidecarPath } from '../src/ingest/sidecar';
import { decodeCapture } from './decode-capture';

/** Relative to the working directory, forward slashes: how files are named in the dataset. */
export function displayPath(cwd: string, abs: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/');
}

/** A page capture (*.txt) or an API list (*.hf.json). */
export function isInputName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.txt') || isApiList(lower);
}

/** A file-system error in words, without the stack or the syscall. */
export function fsProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot read (permission denied)';
    case 'ENOENT':
      return 'no such file or folder';
    case 'ELOOP':
      return 'cannot read (too many levels of symlinks)';
    case 'EISDIR':
      return 'cannot read (it is a folder)';
    case 'EIO':
      return 'cannot read (input/output error)';
    default:
      return `cannot read (${code ?? (e as Error)?.message ?? String(e)})`;
  }
}

/** What a file that is not a regular file or folder is, for a message. */
function oddKind(st: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

interface Walk {
  cwd: string;
  found: string[];
  problems: Diagnostic[];
  /** Real paths of the folders entered so far: a symlink back to one is a loop. */
  seenFolders: Set<string>;
}

function report(w: Walk, abs: string, severity: Diagnostic['severity'], message: string): void {
  w.problems.push({ file: displayPath(w.cwd, abs) || '.', line: 1, severity, message });
}

function walk(dir: string, w: Walk): void {
  let entries: Dirent[];
  try {
    w.seenFolders.add(realpathSync(dir));
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    report(w, dir, 'error', fsProblem(e));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const isInput = isInputName(entry.name);
    if (entry.isDirectory()) {
      walk(full, w);
      continue;
    }
    if (entry.isFile()) {
      if (isInput) w.found.push(full);
      continue;
    }
    if (entry.isSymbolicLink()) {
      let target: Stats;
      try {
        target = statSync(full);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') report(w, full, 'warning', 'a symlink to nothing; skipped it');
        else report(w, full, code === 'ELOOP' ? 'warning' : 'error', `${fsProblem(e)}; skipped it`);
        continue;
      }
      if (target.isDirectory()) {
        if (w.seenFolders.has(realpathSync(full)))
          report(w, full, 'warning', 'a symlink to a folder already read (a loop); skipped it');
        else walk(full, w);
      } else if (target.isFile()) {
        if (isInput) w.found.push(full);
      } else if (isInput) {
        report(w, full, 'warning', `a symlink to ${oddKind(target)}; skipped it`);
      }
      continue;
    }
    if (isInput) report(w, full, 'warning', `${oddKind(entry)}, not a page capture; skipped it`);
  }
}

/**
 * A capture whose text is read and decoded when the build reaches it, and not kept:
 * holding every file's text at once (UTF-16 in memory, twice the bytes on disk) was a
 * large part of the CLI's peak memory on big inputs. Reading the text again reads the
 * file again; the build reads it once.
 */
function readWhenBuilt(abs: string, file: string, meta: string | null): CaptureInput {
  let diagnostics: Diagnostic[] | null = null;
  const decode = (): string => {
    const decoded = decodeCapture(readFileSync(abs), file);
    diagnostics = decoded.diagnostics;
    return decoded.text;
  };
  return {
    file,
    meta,
    get text() {
      return decode();
    },
    get readDiagnostics() {
      if (diagnostics === null) decode();
      return diagnostics ?? [];
    },
  };
}

/** Expands PATHs into captures with their sidecars. Missing paths and empty folders are errors. */
export function collectInputs(
  paths: readonly string[],
  cwd: string,
): { inputs: CaptureInput[]; errors: Diagnostic[]; warnings: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const w: Walk = { cwd, found: [], problems, seenFolders: new Set() };
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (e) {
      report(w, abs, 'error', fsProblem(e));
      continue;
    }
    if (st.isDirectory()) {
      const before = problems.length;
      walk(abs, w);
      if (w.found.length === 0 && problems.length === before)
        report(w, abs, 'error', 'no page captures (*.txt) or API lists (*.hf.json) in this folder');
      files.push(...w.found);
    } else if (!st.isFile()) {
      report(w, abs, 'error', `${oddKind(st)}, not a page capture; refused it`);
    } else if (abs.toLowerCase().endsWith('.meta.json')) {
      // A sidecar named on its own stands for its capture.
      const capture = abs.slice(0, -'.meta.json'.length) + '.txt';
      if (existsSync(capture)) files.push(capture);
      else report(w, abs, 'error', `a sidecar without its capture ${path.basename(capture)}`);
    } else {
      files.push(abs);
    }
  }
  const inputs: CaptureInput[] = [];
  // One file reached by two paths (a symlink, a folder named twice) is read once.
  const byRealPath = new Map<string, string>();
  for (const abs of files) {
    const file = displayPath(cwd, abs);
    let real = abs;
    try {
      real = realpathSync(abs);
    } catch {
      // Reported when it is read below.
    }
    const first = byRealPath.get(real);
    if (first !== undefined) {
      if (first !== file)
        problems.push({
          file,
          line: 1,
          severity: 'warning',
          message: `the same file as ${first}; read it once`,
        });
      continue;
    }
    byRealPath.set(real, file);
    const meta = sidecarPath(file);
    const metaAbs = path.resolve(cwd, meta);
    let reading = file;
    try {
      // Opened now, so a file that cannot be read is reported before the build starts.
      closeSync(openSync(abs, 'r'));
      reading = meta;
      const metaText =
        !isApiList(file) && existsSync(metaAbs) ? readFileSync(metaAbs, 'utf8') : null;
      inputs.push(readWhenBuilt(abs, file, metaText));
    } catch (e) {
      problems.push({ file: reading, line: 1, severity: 'error', message: fsProblem(e) });
    }
  }
  return {
    inputs,
    errors: problems.filter((d) => d.severity === 'error'),
    warnings: problems.filter((d) => d.severity === 'warning'),
  };
}
