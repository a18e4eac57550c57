import { writeFile } from 'node:fs/promises';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { applyLearnedFurniture, NOTE_CATALOGUE, chooseReference, compareStory, compareStoryChoosingReference, identifyOutlet, type CompareOptions, type LearnedFurniture, formatHtml, formatJson, formatMarkdown, formatText, SEVERITY_RANK, type ReferenceChoice, type Report, type Severity, type SourcedArticle } from '@wirediff/core';
import { EXIT, reportError } from '../exit.js';
import { unwritable } from '../check/output-file.js';
import { loadArticle } from '../load-input.js';
import { loadConfig } from '../config.js';
import { readFurnitureTable } from './check-furniture.js';
import { inputOptions, type InputArgs } from './input-options.js';
import { inputName } from '../stdin-input.js';
import { wantsColor } from '../color.js';
import { detail, note, shownPath } from '../messages.js';

export interface CompareArgs extends InputArgs {
  reference: string;
  copy: string[];
  format: 'text' | 'json' | 'html' | 'md';
  output: string | undefined;
  failOn: Severity | 'none';
  chooseReference: boolean;
  config: string | undefined;
  store: string | undefined;
  furniture: string | undefined;
  /** --color / --no-color (global). */
  color: boolean | undefined;
}

/** The exit code for a report: 1 when any finding is at or above the --fail-on level. */
export function exitCodeFor(report: Report, failOn: Severity | 'none'): number {
  if (failOn === 'none') return EXIT.clean;
  const floor = SEVERITY_RANK[failOn];
  return report.copies.some((c) => c.findings.some((f) => SEVERITY_RANK[f.severity] >= floor)) ? EXIT.findings : EXIT.clean;
}

/** Writes data to --output or stdout; stdout carries data only. */
export async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(output, text).catch((error: unknown) => Promise.reject(unwritable(output, error)));
  else process.stdout.write(text);
}

/** What --verbose says of a page read: its blocks and headline. */
export function describePage(article: SourcedArticle['article']): string {
  const roles = new Map<string, number>();
  for (const b of article.blocks) roles.set(b.role, (roles.get(b.role) ?? 0) + 1);
  const counts = [...roles].map(([role, n]) => `${n} ${role}`).join(', ');
  return `${article.blocks.length} block${article.blocks.length === 1 ? '' : 's'} (${counts})${article.title ? `, "${article.title}"` : ''}`;
}

/** A page with its outlet's learned furniture marked (see applyLearnedFurniture). */
function markFurniture(page: SourcedArticle, furniture: LearnedFurniture, reference: SourcedArticle['article'] | undefined): SourcedArticle {
  const outlet = identifyOutlet(page.article, { source: page.source, ...(reference ? { reference } : {}) });
  return { source: page.source, article: applyLearnedFurniture(page.article, outlet, furniture, reference ? { reference } : {}) };
}

/**
 * Compares pages with a learned furniture table when wirediff chooses the reference. The choice
 * is made with every page's furniture marked, so an outlet's repeated lines do not make its copy
 * look the most complete; then the page chosen is compared as it was read (the agency's own
 * text is never furniture) with the others marked, the chosen page guarding its story text.
 */
