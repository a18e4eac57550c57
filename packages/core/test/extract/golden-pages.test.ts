// Golden tests over real pages: each folder of fixtures/pages holds the page (source.html, a page
// whose licence lets the repository hold it, with that licence beside it), expected.json (what
// extractArticle gives, one "role form: text" line per block) and a README.md saying why each
// entry is expected and what is knowingly wrong. Pages the repository may not hold are checked
// by `pnpm bench:golden` instead. Regenerate with benchmarks/extract-golden.ts, then review line
// by line.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractGolden, type Golden } from '../../../../benchmarks/extract-golden.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const PAGES = path.join(ROOT, 'fixtures/pages');

for (const name of readdirSync(PAGES).sort()) {
  const expected = JSON.parse(readFileSync(path.join(PAGES, name, 'expected.json'), 'utf8')) as Golden;
  test(`extractArticle gives the reviewed blocks and metadata for ${name}`, () => {
    const got = extractGolden(expected.source, expected.url);
    assert.equal(
      { title: got.title, byline: got.byline, publishedTime: got.publishedTime, canonicalUrl: got.canonicalUrl },
      { title: expected.title, byline: expected.byline, publishedTime: expected.publishedTime, canonicalUrl: expected.canonicalUrl },
    );
    assert.equal(got.blocks, expected.blocks);
  });
}

test('the AP story on yahoo-2 keeps its correction note, its contributor line and its photo credit', () => {
  const got = extractGolden('fixtures/pages/yahoo-2-ap-correction/source.html');
  assert.ok(got.blocks.includes('note paragraph: This version corrects the spelling of the region to Tuva, not Tyva.'));
  assert.ok(got.blocks.some((b) => b.startsWith('credit paragraph: Aerospace Writer Marcia Dunn') && b.endsWith('contributed to this report.')));
  assert.ok(got.blocks.some((b) => b.startsWith('caption') && b.includes('photo via AP)')));
  assert.is(got.blocks.filter((b) => b.startsWith('dateline')).length, 1);
});

test.run();
