// The style rules are a table: every rule's example must compare as style only (or as no edit
// at all), and its near-miss must keep an edit above style, through diffBlocks as a copy is
// compared. The forms each rule reads are held to the same standard one by one.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffBlocks } from '../../src/diff/diff-blocks.js';
import { STYLE_RULES } from '../../src/diff/style-rules.js';
import { tokenKey } from '../../src/segment/tokenize-words.js';

const show = (edits: ReturnType<typeof diffBlocks>) => edits.map((e) => `[${e.removed}|${e.added}]:${e.categories.join('+')}`).join(' ');
const styleOnly = (a: string, b: string) => diffBlocks(a, b).every((e) => e.categories.length === 1 && e.categories[0] === 'style');

test('STYLE_RULES ids are unique and kebab-case, each with a one-line description', () => {
  const ids = STYLE_RULES.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate id');
  for (const rule of STYLE_RULES) {
    assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${rule.id} is not kebab-case`);
    assert.ok(rule.description.length > 0 && !rule.description.includes('\n'), `${rule.id}: description`);
  }
});

test('every style rule’s example differs in writing and compares as style only', () => {
  for (const rule of STYLE_RULES) {
    const [reference, copy] = rule.example;
    assert.is.not(reference, copy, `${rule.id}: the example must differ`);
    const edits = diffBlocks(reference, copy);
    assert.ok(styleOnly(reference, copy), `${rule.id}: ${show(edits)}`);
  }
});

test('no style rule’s near-miss compares as style only', () => {
  for (const rule of STYLE_RULES) {
    const edits = diffBlocks(...rule.nearMiss);
    assert.ok(edits.some((e) => e.categories.some((c) => c !== 'style')), `${rule.id} near-miss: ${show(edits)}`);
  }
});

test('every form of a "same" rule compares as the first form of its class', () => {
  for (const rule of STYLE_RULES) {
    if (rule.kind !== 'same') continue;
    for (const forms of rule.forms) {
      for (const form of forms.slice(1)) {
        const [a, b] = [`Officials from ${forms[0]} met on Monday.`, `Officials from ${form} met on Monday.`];
        assert.ok(styleOnly(a, b), `${rule.id}: "${forms[0]}" / "${form}": ${show(diffBlocks(a, b))}`);
      }
    }
  }
});

test('every spelling word pair gets one key, and a word a pattern must leave alone keeps its own', () => {
  for (const rule of STYLE_RULES) {
    if (rule.kind !== 'key') continue;
    for (const [from, to] of rule.words ?? []) assert.is(tokenKey(from), tokenKey(to), `${rule.id}: ${from} / ${to}`);
  }
  assert.is.not(tokenKey('timbre'), tokenKey('timber'));
  assert.is.not(tokenKey('prise'), tokenKey('prize'));
});

test('every unit name is the same unit as the first: "5 km" is "5 kilometres", not "5 miles"', () => {
  for (const rule of STYLE_RULES) {
    if (rule.kind !== 'units') continue;
    for (const unit of rule.units) {
      for (const name of unit.names.slice(1)) {
        const [a, b] = [`The fence is 25 ${unit.names[0]} long.`, `The fence is 25 ${name} long.`];
        assert.ok(styleOnly(a, b), `${unit.names[0]} / ${name}: ${show(diffBlocks(a, b))}`);
        const c = `The fence is 26 ${name} long.`;
        assert.ok(!styleOnly(a, c), `${unit.names[0]} / 26 ${name}`);
      }
    }
  }
});

test('every honorific alone before a name is style; one swapped for another is not', () => {
  const rule = STYLE_RULES.find((r) => r.id === 'honorifics');
  assert.ok(rule?.kind === 'words');
  for (const word of rule.words) {
    const honorific = word[0]!.toUpperCase() + word.slice(1);
    assert.ok(styleOnly('The envoy met Kim on Monday.', `The envoy met ${honorific} Kim on Monday.`), honorific);
    assert.ok(styleOnly('The envoy met Kim on Monday.', `The envoy met ${honorific}. Kim on Monday.`), `${honorific}.`);
  }
  assert.not.ok(styleOnly('The envoy met Mr Kim on Monday.', 'The envoy met Ms Kim on Monday.'));
});

test('every function word alone put in is style outside a quotation, never inside one or before a number', () => {
  const rule = STYLE_RULES.find((r) => r.id === 'function-words');
  assert.ok(rule?.kind === 'words');
  for (const word of rule.words) {
    assert.ok(styleOnly('Police arrived downtown late Tuesday.', `Police arrived ${word} downtown late Tuesday.`), word);
    assert.not.ok(styleOnly('"Police arrived downtown late Tuesday," he said.', `"Police arrived ${word} downtown late Tuesday," he said.`), `"${word}" in a quote`);
    assert.not.ok(styleOnly('Police arrested 30 people.', `Police arrested ${word} 30 people.`), `${word} before a number`);
  }
});

test('every connective alone put in is style outside a quotation, never inside one; a plural acronym only when the rest is the same', () => {
  const rule = STYLE_RULES.find((r) => r.id === 'connectives');
  assert.ok(rule?.kind === 'words');
  for (const word of rule.words) {
    assert.ok(styleOnly('The court will hear the appeals.', `The court will ${word} hear the appeals.`), word);
    assert.not.ok(styleOnly('"The court will hear the appeals," he said.', `"The court will ${word} hear the appeals," he said.`), `"${word}" in a quote`);
  }
  assert.ok(styleOnly('Two MLAs were named.', 'Two MLA were named.'));
  assert.not.ok(styleOnly('Two MLAs were named.', 'Three MLA were named.'));
  assert.not.ok(styleOnly('The bees were named.', 'The bee were named.'), 'a plural of a word, not an acronym, is an edit');
});

test.run();
