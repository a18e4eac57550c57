// pnpm bench:extract — extraction quality and speed on real pages nobody here wrote.
//
// 1. trafilatura-eval (945 pages, human annotations): each page is read as bytes and decoded
//    with decodePage (charsets vary), then extracted by wirediff and by @mozilla/readability on
//    linkedom. Scored exactly as the corpus README says: snippets and text white-space
//    normalized, `with` found = tp / not found = fn, `without` found = fp; counts summed over the
//    corpus; P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn).
//
//    What "main text" means for wirediff: the blocks whose role is body (paragraphs, headings
//    inside the story, block quotes, list items), datelines and editor notes, in reading order.
//    Not captions, credits or furniture: wirediff keeps those as their own blocks because it
//    exists to check them, but the annotators mark photo captions, photo credits ("Foto: …"),
//    bylines and outlet furniture as text to drop (on this set captions hit 87 `without`
//    snippets for 23 `with`). The line "+ captions and credits" shows the score when they are
//    counted too. The title is metadata, not main text (as for Readability's textContent).
//    Readability's main text is its `textContent`.
//
// 2. Speed, one core: pages per second over the decoded pages, extraction only with the parse
//    included, against the raw htmlparser2 parse as the floor. The machine is shared: figures
//    are noisy, so each is the best of a few passes.
//
// 3. Metadata: title, byline and published time against readability/*/expected-metadata.json
//    (Readability's own output, so agreement measures closeness to Readability).
//
// Nothing here asserts a figure; it prints them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
// The built package (pnpm bench:extract runs tsc -b first), so the figures are those of the
// code users run, not of tsx's on-the-fly transform.
import { decodePage, extractArticle, type Article, type BlockRole } from '@wirediff/core';
import { agrees, emptyCounts, figures, scorePage, type Counts, type MetaField } from './extract-score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = path.resolve(ROOT, '../shared/corpora');
const SPEED_PASSES = Number(process.env.BENCH_PASSES ?? 3); // best of n: the machine is shared
const MAIN_ROLES: ReadonlySet<BlockRole> = new Set(['body', 'note', 'dateline']);

interface Annotated {
  file: string;
  with: string[];
  without: string[];
}

if (!existsSync(path.join(CORPORA, 'trafilatura-eval'))) {
  console.error(`wirediff bench: ${CORPORA} — the corpora are not beside the project`);
  process.exit(2);
}

const only = process.argv[2]; // a substring of file names, to look at a few pages
const annotations = Object.values(JSON.parse(readFileSync(path.join(CORPORA, 'trafilatura-eval/annotations.json'), 'utf8')) as Record<string, Annotated>)
  .filter((a) => !only || a.file.includes(only))
  .sort((a, b) => a.file.localeCompare(b.file));
const pages = annotations.map((a) => {
  const bytes = readFileSync(path.join(CORPORA, 'trafilatura-eval/pages', a.file));
  return { ...a, html: decodePage(bytes, a.file).text };
});

const mainText = (article: Article, roles: ReadonlySet<BlockRole>) =>
  article.blocks.filter((b) => roles.has(b.role)).map((b) => b.text).join('\n');

function wirediffArticle(html: string, url?: string): Article | null {
  try {
    const r = extractArticle(html, { url });
    return r.status === 'ok' ? r.article : null;
  } catch {
    return null;
  }
}

function readabilityResult(html: string) {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    return null;
  }
}

