// Where `--out` may write. The dataset must never replace what it is built from: a
// capture, a sidecar (existing, or the one a capture would read), or a new `.txt` or
// `.hf.json` inside an input folder, which the next run would read as an input.
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isApiList } from '../src/ingest/dataset';
import { sidecarPath } from '../src/ingest/sidecar';
import { isInputName } from './collect-inputs';

export interface InputPaths {
  /** The working directory: folders in messages are named relative to it. */
  cwd: string;
  /** Absolute paths of the captures read. */
  captures: readonly string[];
  /** Absolute paths of the folders named on the command line. */
  folders: readonly string[];
}

/** The path with every existing part's symlinks resolved, so two spellings of one file compare equal. */
function canonical(abs: string): string {
  if (existsSync(abs)) return realpathSync(abs);
  const parent = path.dirname(abs);
  return parent === abs ? abs : path.join(canonical(parent), path.basename(abs));
}

/**
 * Why the dataset cannot go to `out`, or null when it can. `mayCreateFolder` is true
 * only for the default location, whose folder a fresh checkout does not have yet.
 */
export function outPathProblem(
  out: string,
  inputs: InputPaths,
  mayCreateFolder: boolean,
): string | null {
  const target = canonical(out);
  for (const capture of inputs.captures) {
    if (canonical(capture) === target) return 'it is one of the page captures being read';
    if (canonical(sidecarPath(capture)) === target)
      return `it is the sidecar of the capture ${path.basename(capture)}`;
  }
  if (isInputName(target)) {
    const what = isApiList(target) ? 'a .hf.json file' : 'a .txt file';
    const as = isApiList(target) ? 'an API list' : 'a page capture';
    for (const folder of inputs.folders) {
      const inside = path.relative(canonical(folder), target);
      if (inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside))
        return `${what} inside an input folder would be read as ${as} next time`;
    }
  }
  const parent = path.dirname(out);
  const shown = path.relative(inputs.cwd, parent).split(path.sep).join('/') || '.';
  if (!existsSync(parent)) {
    return mayCreateFolder ? null : `its folder ${shown} does not exist; create it first`;
  }
  if (!statSync(parent).isDirectory()) return `${shown} is not a folder`;
  return null;
}
