import { readFile } from 'node:fs/promises';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { WirediffError } from '@wirediff/core';
import { reportError } from '../exit.js';
import { buildCheckResult, type CheckResult } from '../check/check-result.js';
import { checkExitCode } from '../check/evaluate-check.js';
import { checkFormatWriter, type CheckFormat } from '../check/format-check.js';
import { openOutput } from '../check/output-file.js';
import { writeCheckResult } from '../check/tally-check.js';

export interface MergeArgs {
  results: string[];
  format: CheckFormat;
  output: string | undefined;
  corpus: string;
}

async function readResult(file: string): Promise<CheckResult> {
  let data: Partial<CheckResult>;
  try {
    data = JSON.parse(await readFile(file, 'utf8')) as Partial<CheckResult>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WirediffError(code === 'ENOENT' ? 'WD_INPUT_NOT_FOUND' : 'WD_INPUT_UNREADABLE', code === 'ENOENT' ? 'no such file' : `not a JSON file (${(error as Error).message})`, { input: file, cause: error });
  }
  if (data.kind !== 'wirediff-check' || data.schemaVersion !== 1 || !Array.isArray(data.stories)) {
    throw new WirediffError('WD_BAD_OPTION', 'not the JSON output of `wirediff check --format json`', { input: file });
  }
  return data as CheckResult;
}

/** Joins the results of shards into one, as if the whole corpus had been checked at once. */
export function mergeResults(parts: readonly CheckResult[]): CheckResult {
  return buildCheckResult(
    parts[0]?.failOn ?? 'medium',
    parts.flatMap((p) => p.stories),
    parts.flatMap((p) => p.newFindings),
    parts.flatMap((p) => p.resolved),
  );
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <results...>',
  describe: 'Merge the JSON results of `wirediff check --shard` runs into one',
  builder: (yargs: Argv) =>
    yargs
      .positional('results', { type: 'string', array: true, demandOption: true, describe: 'JSON files written by check --format json' })
      .option('format', { choices: ['text', 'json', 'junit', 'github', 'html'] as const, default: 'text' as const, describe: 'output format' })
      .option('output', { type: 'string', describe: 'write to this file instead of stdout' })
      .option('corpus', { type: 'string', default: '.', describe: 'the corpus path, for file names in GitHub annotations' })
      .example('$0 merge shard-*.json --format junit --output junit.xml', 'one JUnit file for the whole corpus') as unknown as Argv<MergeArgs>,
  handler: async (args: ArgumentsCamelCase<MergeArgs>) => {
    try {
      const parts = [];
      for (const file of args.results) parts.push(await readResult(file));
      const merged = mergeResults(parts);
      const out = openOutput(args.output);
      try {
        await writeCheckResult(merged, [checkFormatWriter(args.format, out, merged.failOn, args.corpus)]);
        await out.close();
      } catch (error) {
        out.abandon();
        throw error;
      }
      process.exitCode = checkExitCode(merged.summary);
    } catch (error) {
      reportError(error);
    }
  },
};
