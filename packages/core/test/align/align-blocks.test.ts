import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { alignBlocks } from '../../src/align/align-blocks.js';

const P = [
  'NATO urged all countries to step up efforts to enforce sanctions on North Korea and stop its weapons tests.',
  'All 29 ambassadors of the U.S.-led military alliance issued the statement as world powers sought a common response.',
  'Diplomats, speaking on condition of anonymity, said there were concerns that existing sanctions have not been fully enforced.',
  'Efforts to impose fresh sanctions on Pyongyang at the United Nations have run into opposition.',
  'President Vladimir Putin has resisted restrictions on oil exports to the country, saying the crisis will not be resolved by sanctions.',
  'NATO Secretary-General Jens Stoltenberg said separately he planned to travel to South Korea and Japan in October.',
];
const pairs = (a: ReturnType<typeof alignBlocks>) => a.groups.map((g) => `${g.reference.join('+')}=${g.copy.join('+')}${g.moved ? ' moved' : ''}`);

test('alignBlocks pairs identical and lightly edited blocks one to one', () => {
  const copy = [...P];
  copy[1] = copy[1]!.replace('29', '28');
  const a = alignBlocks(P, copy);
  assert.equal(pairs(a), ['0=0', '1=1', '2=2', '3=3', '4=4', '5=5']);
  assert.equal(a.removed, []);
  assert.equal(a.added, []);
});

test('alignBlocks reports a deleted block as removed and an inserted one as added', () => {
  const copy = [P[0]!, P[1]!, 'North Korea has conducted six nuclear tests since 2006, the outlet added.', P[2]!, P[4]!, P[5]!];
  const a = alignBlocks(P, copy);
  assert.equal(a.removed, [3]);
  assert.equal(a.added, [2]);
  assert.equal(a.truncated, []);
});

test('alignBlocks pairs a moved block with its original and marks only it moved', () => {
  const copy = [P[0]!, P[1]!, P[5]!, P[2]!, P[3]!, P[4]!];
  const a = alignBlocks(P, copy);
  assert.equal(pairs(a), ['0=0', '1=1', '2=3', '3=4', '4=5', '5=2 moved']);
});

test('alignBlocks groups a split block with both of its halves', () => {
  const [first, second] = [P[4]!.slice(0, 68).trim(), P[4]!.slice(68).trim()];
  const copy = [P[0]!, P[1]!, P[2]!, P[3]!, first, second, P[5]!];
  const a = alignBlocks(P, copy);
  assert.ok(pairs(a).includes('4=4+5'), pairs(a).join(' '));
  assert.equal(a.added, []);
});

test('alignBlocks groups merged blocks with the block they became', () => {
  const copy = [P[0]!, `${P[1]} ${P[2]}`, P[3]!, P[4]!, P[5]!];
  const a = alignBlocks(P, copy);
  assert.ok(pairs(a).includes('1+2=1'), pairs(a).join(' '));
  assert.equal(a.removed, []);
});

test('alignBlocks reports the lost ending as truncated, not removed', () => {
  const a = alignBlocks(P, P.slice(0, 4));
  assert.equal(a.truncated, [4, 5]);
  assert.equal(a.removed, []);
});

test('alignBlocks rejects a similarity threshold outside (0, 1]', () => {
  assert.throws(() => alignBlocks(P, P, { minSimilarity: 0 }), /minSimilarity/);
});

// Found by the property tests (seed 1): a quote's attribution cut off, moved down and joined to
// a paragraph that itself ends with the same words. It goes home to the quote that lacks it.
const QUOTE = [
  '"Do they take the profit from their non-retail efforts and reinvest it to take share in grocery?" Forte said.',
  'Tourism is critical to the economy, accounting for 15 percent of its gross domestic product.',
  'Forte described his attempt to get the ingredients at Whole Foods. "I took the kids to Walmart," Forte said.',
];

test('a short attribution moved away from its quote returns to the quote that lacks it, not to a look-alike', () => {
  const moved = [QUOTE[0]!.replace(' Forte said.', ''), QUOTE[1]!, 'Forte said.', QUOTE[2]!];
  assert.equal(pairs(alignBlocks(QUOTE, moved)), ['0=0+2', '1=1', '2=3']);
  const joined = [QUOTE[0]!.replace(' Forte said.', ''), QUOTE[1]!, `Forte said. ${QUOTE[2]}`];
  assert.equal(pairs(alignBlocks(QUOTE, joined)), ['0+2=0+2', '1=1']);
});

test('alignBlocks reports a block the copy printed twice as added, not as a piece of its twin', () => {
  const a = alignBlocks(P, [P[0]!, P[1]!, P[1]!, P[2]!, P[3]!, P[4]!, P[5]!]);
  assert.equal(pairs(a), ['0=0', '1=1', '2=3', '3=4', '4=5', '5=6']);
  assert.equal(a.added, [2]);
});

test.run();
