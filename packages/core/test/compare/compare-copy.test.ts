import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareCopy, readArticle } from '../../src/compare/compare-copy.js';
import { articleFromText } from '../../src/extract/extract-article.js';
import type { Article, Finding } from '../../src/types.js';

const REFERENCE = [
  'DHAKA (Reuters) - A ferry with about 200 passengers aboard capsized on Monday in the river Padma southwest of Dhaka, the chief of the district administration said.',
  'Mohammad Saiful Hasan Badal, deputy commissioner of Munshiganj district, said about 100 passengers had been rescued. No deaths had yet been reported.',
  '"Most of the passengers were coming back to the city after celebrating Eid," he told Reuters.',
  'A similar capsize occurred in May, when 54 bodies were recovered from a vessel that went down with around 200 people on board.',
  'Overcrowding is a common factor in many of the accidents. Each time the government vows to toughen regulations.',
];

// The dateline ("DHAKA (Reuters) -") stands as a block of its own, no paragraph: REFERENCE[k] is paragraph k + 1.
const textArticle = (text: string): Article => {
  const result = articleFromText(text);
  if (result.status !== 'ok') throw new Error(result.detail);
  return result.article;
};
const compare = (reference: string, copy: string): Finding[] =>
  compareCopy(readArticle(textArticle(reference)), readArticle(textArticle(copy)));
const serious = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'high' || f.severity === 'medium');

test('compareCopy finds nothing in a copy that ran the whole body together as one paragraph', () => {
  assert.equal(serious(compare(REFERENCE.join('\n\n'), REFERENCE.join(' '))).map((f) => f.message), []);
});

test('compareCopy finds nothing in a copy hard-wrapped at 64 columns', () => {
  const wrapped = REFERENCE.map((p) => p.replace(/(.{1,64})(\s|$)/g, '$1\n').trim()).join('\n');
  assert.equal(compare(REFERENCE.join('\n\n'), wrapped).map((f) => f.message), []);
});

test('compareCopy takes out an ad label that a wrap joined into a paragraph: furniture, not an edit', () => {
  const copy = [REFERENCE[0], `${REFERENCE[1]} Advertisement`, ...REFERENCE.slice(2)].join('\n\n');
  assert.equal(compare(REFERENCE.join('\n\n'), copy).map((f) => `${f.severity} ${f.kind}`), ['info furniture']);
});

test('compareCopy takes out a furniture sentence between two sentences of a paragraph', () => {
  const [first, second] = REFERENCE[1]!.split('. ');
  const copy = [REFERENCE[0], `${first}. Continue Reading Below. ${second}`, ...REFERENCE.slice(2)].join('\n\n');
  assert.equal(compare(REFERENCE.join('\n\n'), copy).filter((f) => f.kind !== 'furniture').map((f) => f.message), []);
});

test('compareCopy does not take a plain-text copy\'s headline line for an added paragraph', () => {
  const reference: Article = { ...textArticle(REFERENCE.join('\n\n')), title: 'Ferry capsizes near Dhaka. Hundreds feared missing.' };
  const copy = textArticle(['Ferry capsizes near Dhaka. Hundreds feared missing.', ...REFERENCE].join('\n\n'));
  assert.equal(compareCopy(readArticle(reference), readArticle(copy)).map((f) => f.message), []);
});

test('compareCopy reports a dropped in-text caveat as a note, not also as words cut from its paragraph', () => {
  const withCaveat = [...REFERENCE.slice(0, 3), `${REFERENCE[3]} Reuters could not independently verify the report.`, REFERENCE[4]].join('\n\n');
  const findings = compare(withCaveat, REFERENCE.join('\n\n'));
  assert.equal(findings.map((f) => `${f.severity} ${f.kind}`), ['high note-changed']);
});

test('compareCopy keeps the words a caveat shares its sentence with', () => {
  const withCaveat = [...REFERENCE.slice(0, 4), 'Officials could not independently verify that 54 bodies had been recovered from the river before dawn.'].join('\n\n');
  const copy = [...REFERENCE.slice(0, 4), 'Officials said that 45 bodies had been recovered from the river before dawn.'].join('\n\n');
  const changed = compare(withCaveat, copy).filter((f) => f.kind === 'changed');
  assert.ok(changed.some((f) => f.categories.includes('number')), changed.map((f) => f.message).join('\n'));
});

