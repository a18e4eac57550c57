import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimizing-compiler settings for checking a corpus with a worker on every core. Every
 * worker thread optimizes wirediff's hot code for itself, whatever its share of the stories:
 * with V8's defaults that was 6.9 s of compiling per thread (summed over 564 jobs, with 98
 * deopts sending code back to be compiled again) on the 1,000-story benchmark, against about
 * 9 s of work. The compiler runs on threads of its own: while a core is free it costs no wall
 * time, but with a worker on every core (--jobs = cores, the default) it does. Then a smaller
 * inlining budget, and a function run four times as long before it is optimized (fewer lukewarm
 * functions compiled, better type feedback, fewer deopts), cut it to 1.9 s in 408 jobs, 55
 * deopts, and the check's time by a fifth. With a core to spare they were as often slower as
 * faster, so they are left to V8 then. The README's speed notes give the runs that chose these
 * values.
 */
const CHECK_COMPILER_FLAGS: Readonly<Record<string, number>> = Object.freeze({
  // Bytecode inlined into one optimized function at most (V8's default: 920).
  'max-inlined-bytecode-size-cumulative': 100,
  // Bytecode run before a function is considered for optimizing (V8's default: 67584).
  'interrupt-budget': 270_336,
});

/**
 * The flags of CHECK_COMPILER_FLAGS to set, as V8 takes them, less those named in `given`,
 * node's own arguments: a flag the user gave node is left as they set it (V8 reads
 * `--interrupt_budget` as `--interrupt-budget`).
 */
export function compilerFlagsToSet(given: readonly string[]): string[] {
  const named = new Set(given.map((arg) => arg.replace(/^--/, '').replace(/=.*$/, '').replace(/_/g, '-')));
  return Object.entries(CHECK_COMPILER_FLAGS).filter(([flag]) => !named.has(flag)).map(([flag, value]) => `--${flag}=${value}`);
}

/**
 * Sets the compiler flags when a check on `jobs` threads leaves none of `cores` free, for this
 * process and the worker threads it starts (V8's flags are process-wide): to be called before
 * any story is checked. Returns the flags set.
 */
export function tuneCompiler(jobs: number, cores: number): string[] {
  const flags = jobs >= cores ? compilerFlagsToSet(process.execArgv) : [];
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
