#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { compareCommand } from './commands/compare.js';
import { extractCommand } from './commands/extract.js';
import { checkCommand } from './commands/check.js';
import { mergeCommand } from './commands/merge.js';
import { fetchCommand } from './commands/fetch.js';
import { historyCommand } from './commands/history.js';
import { warcCommand } from './commands/warc.js';
import { EXIT, reportError } from './exit.js';

// Thrown by the usage-failure handler so yargs stops there instead of running the command.
const USAGE_REPORTED = Symbol('usage reported');

try {
  await yargs(hideBin(process.argv))
  .scriptName('wirediff')
  .usage('$0 <command> [options]\n\nSee what changed when a wire story was republished: edits, dropped editor notes, changed credits.')
  .command(compareCommand)
  .command(extractCommand)
  .command(checkCommand)
  .command(mergeCommand)
  .command(fetchCommand)
  .command(historyCommand)
  .command(warcCommand)
  .demandCommand(1, 'name a command: compare or extract')
  .strict()
  .help()
  .alias('h', 'help')
  .version(false)
  .wrap(Math.min(100, process.stdout.columns ?? 100))
  .fail((message, error) => {
    if (error) throw error; // not a usage problem: let it surface as an internal error
    const command = ['compare', 'extract', 'check', 'merge', 'fetch', 'history', 'warc'].includes(process.argv[2] ?? '') ? `${process.argv[2]} ` : '';
    process.stderr.write(`wirediff: usage — ${message} (see 'wirediff ${command}--help')\n`);
    process.exitCode = EXIT.error;
    throw USAGE_REPORTED;
  })
  .parseAsync();
} catch (error) {
  if (error !== USAGE_REPORTED) reportError(error);
}
