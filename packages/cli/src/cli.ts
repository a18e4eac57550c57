#!/usr/bin/env node
import { createRequire } from 'node:module';
import type { CommandModule } from 'yargs';
import { compareCommand } from './commands/compare.js';
import { extractCommand } from './commands/extract.js';
import { checkCommand } from './commands/check.js';
import { mergeCommand } from './commands/merge.js';
import { fetchCommand } from './commands/fetch.js';
import { historyCommand } from './commands/history.js';
import { warcCommand } from './commands/warc.js';
import { EXIT, reportError } from './exit.js';
import { protectDashes, restoreDashes } from './stdin-input.js';
import { setVerbosity } from './messages.js';
import { withSuggestions } from './suggest-option.js';

// yargs' CommonJS build, not its ES one: the ES build's help wraps lines in the middle of words
// (yargs/yargs#2112, fixed only in yargs 18, which needs a newer Node 20 than we promise).
const require = createRequire(import.meta.url);
const yargs = require('yargs/yargs') as typeof import('yargs').default;
const { hideBin } = require('yargs/helpers') as typeof import('yargs/helpers');
const { version } = require('../package.json') as { version: string };
// Each command types its own arguments; yargs takes them as one list of modules.
const COMMANDS = [compareCommand, extractCommand, checkCommand, mergeCommand, fetchCommand, historyCommand, warcCommand] as CommandModule[];
const NAMES = COMMANDS.map((c) => String(c.command).split(' ')[0]!); // 'compare <reference> <copy...>' → 'compare'

// Thrown by the usage-failure handler so yargs stops there instead of running the command.
const USAGE_REPORTED = Symbol('usage reported');

const parser = yargs(protectDashes(hideBin(process.argv)));
try {
  await parser
  .scriptName('wirediff')
  .usage('$0 <command> [options]\n\nSee what changed when a wire story was republished: edits, dropped editor notes, changed credits.')
  .command(COMMANDS)
  .demandCommand(1, `name a command: ${NAMES.join(', ')}`)
  .option('quiet', { alias: 'q', type: 'boolean', global: true, describe: 'nothing on stderr but errors and warnings: no progress, no summary lines, no notes' })
  .option('verbose', { type: 'boolean', global: true, describe: 'also say on stderr which pages and files are read and what the run decided' })
  .conflicts('quiet', 'verbose')
  .option('color', { type: 'boolean', global: true, describe: 'colour the text report (--no-color: never); default: on a terminal, unless NO_COLOR is set (FORCE_COLOR forces it)' })
  .middleware(restoreDashes, true)
  .middleware((argv) => setVerbosity(argv.quiet === true ? 'quiet' : argv.verbose === true ? 'verbose' : 'normal'), true)
  .strict()
  .recommendCommands()
  // Messages in English whatever LANG says, as every other line wirediff prints.
  .detectLocale(false)
  .help()
  .alias('h', 'help')
  .version(version)
  .wrap(Math.min(100, process.stdout.columns ?? 100))
  .fail((message, error) => {
    if (error) throw error; // not a usage problem: let it surface as an internal error
    const command = NAMES.includes(process.argv[2] ?? '') ? `${process.argv[2]} ` : '';
    // The options of the command being parsed (yargs resets this instance to them).
    const known = Object.keys((parser as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions().key);
    process.stderr.write(`wirediff: usage — ${withSuggestions(message, known)} (see 'wirediff ${command}--help')\n`);
    process.exitCode = EXIT.error;
    throw USAGE_REPORTED;
  })
  .parseAsync();
} catch (error) {
  if (error !== USAGE_REPORTED) reportError(error);
}
