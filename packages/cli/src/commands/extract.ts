import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { findCredits, findNotes, numberBlocks, type Article, type BlockForm } from '@wirediff/core';
import { EXIT, reportError } from '../exit.js';
import { loadArticle } from '../load-input.js';
import { describePage, emit } from './compare.js';
import { detail } from '../messages.js';
import { inputName } from '../stdin-input.js';
import { inputOptions, type InputArgs } from './input-options.js';

export interface ExtractArgs extends InputArgs {
  input: string;
  format: 'json' | 'text';
  output: string | undefined;
}

function formatArticle(article: Article): string {
  const meta = (['title', 'byline', 'publishedTime', 'siteName', 'canonicalUrl', 'publisher', 'isBasedOn'] as const)
    .filter((key) => article[key] !== null)
    .map((key) => `${key}: ${article[key]}`);
  // Named as findings name them ("paragraph 3", "caption 1"), the markup form when it is not the part's own.
  const names = numberBlocks(article);
  const plainForm = (form: BlockForm) => form === 'paragraph' || form === 'line' || form === 'caption' || form === 'heading';
  const blocks = article.blocks.map((b, i) => `[${names[i]!.part} ${names[i]!.number}${plainForm(b.form) ? '' : `, ${b.form}`}] ${b.text}`);
  const notes = findNotes(article).map((n) => `note (${n.category}) in ${n.place}: ${n.text}`);
  const credits = findCredits(article).map((c) => `credit (${c.type}) in ${c.place}: ${c.text}`);
  return `${[...meta, '', ...blocks, '', ...notes, ...credits].join('\n')}\n`;
}

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract <input>',
  describe: 'Show what wirediff extracts from one page: metadata, blocks with roles, notes, credits',
  builder: (yargs: Argv) =>
    inputOptions(yargs)
      .positional('input', { type: 'string', describe: 'an HTML file, a text file, a URL, or - for stdin', demandOption: true })
      .option('format', { choices: ['json', 'text'] as const, default: 'text' as const, describe: 'output format' })
      .option('output', { type: 'string', describe: 'write to this file instead of stdout' })
      .example('$0 extract reuters.html', 'blocks with their roles, then notes and credits found')
      .example('$0 extract https://example.com/story --format json', 'the article as JSON')
      .example('$0 extract - < page.html', 'a page read from stdin') as unknown as Argv<ExtractArgs>,
  handler: async (args: ArgumentsCamelCase<ExtractArgs>) => {
    try {
      const article = await loadArticle(args.input, { timeoutMs: args.timeout, maxBytes: args.maxBytes });
      detail(`read ${inputName(args.input)}: ${describePage(article)}`);
      const text = args.format === 'json'
        ? `${JSON.stringify({ article, notes: findNotes(article), credits: findCredits(article) }, null, 2)}\n`
        : formatArticle(article);
      await emit(text, args.output);
      process.exitCode = EXIT.clean;
    } catch (error) {
      reportError(error);
    }
  },
};
