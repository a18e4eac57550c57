#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { compareCommand } from './commands/compare.js';
import { extractCommand } from './commands/extract.js';
import { EXIT } from './exit.js';

await yargs(hideBin(process.argv))
  .scriptName('wirediff')
  .usage('$0 <command> [options]\n\nSee what changed when a wire story was republished: edits, dropped editor notes, changed credits.')
  .command(compareCommand)
  .command(extractCommand)
  .demandCommand(1, 'name a command: compare or extract')
  .strict()
  .help()
  .alias('h', 'help')
  .version(false)
  .wrap(Math.min(100, process.stdout.columns ?? 100))
  .fail((message, error, y) => {
    if (error) throw error; // not a usage problem: let it surface as an internal error
    process.stderr.write(`wirediff: usage — ${message} (see 'wirediff ${process.argv[2] && !process.argv[2].startsWith('-') ? `${process.argv[2]} ` : ''}--help')\n`);
    process.exitCode = EXIT.error;
    void y;
  })
  .parseAsync();
