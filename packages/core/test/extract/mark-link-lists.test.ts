import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markLinkLists } from '../../src/extract/mark-link-lists.js';
import type { Block } from '../../src/types.js';

const blocks = (...lines: Array<[Block['role'], string]>): Block[] => lines.map(([role, text], index) => ({ index, role, form: 'paragraph', text }));
const roles = (list: Block[]) => markLinkLists(list).map((b) => `${b.role}: ${b.text.slice(0, 24)}`);
const PROSE = 'Ferry accidents are common in Bangladesh due to poor safety standards for the vessels, which are often overloaded.';

test('markLinkLists makes the headlines under a related-stories heading furniture, up to the story\'s prose', () => {
  assert.equal(roles(blocks(['body', PROSE], ['furniture', 'RELATED STORIES'], ['body', '40 dead as Bangladesh ferry search called off'],
    ['body', 'Confirmed death toll in S. Korea ferry disaster passes 100—coastguard'], ['furniture', 'Read more...'], ['body', PROSE])), [
    'body: Ferry accidents are comm', 'furniture: RELATED STORIES', 'furniture: 40 dead as Bangladesh fe',
    'furniture: Confirmed death toll in ', 'furniture: Read more...', 'body: Ferry accidents are comm',
  ]);
});

test('markLinkLists leaves the story alone after a heading that opens no list, and after a link of its own', () => {
  const after = (label: string) => roles(blocks(['furniture', label], ['body', 'Evacuations ordered along the coast']))[1];
  assert.is(after('Continue Reading Below'), 'body: Evacuations ordered alon');
  assert.is(after('READ MORE: Indonesia tsunami death toll rises'), 'body: Evacuations ordered alon');
  assert.is(after('READ MORE:'), 'furniture: Evacuations ordered alon');
  assert.equal(roles(blocks(['furniture', 'More:'], ['body', PROSE])), ['furniture: More:', 'body: Ferry accidents are comm']);
});

test.run();