function compareChoosingWithFurniture(pages: readonly SourcedArticle[], furniture: LearnedFurniture, notes: CompareOptions['notes']): { report: Report; compared: SourcedArticle[] } {
  const { index, source, reason } = chooseReference(pages.map((p) => markFurniture(p, furniture, undefined)));
  const reference = pages[index]!;
  const copies = pages.filter((_, k) => k !== index).map((p) => markFurniture(p, furniture, reference.article));
  const { schemaVersion, reference: summary, ...rest } = compareStory(reference, copies, { notes });
  const referenceChoice: ReferenceChoice = { source, reason };
  // The key order of compareStoryChoosingReference's report, so --format json reads the same.
  return { report: { schemaVersion, reference: summary, referenceChoice, ...rest }, compared: [reference, ...copies] };
}

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <reference> <copy...>',
  describe: 'Compare copies of a story with the reference (the agency original)',
  builder: (yargs: Argv) =>
    inputOptions(yargs)
      .positional('reference', { type: 'string', describe: 'the reference: an HTML file, a text file, a URL, or - for stdin', demandOption: true })
      .positional('copy', { type: 'string', array: true, describe: 'one or more copies, each a file, a URL or - (stdin, for one input only)', demandOption: true })
      .option('format', { choices: ['text', 'json', 'html', 'md'] as const, default: 'text' as const, describe: 'output format: text for a terminal, json for CI, html for a side-by-side page, md for pasting' })
      .option('output', { type: 'string', describe: 'write the report to this file instead of stdout' })
      .option('config', { type: 'string', describe: 'a JSON file of note rules to add (default: ./wirediff.config.json when present)' })
      .option('store', { type: 'string', describe: 'read URLs from this snapshot store (wirediff fetch), never from the network' })
      .option('furniture', { type: 'string', describe: 'a furniture table (wirediff check --write-furniture): lines each outlet repeats around stories are reported as furniture (info), not added' })
      .option('fail-on', {
        choices: ['high', 'medium', 'low', 'none'] as const,
        default: 'medium' as const,
        describe: 'exit 1 when a finding is at or above this severity',
      })
      .option('choose-reference', { type: 'boolean', default: false, describe: 'treat every page given as a candidate and let wirediff choose the reference (the agency dateline and credit line, else the most complete and earliest); the report says which and why' })
      .example('$0 compare reuters.html fox.html', 'what changed in one copy')
      .example('$0 compare --choose-reference a.html b.html c.html', 'let wirediff pick the reference among three pages')
      .example('$0 compare reuters.html copies/*.html --format json --output report.json', 'a JSON report of many copies')
      .example('$0 compare reuters.html fox.html --format html --output report.html', 'a page with the copies side by side')
      .example('curl -s https://example.com/copy | $0 compare reuters.html -', 'a copy read from stdin (named stdin in the report)')
      .example('$0 compare reuters.html fox.html --furniture furniture.json', 'with the furniture learned from a corpus')
      .example('$0 compare https://example.com/a https://example.org/b --fail-on high', 'fail only on high findings') as unknown as Argv<CompareArgs>,
  handler: async (args: ArgumentsCamelCase<CompareArgs>) => {
    try {
      const config = await loadConfig(args.config); // a bad config fails before any page is read
      const { notes } = config;
      const added = notes.length - NOTE_CATALOGUE.length;
      if (config.source !== null) note(`read the configuration ${shownPath(config.source)} (${added} note rule${added === 1 ? '' : 's'} added)`);
      const furniture = args.furniture === undefined ? null : await readFurnitureTable(args.furniture);
      const options = { timeoutMs: args.timeout, maxBytes: args.maxBytes, store: args.store };
      const read = async (input: string): Promise<SourcedArticle> => {
        const page = { source: inputName(input), article: await loadArticle(input, options) };
        detail(`read ${page.source}: ${describePage(page.article)}`);
        return page;
      };
      const reference = await read(args.reference);
      const copies: SourcedArticle[] = [];
      for (const input of args.copy) copies.push(await read(input));
      const pages = [reference, ...copies];
      let report: Report;
      let compared: SourcedArticle[]; // the articles as compared, furniture marked, for --format html
      if (args.chooseReference && furniture) ({ report, compared } = compareChoosingWithFurniture(pages, furniture, notes));
      else if (args.chooseReference) [report, compared] = [compareStoryChoosingReference(pages, { notes }), pages];
      else {
        const marked = furniture ? copies.map((p) => markFurniture(p, furniture, reference.article)) : copies;
        [report, compared] = [compareStory(reference, marked, { notes }), [reference, ...marked]];
      }
      const bySource = new Map(compared.map((p) => [p.source, p.article]));
      const color = args.format === 'text' && wantsColor({ flag: args.color, toFile: args.output !== undefined, isTTY: process.stdout.isTTY === true });
      const formatted = {
        json: () => formatJson(report),
        html: () => formatHtml(report, { reference: bySource.get(report.reference.source)!, copies: report.copies.map((c) => bySource.get(c.source)!) }),
        md: () => formatMarkdown(report),
        text: () => formatText(report, { color }),
      }[args.format]();
      await emit(formatted, args.output);
      process.exitCode = exitCodeFor(report, args.failOn);
    } catch (error) {
      reportError(error);
    }
  },
};
