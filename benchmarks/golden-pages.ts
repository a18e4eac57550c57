// pnpm bench:golden — the golden extractions of real pages the repository may not hold
// (benchmarks/golden-pages/<page>/expected.json, each with a README saying why each entry is
// expected). Their pages are news sites' own, kept in trafilatura's evaluation set beside the
// project (../shared/corpora), so the check runs only where that corpus is: elsewhere it says it
// skipped, in one line, and exits 0. A page that extracts otherwise than reviewed exits 1 with
// the first difference; regenerate with benchmarks/extract-golden.ts and review line by line.
// The golden pages the repository holds (fixtures/pages) are tests, not this.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractGolden, type Golden } from './extract-golden.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = path.join(ROOT, 'benchmarks/golden-pages');

let checked = 0;
let failed = 0;
const skipped: string[] = [];
for (const name of readdirSync(FOLDER, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  const expected = JSON.parse(readFileSync(path.join(FOLDER, name, 'expected.json'), 'utf8')) as Golden;
  if (!existsSync(path.resolve(ROOT, expected.source))) {
    skipped.push(name);
    continue;
  }
  checked++;
  const got = extractGolden(expected.source, expected.url);
  const wanted = { title: expected.title, byline: expected.byline, publishedTime: expected.publishedTime, canonicalUrl: expected.canonicalUrl, blocks: expected.blocks };
  const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).find((key) => JSON.stringify(got[key]) !== JSON.stringify(wanted[key]));
  if (differs === undefined) {
    console.log(`ok      ${name}`);
    continue;
  }
  failed++;
  if (differs !== 'blocks') console.log(`FAILED  ${name}: ${differs} is ${JSON.stringify(got[differs])}, reviewed ${JSON.stringify(wanted[differs])}`);
  else {
    const k = got.blocks.findIndex((b, i) => b !== expected.blocks[i]);
    const at = k < 0 ? Math.min(got.blocks.length, expected.blocks.length) : k;
    console.log(`FAILED  ${name}: block ${at + 1} is ${JSON.stringify(got.blocks[at] ?? null)}, reviewed ${JSON.stringify(expected.blocks[at] ?? null)}`);
  }
}
if (skipped.length > 0) console.log(`skipped ${skipped.join(', ')}: their pages are read from ../shared/corpora, which is not beside the project`);
console.log(`golden pages: ${checked - failed} ok, ${failed} failed, ${skipped.length} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
