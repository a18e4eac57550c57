// Regenerates the expected extraction of the real pages: fixtures/pages/*/expected.json (pages
// the repository holds, checked by packages/core/test/extract/golden-pages.test.ts) and
// benchmarks/golden-pages/*/expected.json (pages whose licence keeps them out of the repository,
// read from ../shared/corpora and checked by `pnpm bench:golden`). Run it after a deliberate
// change, then read each changed file line by line before committing it:
//   node --import tsx benchmarks/extract-golden.ts [name…]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePage, extractArticle } from '../packages/core/src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Folders of golden pages: in the repository, and kept beside it (../shared/corpora). */
export const GOLDEN_FOLDERS = ['fixtures/pages', 'benchmarks/golden-pages'].map((f) => path.join(ROOT, f));

/** What a golden file holds: the page it was made from, the metadata and one line per block. */
export interface Golden {
  /** The page, relative to the project root (fixtures/pages/… or ../shared/corpora/…). */
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
  const pages = (f: string) => readdirSync(f, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const [folder, name] of GOLDEN_FOLDERS.flatMap((f) => pages(f).map((n) => [f, n] as const))) {
    if (only.length > 0 && !only.includes(name)) continue;
    const file = path.join(folder, name, 'expected.json');
    const old = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    if (!existsSync(path.resolve(ROOT, old.source))) {
      console.log(`skipped ${path.relative(ROOT, file)}: ${old.source} is not there`);
      continue;
    }
    const golden: Golden = { source: old.source, ...(old.url ? { url: old.url } : {}), ...extractGolden(old.source, old.url) };
    writeFileSync(file, JSON.stringify(golden, null, 2) + '\n');
    console.log(`wrote ${path.relative(ROOT, file)} (${golden.blocks.length} blocks)`);
  }
}
