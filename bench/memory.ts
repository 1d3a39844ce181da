// Memory an object graph holds after a full GC: heap plus typed-array buffers.
// Node hides gc() unless started with --expose-gc; the flag can be set at run time
// and the function fetched from a fresh context.
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function used(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Builds a value and returns it with the bytes it keeps alive (approximate). */
export function retainedBytes<T>(build: () => T): { value: T; bytes: number } {
  const before = used();
  const value = build();
  return { value, bytes: Math.max(0, used() - before) };
}
