import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { terminalSafe } from './terminal-text';

const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof EXIT_ON_SIGNAL;
const SIGNALS = Object.keys(EXIT_ON_SIGNAL) as Signal[];

/**
 * Writes via a temp file in the same folder and a rename, so readers never see half a
 * file. Ctrl-C (or SIGTERM, SIGHUP) must not leave the temp file behind: before it
 * exists and after it is gone the default action (exit at once) is harmless, and while
 * it exists a listener holds the signal. Node runs that listener only once this
 * synchronous write and rename are done, so the file is then complete; the listener
 * says so and exits with the signal's code. It is dropped a moment later, once any
 * signal that arrived has been handled.
 */
export function writeAtomically(file: string, content: string | ((fd: number) => void)): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const onSignal = (signal: Signal) => {
    rmSync(tmp, { force: true });
    const shown = terminalSafe(path.relative(process.cwd(), file).split(path.sep).join('/'));
    process.stderr.write(
      `${signal} while writing ${shown}; the write had finished, so it is complete\n`,
    );
    process.exit(EXIT_ON_SIGNAL[signal]);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    if (typeof content === 'string') writeFileSync(tmp, content);
    else {
      // Written piece by piece (a large dataset need not exist as one string).
      const fd = openSync(tmp, 'w');
      try {
        content(fd);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
    // A signal that came during the write is handled in the event loop's next wait for
    // I/O; a short timer makes that wait happen (an immediate would run before it).
    setTimeout(() => {
      for (const s of SIGNALS) process.off(s, onSignal);
    }, 10);
  }
}
