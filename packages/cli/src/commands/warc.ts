import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { EXIT, reportError } from '../exit.js';
import { note } from '../messages.js';

export interface WarcArgs {
  action: 'export' | 'import';
  file: string;
  store: string;
}

export const warcCommand: CommandModule<object, WarcArgs> = {
  command: 'warc <action> <file>',
  describe: 'Export a snapshot store to a WARC 1.1 file, or import a WARC file into one',
  builder: (yargs: Argv) =>
    yargs
      .positional('action', { choices: ['export', 'import'] as const, demandOption: true, describe: 'export the store to <file>, or import <file> into the store' })
      .positional('file', { type: 'string', demandOption: true, describe: 'the WARC file (.warc, or .warc.gz for per-record gzip)' })
      .option('store', { type: 'string', demandOption: true, describe: 'the snapshot store folder' })
      .example('$0 warc export evidence.warc.gz --store evidence', 'every snapshot, for replay tools or safekeeping')
      .example('$0 warc import crawl.warc.gz --store evidence', 'responses of a WARC become snapshots') as unknown as Argv<WarcArgs>,
  handler: async (args: ArgumentsCamelCase<WarcArgs>) => {
    try {
      const store = await import('@wirediff/core/store');
      if (args.action === 'export') {
        await store.openStore(args.store);
        // The warcinfo record is dated with the export's own time: the CLI owns the clock.
        const count = await store.exportWarc(args.store, args.file, { now: () => new Date() });
        note(`wrote ${count} snapshot${count === 1 ? '' : 's'} to ${args.file}`);
      } else {
        await store.openStore(args.store, { create: true });
        const { responses, added } = await store.importWarc(args.store, args.file);
        note(`read ${responses} response${responses === 1 ? '' : 's'}, added ${added} version${added === 1 ? '' : 's'}`);
      }
      process.exitCode = EXIT.clean;
    } catch (error) {
      reportError(error);
    }
  },
};
