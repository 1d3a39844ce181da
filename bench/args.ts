// The command lines of the A/B tools (feel-trace, first-rows, scroll-trace,
// worker-cpu): every `--site DIR`, and the value after a flag.

/** Every DIR given as `--site DIR`, in order. */
export function siteArgs(argv: readonly string[]): string[] {
  return argv.flatMap((a, i) => (argv[i - 1] === '--site' ? [a] : []));
}

/** The word after `flag`, or undefined when the flag is not given. */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}
