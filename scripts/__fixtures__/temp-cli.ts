// The data CLI run in-process (main(argv, io)) in a fresh temp folder, with helpers to
// lay out captures and to see every file the run left behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../data';

export interface TempCli {
  dir: string;
  run(argv: string[]): { code: number; stderr: string; lines: string[] };
  put(rel: string, content: string | Buffer): string;
  /** Every file under the folder with its bytes, to prove a run changed nothing. */
  snapshot(): Map<string, string>;
  remove(): void;
}

export function tempCli(): TempCli {
  const dir = mkdtempSync(path.join(tmpdir(), 'speedboard-cli-'));
  return {
    dir,
    run(argv) {
      let err = '';
      const io: CliIo = {
        cwd: dir,
        stderr: { write: (s: string) => (err += s), isTTY: false },
        now: () => 0,
      };
      const code = main(argv, io);
      return { code, stderr: err, lines: err.split('\n').filter((l) => l !== '') };
    },
    put(rel, content) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    snapshot() {
      const files = new Map<string, string>();
      for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        const full = path.join(e.parentPath, e.name);
        const rel = path.relative(dir, full);
        if (e.isFile()) files.set(rel, readFileSync(full, 'base64'));
        else files.set(rel, e.isDirectory() ? '<folder>' : '<other>');
      }
      return files;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One card in the page format, with a dated footer. */
export function card(n: number, year = 2024): string {
  return `Synthetic Paper ${n}: A Study\n\nAbstract of paper ${n} about attention kernels.\n\n  • ${(n % 9) + 1} authors\n·\nMar ${(n % 28) + 1}, ${year} ${n % 5}\n`;
}

export const PAGE_HEADER = 'new\n\nDaily Papers\n\nNov 3\n\n';
