// Regenerates the expected extraction of the real pages in fixtures/pages/*/expected.json from
// the corpora beside the project (../shared/corpora; the pages are not copied here). Run it
// after a deliberate change, then read each changed file line by line before committing it:
//   node --import tsx benchmarks/extract-golden.ts [name…]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePage, extractArticle } from '../packages/core/src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = path.join(ROOT, 'fixtures/pages');

/** What a golden file holds: the page it was made from, the metadata and one line per block. */
export interface Golden {
  /** The page, relative to the project root. */
  source: string;
  /** The URL given to extractArticle, when the page is known by one. */
  url?: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  /** "role form: text", in reading order. */
  blocks: string[];
}

/** Extracts a golden page as the golden file records it. */
export function extractGolden(source: string, url?: string): Omit<Golden, 'source' | 'url'> {
  const file = path.resolve(ROOT, source);
  const result = extractArticle(decodePage(readFileSync(file), file).text, { url });
  if (result.status !== 'ok') throw new Error(`${source}: ${result.reason} — ${result.detail}`);
  const a = result.article;
  return {
    title: a.title, byline: a.byline, publishedTime: a.publishedTime, canonicalUrl: a.canonicalUrl,
    blocks: a.blocks.map((b) => `${b.role} ${b.form}: ${b.text}`),
  };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const only = process.argv.slice(2);
  for (const name of readdirSync(PAGES).sort()) {
    if (only.length > 0 && !only.includes(name)) continue;
    const file = path.join(PAGES, name, 'expected.json');
    const old = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    const golden: Golden = { source: old.source, ...(old.url ? { url: old.url } : {}), ...extractGolden(old.source, old.url) };
    writeFileSync(file, JSON.stringify(golden, null, 2) + '\n');
    console.log(`wrote ${path.relative(ROOT, file)} (${golden.blocks.length} blocks)`);
  }
}
