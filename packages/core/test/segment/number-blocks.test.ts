import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { numberBlocks } from '../../src/segment/number-blocks.js';
import type { Block, BlockForm, BlockRole } from '../../src/types.js';

const block = (index: number, role: BlockRole, form: BlockForm = 'paragraph'): Block => ({ index, role, form, text: `block ${index}` });

test('numberBlocks counts body paragraphs from 1 as agencies do: furniture, credits, captions, datelines and headings apart', () => {
  // The Reuters page of fixtures/stories/nato-north-korea, in its order of blocks.
  const blocks = [
    block(0, 'furniture'), block(1, 'credit'), block(2, 'caption', 'caption'), block(3, 'dateline', 'line'),
    block(4, 'body'), block(5, 'body', 'heading'), block(6, 'body', 'quote'), block(7, 'body', 'list-item'), block(8, 'credit'),
  ];
  assert.equal(numberBlocks({ blocks }), [
    { part: 'furniture', number: 1 }, { part: 'credit', number: 1 }, { part: 'caption', number: 1 }, { part: 'dateline', number: 1 },
    { part: 'paragraph', number: 1 }, { part: 'heading', number: 1 }, { part: 'paragraph', number: 2 }, { part: 'paragraph', number: 3 },
    { part: 'credit', number: 2 },
  ]);
});

test.run();
