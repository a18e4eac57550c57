import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { reportError } from '../exit.js';
import { checkExitCode } from '../check/evaluate-check.js';
import { checkFormatWriter, githubWorkspace, type CheckFormat } from '../check/format-check.js';
import { mergeCheckFiles } from '../check/merge-check-files.js';
import { openOutput, type Output } from '../check/output-file.js';
import { stepSummaryFile } from '../check/step-summary.js';
import { detail } from '../messages.js';

export interface MergeArgs {
  results: string[];
  format: CheckFormat;
  output: string | undefined;
  corpus: string;
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
      detail(`merging ${args.results.length} result file${args.results.length === 1 ? '' : 's'}: ${args.results.join(', ')}`);
      const outputs: Output[] = [];
      let summary;
      try {
        // The output is opened once every file has been read through once (and found sound).
        summary = await mergeCheckFiles(args.results, (failOn) => {
          outputs.push(openOutput(args.output));
          return [checkFormatWriter(args.format, outputs[0]!, failOn, args.corpus, stepSummaryFile(), githubWorkspace())];
        });
        for (const out of outputs) await out.close();
      } catch (error) {
        for (const out of outputs) out.abandon();
        throw error;
      }
      process.exitCode = checkExitCode(summary);
    } catch (error) {
      reportError(error);
    }
  },
};
