import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { flagFurniture } from '../../src/flag/flag-furniture.js';
import type { Article, Block } from '../../src/types.js';

const block = (index: number, role: Block['role'], text: string): Block => ({ index, role, form: 'paragraph', text });
const article = (blocks: Block[]): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, blocks,
});
const BODY = 'NATO urged all countries to step up efforts to enforce sanctions on North Korea.';
const sides = (f: ReturnType<typeof flagFurniture>[number]) => [f.severity, f.reference.words, f.copy.words];

test('flagFurniture reports the copy\'s furniture as info, on the copy side', () => {
  const ref = article([block(0, 'body', BODY)]);
  const copy = article([block(0, 'body', BODY), block(1, 'furniture', 'Continue Reading Below')]);
  assert.equal(flagFurniture(ref, copy).map(sides), [['info', '', 'Continue Reading Below']]);
});

test('flagFurniture reports the reference\'s own furniture once, on the reference side, as left out', () => {
  const ref = article([block(0, 'furniture', 'Register now for FREE unlimited access to Reuters.com'), block(1, 'body', BODY), block(2, 'furniture', 'Register now for FREE unlimited access to Reuters.com')]);
  const copy = article([block(0, 'body', BODY)]);
  const found = flagFurniture(ref, copy);
  assert.equal(found.map(sides), [['info', 'Register now for FREE unlimited access to Reuters.com', '']]);
  assert.match(found[0]!.message, /^reference page furniture, left out of the comparison: /);
});

test('flagFurniture says nothing of furniture both pages carry', () => {
  const both = article([block(0, 'furniture', 'Advertisement'), block(1, 'body', BODY)]);
  assert.equal(flagFurniture(both, article([block(0, 'body', BODY), block(1, 'furniture', 'ADVERTISEMENT')])), []);
});

test.run();