test('compareCopy reports an edit in a body run together once, for its paragraph, quoting its sentence', () => {
  const copy = REFERENCE.join(' ').replace('54 bodies', '45 bodies');
  const changed = compare(REFERENCE.join('\n\n'), copy).filter((f) => f.kind === 'changed');
  assert.is(changed.length, 1);
  const [f] = changed as [Finding];
  assert.equal([f.severity, f.categories, f.reference.blocks], ['high', ['number'], [4]]);
  assert.equal([f.reference.words, f.copy.words], ['54', '45']);
  assert.is(f.reference.text, REFERENCE[3]);
  assert.is(f.copy.text, REFERENCE[3]!.replace('54', '45'), 'the copy side quotes the changed sentence, not the whole run-together body');
  assert.equal(f.copy.blocks, [1], 'the run-together block, after the dateline');
});

test('compareCopy reports a paragraph inserted into a body run together as added, quoting only it', () => {
  const inserted = 'Police said the captain had been detained for questioning.';
  const copy = [...REFERENCE.slice(0, 2), inserted, ...REFERENCE.slice(2)].join(' ');
  const findings = compare(REFERENCE.join('\n\n'), copy);
  assert.equal(findings.map((f) => `${f.severity} ${f.kind} ${f.copy.text}`), [`medium added ${inserted}`]);
});

test('compareCopy quotes the copy paragraph that holds an edit, not the unchanged half of a split', () => {
  const [first, second] = REFERENCE[1]!.split('. ');
  const copy = [REFERENCE[0], `${first!.replace('100', '120')}.`, second, ...REFERENCE.slice(2)].join('\n\n');
  const [f] = compare(REFERENCE.join('\n\n'), copy).filter((x) => x.kind === 'changed') as [Finding];
  assert.is(f.copy.text, `${first!.replace('100', '120')}.`);
  assert.equal(f.reference.blocks, [2]);
});

test('compareCopy leaves out of an edit the half of a split paragraph that changed only in style', () => {
  const paragraph = 'Police said 100 passengers had been rescued by Monday night. The ferry company said 5 per cent of the tickets had been refunded.';
  const reference = [...REFERENCE.slice(0, 2), paragraph, ...REFERENCE.slice(2)].join('\n\n');
  const copy = [...REFERENCE.slice(0, 2), 'Police said 120 passengers had been rescued by Monday night.',
    'The ferry company said 5% of the tickets had been refunded.', ...REFERENCE.slice(2)].join('\n\n');
  const [f] = compare(reference, copy).filter((x) => x.kind === 'changed') as [Finding];
  assert.equal(f.categories, ['number', 'style']);
  assert.is(f.copy.text, 'Police said 120 passengers had been rescued by Monday night.');
});

test('compareCopy reports a copy cut off mid-sentence as truncated from where it stops, not as an edit', () => {
  const copy = [...REFERENCE.slice(0, 3), 'A similar capsize occurred in May, when 54 bodies were recov'].join('\n\n');
  const findings = compare(REFERENCE.join('\n\n'), copy);
  assert.equal(findings.map((f) => f.kind), ['truncated']);
  assert.match(findings[0]!.message, /the rest of paragraph 4 and the 1 paragraph after it/);
  assert.is(findings[0]!.reference.words, 'recovered from a vessel that went down with around 200 people on board.');
});

test('compareCopy reports nothing of a copy going on where a reference excerpt stops mid-sentence', () => {
  const excerpt = [...REFERENCE.slice(0, 3), 'A similar capsize occurred in May, when 54 bodies were recov'].join('\n\n');
  const copy = [...REFERENCE.slice(0, 3), REFERENCE[3]!.replace('in May', 'in early May')].join('\n\n');
  const findings = compare(excerpt, copy);
  assert.equal(findings.map((f) => `${f.kind} ${f.copy.words}`), ['changed early']);
});

test('compareCopy finds where a copy cut off mid-sentence stops even after an edit in that sentence', () => {
  const copy = [...REFERENCE.slice(0, 3), 'A similar capsize occurred in early May, when 54 bodies were recov'].join('\n\n');
  const findings = compare(REFERENCE.join('\n\n'), copy);
  assert.equal(findings.map((f) => `${f.kind} ${f.reference.words}`), [
    'truncated recovered from a vessel that went down with around 200 people on board.', 'changed ',
  ]);
});

test('compareCopy gives a paragraph printed twice a low finding, not a medium addition', () => {
  const copy = [...REFERENCE.slice(0, 4), REFERENCE[2], ...REFERENCE.slice(4)].join('\n\n');
  const findings = compare(REFERENCE.join('\n\n'), copy);
  assert.equal(findings.map((f) => `${f.severity} ${f.kind}`), ['low added']);
  assert.match(findings[0]!.message, /^copy repeats paragraph 5/);
});

test.run();
