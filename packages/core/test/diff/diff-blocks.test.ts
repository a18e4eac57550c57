import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffBlocks } from '../../src/diff/diff-blocks.js';

// The seed story's own sentences, edited as copies edit them.
const AMBASSADORS = "All 29 ambassadors of the U.S.-led military alliance issued the statement as world powers sought a common response to North Korea's sixth and largest nuclear bomb test.";
const APPEAL = "NATO urged all countries to step up efforts to enforce sanctions on North Korea and stop its weapons tests - an appeal that diplomats said was aimed at the reclusive state's trading partners, suspected of holding back on penalties.";
const QUOTE = '"China, African, other Asian countries continue to trade with North Korea. Our governments are saying to Guinea-Bissau, to Malaysia, to China that they need to tighten their sanctions enforcement," said a NATO diplomat involved in discussions about how to resolve the North Korea crisis.';

const mark = (edits: ReturnType<typeof diffBlocks>) =>
  edits.map((e) => `${e.removed ? `<del>${e.removed}</del>` : ''}${e.added ? `<ins>${e.added}</ins>` : ''}:${e.categories.join('+')}`);

test('diffBlocks reports a changed number as a number edit', () => {
  assert.equal(mark(diffBlocks(AMBASSADORS, AMBASSADORS.replace('29', '28'))), ['<del>29</del><ins>28</ins>:number']);
});

test('diffBlocks reports a dropped "suspected of" as a hedge edit', () => {
  assert.equal(mark(diffBlocks(APPEAL, APPEAL.replace('suspected of ', ''))), ['<del>suspected of</del>:hedge']);
});

test('diffBlocks reports a shortened quote as a quote edit, in one piece', () => {
  const shortened = QUOTE.replace(' Our governments are saying to Guinea-Bissau, to Malaysia, to China that they need to tighten their sanctions enforcement,', ',').replace('Korea.,', 'Korea,');
  const edits = diffBlocks(QUOTE, shortened);
  assert.is(edits.length, 1);
  assert.ok(edits[0]!.categories.includes('quote'));
  assert.not.ok(edits[0]!.categories.includes('attribution'), 'speech verbs inside the quote are not attribution');
});

test('diffBlocks reports a removed "said a NATO diplomat" as attribution', () => {
  const cut = QUOTE.replace(' said a NATO diplomat involved in discussions about how to resolve the North Korea crisis.', '').replace('enforcement,"', 'enforcement."');
  const edits = diffBlocks(QUOTE, cut);
  assert.ok(edits.some((e) => e.categories.includes('attribution')), JSON.stringify(edits));
});

test('diffBlocks reports "not" removed as negation, a changed month as date, a changed surname as name', () => {
  assert.equal(mark(diffBlocks('NATO is not directly involved in the crisis.', 'NATO is directly involved in the crisis.')), ['<del>not</del>:negation']);
  assert.equal(mark(diffBlocks('He planned to travel in October.', 'He planned to travel in November.')), ['<del>October</del><ins>November</ins>:date']);
  assert.equal(mark(diffBlocks('NATO Secretary-General Jens Stoltenberg said.', 'NATO Secretary-General Jens Stoltenburg said.')), ['<del>Stoltenberg</del><ins>Stoltenburg</ins>:name']);
});

test('diffBlocks calls curly quotes, U.S./US, per cent/percent and a serial comma style, and nothing else', () => {
  const styled = QUOTE.replace(/"/g, (_, i: number) => (i === 0 ? '\u201C' : '\u201D'));
  assert.ok(diffBlocks(QUOTE, styled).every((e) => e.categories.join() === 'style'));
  assert.ok(diffBlocks(AMBASSADORS, AMBASSADORS.replace('U.S.', 'US')).every((e) => e.categories.join() === 'style'));
  assert.equal(mark(diffBlocks('Prices rose 5 per cent.', 'Prices rose 5 percent.')), ['<del>per cent</del><ins>percent</ins>:style']);
  assert.equal(mark(diffBlocks('Guinea-Bissau, Malaysia, and China', 'Guinea-Bissau, Malaysia and China')), ['<del>,</del>:style']);
});

test('diffBlocks finds nothing in texts that differ only in white space', () => {
  assert.equal(diffBlocks('All 29  ambassadors\n issued', 'All 29 ambassadors issued'), []);
});

test('diffBlocks quotes the changed words exactly as written', () => {
  const edits = diffBlocks('He said \u201Cno\u201D twice.', 'He said \u201Cyes\u201D twice.');
  assert.is(edits[0]!.removed, 'no');
  assert.is(edits[0]!.added, 'yes');
  assert.ok(edits[0]!.categories.includes('quote'));
});

test.run();
