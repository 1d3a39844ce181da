// Vitest reporter: writes test-results/e2e-summary.json with how many browser
// tests passed, failed and were skipped (and the same for the whole run under
// `all`), so .ci/run can prove they ran. A test file that failed to load (or a
// setup error) counts as a failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

const OUT = path.resolve(import.meta.dirname, '../test-results/e2e-summary.json');

export default class E2ESummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    const e2e = testModules.filter((m) => m.project.name === 'e2e');
    if (e2e.length === 0) return;
    const summary = { ...count(e2e), all: count(testModules) };
    summary.failed += unhandledErrors.length;
    summary.all.failed += unhandledErrors.length;
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`Browser tests (${path.relative(process.cwd(), OUT)}):`);
    console.log(
      `e2e: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`,
    );
  }
}

function count(modules: ReadonlyArray<TestModule>): {
  passed: number;
  failed: number;
  skipped: number;
} {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    let failedTests = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') tally.passed++;
      else if (state === 'failed') {
        tally.failed++;
        failedTests++;
      } else tally.skipped++;
    }
    if (failedTests === 0 && module.state() === 'failed') tally.failed++;
  }
  return tally;
}
