// pnpm bench: how fast wirediff is, and how its cost grows with input size.
// Figures are medians of repeated runs; nothing here asserts a time.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { alignBlocks, alignPassages, compareCopy, extractArticle, prepareSentences, readArticle, type Article } from '../packages/core/src/index.js';
import { resolveAlignOptions } from '../packages/core/src/align/align-blocks.js';
import { editedCopy, page, paragraphs } from './synthetic.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function median(run: () => void, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ok = (html: string): Article => {
  const r = extractArticle(html);
  if (r.status !== 'ok') throw new Error(r.detail);
  return r.article;
};

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, Node ${process.version}\n`);

// 1. Extraction of the fixture story's pages, and of real pages when the corpus is beside us.
const story = path.join(ROOT, 'fixtures/stories/nato-north-korea');
const fixturePages = ['reference.html', ...readdirSync(path.join(story, 'copies')).map((f) => `copies/${f}`)].map((f) => readFileSync(path.join(story, f), 'utf8'));
const perFixture = median(() => fixturePages.forEach((html) => extractArticle(html)), 30) / fixturePages.length;
console.log(`extract, fixture pages (${fixturePages.length}, ~10 KB): ${perFixture.toFixed(2)} ms/page, ${(1000 / perFixture).toFixed(0)} pages/s`);

const corpus = path.resolve(ROOT, '../shared/corpora/trafilatura-eval/pages');
if (existsSync(corpus)) {
  const files = readdirSync(corpus).sort().slice(0, 200);
  const pages = files.map((f) => readFileSync(path.join(corpus, f), 'latin1'));
  const parse = median(() => pages.forEach((html) => parseDocument(html)), 3);
  const extract = median(() => pages.forEach((html) => extractArticle(html)), 3);
  console.log(`extract, ${pages.length} real pages (trafilatura-eval): ${(pages.length / (extract / 1000)).toFixed(0)} pages/s; ` +
    `htmlparser2 parse alone ${(pages.length / (parse / 1000)).toFixed(0)} pages/s (extraction costs ${(extract / parse).toFixed(2)}× the parse)`);
}

// 2. One story of 30 paragraphs against 10 copies, after extraction. Each timed round is a
// different story: fingerprints are memoized by text, and a memo warm from the previous round
// would measure a story compared twice, not once.
const ROUNDS = 30;
const stories = Array.from({ length: ROUNDS }, (_, r) => {
  const source = paragraphs(30, 7 + r);
  return {
    reference: readArticle(ok(page('Story', source))),
    copies: Array.from({ length: 10 }, (_, k) => readArticle(ok(page('Story', editedCopy(source, 100 + k))))),
  };
});
let round = 0;
const compareTime = median(() => {
  const { reference, copies } = stories[round++ % ROUNDS]!;
  copies.forEach((c) => compareCopy(reference, c));
}, ROUNDS);
console.log(`\ncompare, 30-paragraph story against 10 copies (after extraction): ${compareTime.toFixed(2)} ms in all, ${(compareTime / 10).toFixed(2)} ms per copy`);

// 3. Alignment cost as the document grows.
console.log('\nalign, synthetic document against an edited copy:');
let previous = 0;
for (const n of [100, 1000, 10000]) {
  const ref = paragraphs(n, n);
  const copy = editedCopy(ref, n + 1);
  const t = median(() => alignBlocks(ref, copy), n >= 10000 ? 3 : 10);
  const growth = previous > 0 ? ` (×${(t / previous).toFixed(1)} for ×10 paragraphs)` : '';
  console.log(`  ${String(n).padStart(6)} paragraphs: ${t.toFixed(1).padStart(8)} ms${growth}`);
  previous = t;
}

// 4. Sentence alignment, what compare runs: the reference in paragraphs of three sentences,
// the copy edited and re-cut into paragraphs of four (every paragraph boundary moved).
console.log('\nalign sentences (alignPassages, preparation included), synthetic document against an edited, re-cut copy:');
const inParagraphs = (sentences: readonly string[], size: number) =>
  Array.from({ length: Math.ceil(sentences.length / size) }, (_, k) => sentences.slice(k * size, (k + 1) * size).join(' '));
const settings = resolveAlignOptions();
previous = 0;
let previousN = 0;
for (const n of [1000, 10000, 50000]) {
  const sentences = paragraphs(n, n);
  const ref = inParagraphs(sentences, 3);
  const copy = inParagraphs(editedCopy(sentences, n + 1), 4);
  const t = median(() => {
    const side = prepareSentences(ref);
    alignPassages(side, prepareSentences(copy, side), settings);
  }, n >= 10000 ? 3 : 10);
  const exponent = previous > 0 ? ` (cost grows as n^${(Math.log(t / previous) / Math.log(n / previousN)).toFixed(2)})` : '';
  console.log(`  ${String(n).padStart(6)} sentences: ${t.toFixed(1).padStart(8)} ms${exponent}`);
  previous = t;
  previousN = n;
}