function bestRate(run: () => void, count: number, passes = SPEED_PASSES): number {
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return count / (best / 1000);
}

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores (shared), Node ${process.version}`);
console.log(`trafilatura-eval: ${pages.length} pages, ${pages.reduce((n, p) => n + p.with.length + p.without.length, 0)} snippets\n`);

// Quality.
const wd = emptyCounts();
const rd = emptyCounts();
const perRole = new Map<string, Counts>();
const variants: [string, ReadonlySet<BlockRole>][] = [
  ['main text (body, notes, datelines)', MAIN_ROLES],
  ['+ captions and credits', new Set(['body', 'note', 'dateline', 'caption', 'credit'])],
  ['+ furniture (every block)', new Set(['body', 'caption', 'credit', 'note', 'dateline', 'furniture'])],
];
let wdNone = 0;
let rdNone = 0;
const misses: string[] = [];
for (const p of pages) {
  const article = wirediffArticle(p.html);
  if (!article) wdNone++;
  const text = article ? mainText(article, MAIN_ROLES) : null;
  scorePage(wd, text, p.with, p.without);
  for (const [name, roles] of variants) {
    const c = perRole.get(name) ?? emptyCounts();
    scorePage(c, article ? mainText(article, roles) : null, p.with, p.without);
    perRole.set(name, c);
  }
  if (only || process.env.BENCH_MISSES) {
    const page = emptyCounts();
    scorePage(page, text, p.with, p.without);
    if (page.fn + page.fp > 0) misses.push(`${p.file}: fn ${page.fn}/${p.with.length}, fp ${page.fp}/${p.without.length}`);
  }
  const r = readabilityResult(p.html);
  if (!r) rdNone++;
  scorePage(rd, r?.textContent ?? null, p.with, p.without);
}

const row = (name: string, c: Counts, rate?: number) => {
  const f = figures(c);
  return `${name.padEnd(36)} P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}` +
    `  (tp ${c.tp} fp ${c.fp} fn ${c.fn})${rate === undefined ? '' : `  ${rate.toFixed(0)} pages/s`}`;
};

// Speed, one core, extraction only (decoding done above, outside the timing).
const htmls = pages.map((p) => p.html);
const parseRate = bestRate(() => htmls.forEach((h) => parseDocument(h)), htmls.length);
const wdRate = bestRate(() => htmls.forEach((h) => wirediffArticle(h)), htmls.length);
const rdRate = bestRate(() => htmls.forEach((h) => readabilityResult(h)), htmls.length, 1); // one pass: it takes a minute

console.log(row('wirediff', wd, wdRate) + `  no article on ${wdNone}`);
console.log(row('@mozilla/readability (linkedom)', rd, rdRate) + `  no article on ${rdNone}`);
console.log(`${'htmlparser2 parse alone (floor)'.padEnd(36)} ${parseRate.toFixed(0)} pages/s  (wirediff runs at ${(wdRate / parseRate).toFixed(2)}× the parse rate)`);
console.log(`${'trafilatura 2.2.0, published'.padEnd(36)} P 0.906  R 0.943  F1 0.924  (990-page set)`);
console.log('\nwirediff by what counts as main text:');
for (const [name, c] of perRole) console.log('  ' + row(name, c));
if (misses.length > 0) console.log(`\npages with misses (${misses.length}):\n  ${misses.join('\n  ')}`);

// Metadata against Readability's expected metadata.
const readabilityDir = path.join(CORPORA, 'readability');
const folders = readdirSync(readabilityDir).filter((d) => existsSync(path.join(readabilityDir, d, 'expected-metadata.json'))).sort();
const fields: MetaField[] = ['title', 'byline', 'publishedTime'];
const agree = { wirediff: new Map<MetaField, number>(), readability: new Map<MetaField, number>() };
const present = new Map<MetaField, number>();
const agreePresent = new Map<MetaField, number>();
for (const folder of folders) {
  const want = JSON.parse(readFileSync(path.join(readabilityDir, folder, 'expected-metadata.json'), 'utf8')) as Record<MetaField, string | null>;
  const html = decodePage(readFileSync(path.join(readabilityDir, folder, 'source.html')), folder).text;
  const article = wirediffArticle(html, 'http://fakehost/test/page.html');
  const r = readabilityResult(html);
  for (const field of fields) {
    const got = article?.[field] ?? null;
    const ok = agrees(field, got, want[field]);
    agree.wirediff.set(field, (agree.wirediff.get(field) ?? 0) + (ok ? 1 : 0));
    agree.readability.set(field, (agree.readability.get(field) ?? 0) + (agrees(field, r?.[field], want[field]) ? 1 : 0));
    if (want[field]) {
      present.set(field, (present.get(field) ?? 0) + 1);
      agreePresent.set(field, (agreePresent.get(field) ?? 0) + (ok ? 1 : 0));
    }
    if (process.env.BENCH_META && !ok) console.log(`  ${folder} ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want[field])}`);
  }
}
console.log(`\nmetadata agreement with readability/*/expected-metadata.json (${folders.length} pages; Readability's own output is the reference):`);
for (const field of fields) {
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(0)}%`;
  console.log(`  ${field.padEnd(14)} wirediff ${pct(agree.wirediff.get(field)!, folders.length).padStart(4)}` +
    ` (${agreePresent.get(field) ?? 0}/${present.get(field) ?? 0} where one is expected)` +
    `   readability ${pct(agree.readability.get(field)!, folders.length).padStart(4)}`);
}
