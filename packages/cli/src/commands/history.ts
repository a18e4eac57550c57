import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { compareStory, formatHtmlStories, formatJson, formatMarkdown, formatText, WirediffError, type Report, type Severity, type SourcedArticle } from '@wirediff/core';
import { EXIT, reportError } from '../exit.js';
import { articleFromBytes } from '../load-input.js';
import { emit, exitCodeFor } from './compare.js';
import { wantsColor } from '../color.js';
import { detail } from '../messages.js';

export interface HistoryArgs {
  url: string;
  store: string;
  format: 'text' | 'json' | 'html' | 'md';
  output: string | undefined;
  failOn: Severity | 'none';
  /** --color / --no-color (global). */
  color: boolean | undefined;
}

export const historyCommand: CommandModule<object, HistoryArgs> = {
  command: 'history <url>',
  describe: 'Compare the successive stored versions of one URL, each with the one before',
  builder: (yargs: Argv) =>
    yargs
      .positional('url', { type: 'string', demandOption: true, describe: 'a URL fetched into the store' })
      .option('store', { type: 'string', demandOption: true, describe: 'the snapshot store folder' })
      .option('format', { choices: ['text', 'json', 'html', 'md'] as const, default: 'text' as const, describe: 'output format (html: one page, a section per change between versions)' })
      .option('output', { type: 'string', describe: 'write the history to this file instead of stdout' })
      .option('fail-on', { choices: ['high', 'medium', 'low', 'none'] as const, default: 'medium' as const, describe: 'exit 1 when a change has a finding at or above this severity' })
      .example('$0 history https://example.com/story --store evidence', 'what changed each time the page changed')
      .example('$0 history https://example.com/story --store evidence --format json --fail-on high', 'as JSON; exit 1 on a high finding') as unknown as Argv<HistoryArgs>,
  handler: async (args: ArgumentsCamelCase<HistoryArgs>) => {
    try {
      const { listVersions, openStore, readSnapshotBody } = await import('@wirediff/core/store');
      await openStore(args.store);
      const versions = await listVersions(args.store, args.url);
      if (versions.length === 0) throw new WirediffError('WD_STORE_MISSING', `not in the store ${args.store} (fetch it first: wirediff fetch ${args.url} --store ${args.store})`, { input: args.url });
      const sourced: SourcedArticle[] = [];
      for (const v of versions) {
        const bytes = await readSnapshotBody(args.store, v);
        // The same extraction as compare: the stored Content-Type, the final URL.
        const source = `${args.url} (version ${v.version}, ${v.fetchedAt})`;
        sourced.push({ source, article: articleFromBytes({ bytes, contentType: v.contentType ?? undefined, url: v.finalUrl }, source) });
      }
      detail(`read ${versions.length} stored version${versions.length === 1 ? '' : 's'} of ${args.url} from ${args.store}`);
      const changes: { from: number; to: number; report: Report }[] = [];
      for (let i = 1; i < sourced.length; i++) {
        changes.push({ from: versions[i - 1]!.version, to: versions[i]!.version, report: compareStory(sourced[i - 1]!, [sourced[i]!]) });
      }
      const summary = versions.map((v) => ({ version: v.version, fetchedAt: v.fetchedAt, finalUrl: v.finalUrl, status: v.status, sha256: v.sha256, size: v.size }));
      let text: string;
      if (args.format === 'json') {
        const json = { url: args.url, versions: summary, changes: changes.map((c) => ({ from: c.from, to: c.to, report: JSON.parse(formatJson(c.report)) })) };
        text = `${JSON.stringify(json, null, 2)}\n`;
      } else if (args.format === 'html') {
        text = formatHtmlStories(changes.map((c, k) => ({
          heading: `Version ${c.from} → version ${c.to}`,
          report: c.report,
          sources: { reference: sourced[k]!.article, copies: [sourced[k + 1]!.article] },
        })), `wirediff history: ${args.url}`);
      } else if (args.format === 'md') {
        text = changes.map((c) => `<!-- version ${c.from} → version ${c.to} -->\n${formatMarkdown(c.report)}`).join('\n');
      } else {
        const color = wantsColor({ flag: args.color, toFile: args.output !== undefined, isTTY: process.stdout.isTTY === true });
        const head = `${args.url}: ${versions.length} version${versions.length === 1 ? '' : 's'} stored${versions.length === 1 ? ', nothing to compare yet' : ''}\n`;
        text = head + changes.map((c) => `\n== version ${c.from} → version ${c.to}\n${formatText(c.report, { color })}`).join('');
      }
      await emit(text, args.output);
      const worst = changes.map((c) => exitCodeFor(c.report, args.failOn));
      process.exitCode = worst.includes(EXIT.findings) ? EXIT.findings : EXIT.clean;
    } catch (error) {
      reportError(error);
    }
  },
};
