import type { Argv } from 'yargs';

export interface InputArgs {
  timeout: number;
  maxBytes: number;
}

/** Options every command that reads pages shares: limits on fetching and reading. */
export function inputOptions<T>(yargs: Argv<T>): Argv<T & InputArgs> {
  return yargs
    .option('timeout', { type: 'number', default: 15_000, describe: 'milliseconds allowed to fetch a URL' })
    .option('max-bytes', { type: 'number', default: 10 * 1024 * 1024, describe: 'largest page accepted, in bytes' }) as unknown as Argv<T & InputArgs>;
}
