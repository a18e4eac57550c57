import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { resolveAlignOptions } from '../../src/align/align-blocks.js';
import { alignPassages } from '../../src/align/align-passages.js';
import { prepareSentences } from '../../src/align/sentence-side.js';

const P = [
  'NATO urged all countries to step up efforts to enforce sanctions on North Korea. It called the tests a threat to peace.',
  'All 29 ambassadors of the U.S.-led military alliance issued the statement. World powers sought a common response.',
  'Diplomats said there were concerns that existing sanctions have not been fully enforced. China denied it.',
  'President Vladimir Putin has resisted restrictions on oil exports to the country. He said sanctions would not work.',
];

function align(reference: readonly string[], copy: readonly string[]) {
  const ref = prepareSentences(reference);
  return alignPassages(ref, prepareSentences(copy, ref), resolveAlignOptions());
}

// What each passage gives the reference paragraph(s): the copy's words for it.
const words = (copy: readonly string[], a: ReturnType<typeof align>) =>
  a.passages.map((p) => `${p.reference.join('+')}: ${p.ranges.map((r) => copy[r.block]!.slice(r.start, r.end)).join(' ')}`);

test('alignPassages gives each reference paragraph its own sentences of a body run together', () => {
  const copy = [P.join(' ')];
  const a = align(P, copy);
  assert.equal(words(copy, a), P.map((p, k) => `${k}: ${p}`));
  assert.ok(a.passages.every((p) => !p.moved && !p.whole && p.ranges.every((r) => r.same)));
  assert.equal(a.passages.map((p) => p.copy), [[0], [0], [0], [0]]);
  assert.equal([a.removed, a.added, a.truncated, a.cut], [[], [], [], null]);
});

test('alignPassages keeps an edited sentence with its paragraph when the copy re-cut the paragraphs', () => {
  const copy = [`${P[0]} ${P[1]!.split('. ')[0]}.`, P[1]!.split('. ')[1]!.replace('common', 'united'), P[2]!, P[3]!];
  const a = align(P, copy);
  assert.equal(words(copy, a)[1], '1: All 29 ambassadors of the U.S.-led military alliance issued the statement. World powers sought a united response.');
  assert.equal(a.passages[1]!.ranges.map((r) => r.same), [true, false]);
  assert.equal(a.passages[0]!.ranges.every((r) => r.same), true);
});

test('alignPassages puts a sentence the copy added inside a paragraph into that paragraph', () => {
  const copy = [P[0]!, P[1]!.replace('statement.', 'statement. The meeting lasted two hours.'), P[2]!, P[3]!];
  const a = align(P, copy);
  assert.equal(words(copy, a)[1], `1: ${copy[1]}`);
  assert.ok(a.passages[1]!.whole);
  assert.equal(a.added, []);
});

test('alignPassages marks a paragraph the copy put elsewhere as moved, and sentences reordered within one as not', () => {
  const moved = align(P, [P[0]!, P[3]!, P[1]!, P[2]!]);
  assert.equal(moved.passages.map((p) => p.moved), [false, false, false, true]);
  const [first, second] = P[2]!.split('. ');
  const reordered = align(P, [P[0]!, P[1]!, `${second} ${first}.`, P[3]!]);
  assert.equal(reordered.passages.map((p) => p.moved), [false, false, false, false]);
});

test('alignPassages pairs a paragraph whole when every one of its sentences was rewritten', () => {
  const rewritten = 'Diplomats said there were worries existing sanctions had not been fully enforced. China denied this.';
  const a = align(P, [P[0]!, P[1]!, rewritten, P[3]!]);
  assert.equal(a.passages.map((p) => `${p.reference}=${p.copy}`), ['0=0', '1=1', '2=2', '3=3']);
  assert.equal([a.removed, a.added], [[], []]);
});

test('alignPassages pairs a paragraph rewritten in the same place, between the same kept paragraphs', () => {
  const lede = 'A ferry packed with about 200 people capsized in a river in southern Bangladesh, killing at least 31 people and leaving dozens more missing.';
  const update = 'A ferry packed with about 300 people has collided with a cargo boat and capsized in a Bangladeshi river, killing 31 people and leaving up to 200 more missing.';
  const a = align([P[0]!, lede, P[1]!], [P[0]!, update, P[1]!]);
  assert.equal(a.passages.map((p) => `${p.reference}=${p.copy}`), ['0=0', '1=1', '2=2']);
  assert.equal([a.removed, a.added], [[], []]);
  // The same paragraph elsewhere, with other paragraphs between, is removed and added.
  const apart = align([P[0]!, lede, P[1]!, P[2]!], [P[0]!, P[1]!, P[2]!, update]);
  assert.equal([apart.removed, apart.added], [[1], [3]]);
});

test('alignPassages reports paragraphs the copy lacks as removed, or as the lost ending after its last', () => {
  const a = align(P, [P[0]!, P[2]!]);
  assert.equal([a.removed, a.truncated, a.cut], [[1], [3], null]);
});

test('alignPassages finds where a copy cut off mid-sentence stops, without the stump of a cut word', () => {
  const copy = [P[0]!, P[1]!, 'Diplomats said there were concerns that existing sanc'];
  const a = align(P, copy);
  const cut = a.cut!;
  assert.equal(cut.block, 2);
  assert.is(P[2]!.slice(cut.start), 'sanctions have not been fully enforced. China denied it.');
  const last = a.passages[2]!.ranges.at(-1)!;
  assert.is(copy[2]!.slice(last.start, last.end), 'Diplomats said there were concerns that existing');
  assert.equal(a.truncated, [3]);
});

test('alignPassages finds where a reference that is itself an excerpt stops, and stops the copy there too', () => {
  const reference = [P[0]!, P[1]!, 'Diplomats said there were concerns that existing sanctions have not been fully enfo'];
  const copy = [P[0]!, P[1]!, P[2]!.replace('Diplomats said', 'Diplomats told reporters')];
  const a = align(reference, copy);
  assert.equal(a.excerptEnd, { block: 2, end: 'Diplomats said there were concerns that existing sanctions have not been fully'.length });
  assert.equal(words(copy, a)[2], '2: Diplomats told reporters there were concerns that existing sanctions have not been fully');
  assert.equal([a.cut, a.truncated, a.added], [null, [], []]);
});

test('alignPassages finds a copy that stops after a sentence inside a paragraph, but not one that moved the rest', () => {
  const stops = align(P, [P[0]!, 'All 29 ambassadors of the U.S.-led military alliance issued the statement.']);
  assert.is(P[1]!.slice(stops.cut!.start), 'World powers sought a common response.');
  const [first, second] = P[3]!.split('. ');
  const moved = align(P, [P[0]!, P[1]!, P[2]!, `${second}`, `${first}.`]);
  assert.is(moved.cut, null);
});

test('alignPassages finds a passage the copy inserted between two paragraphs of a body run together', () => {
  const inserted = 'Markets in Seoul fell sharply on the news. Traders in the city said they expected more tests.';
  const copy = [[P[0], P[1], inserted, P[2], P[3]].join(' ')];
  const a = align(P, copy);
  assert.equal(a.inserted.map((run) => run.map((u) => copy[0]!.slice(u.start, u.end)).join(' ')), [inserted]);
  assert.equal(words(copy, a), P.map((p, k) => `${k}: ${p}`));
});

test('alignPassages gives a sentence standing where a paragraph lost one to that paragraph, not to the insertions', () => {
  const [first, second] = P[1]!.split('. ');
  const copy = [[P[0], `${first}.`, 'World powers differed on the response.', P[2], P[3]].join(' ')];
  const a = align(P, copy);
  assert.equal(a.inserted, []);
  assert.equal(words(copy, a)[1], `1: ${first}. World powers differed on the response.`);
  assert.ok(second);
});

test('alignPassages reports a copy block that matches nothing as added', () => {
  const a = align(P, [P[0]!, 'Markets in Seoul fell sharply on the news, traders in the city said.', P[1]!, P[2]!, P[3]!]);
  assert.equal(a.added, [1]);
  assert.equal(a.passages.length, 4);
});

test.run();
