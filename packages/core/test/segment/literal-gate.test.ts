// The literal gate lets a rule be skipped when a text lacks every word the rule requires. A
// gate that is wrong hides a note or a credit silently, so soundness is what these tests hold:
// whenever a pattern matches, its gate must let the text through.
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { literalGate, passesGate } from '../../src/segment/literal-gate.js';
import { candidatesIn, mayMatch } from '../../src/segment/compile-pattern.js';
import { NOTE_CATALOGUE } from '../../src/notes/note-catalogue.js';
import { CREDIT_PATTERNS } from '../../src/credits/credit-patterns.js';
import { AGENCIES } from '../../src/credits/agencies.js';
import { FURNITURE_PATTERNS } from '../../src/segment/furniture-patterns.js';
import { SEED_CAPTION } from '../pattern-table.js';

const TABLES = [...NOTE_CATALOGUE, ...CREDIT_PATTERNS, ...AGENCIES, ...FURNITURE_PATTERNS];

test('words are read from the pattern: adjacent letters join across \\b, optional parts add nothing', () => {
  assert.equal(literalGate(String.raw`\bKyodo\b`, 'iu'), { folded: true, clauses: [['kyodo']] });
  assert.equal(literalGate(String.raw`\b(?:Thomson\s+)?Reuters\b`, 'u'), { folded: false, clauses: [['Reuters']] });
  // Of several branches one matches: any one branch's word lets a text through.
  assert.equal(literalGate('dpa|Deutsche Presse', 'u'), { folded: false, clauses: [['Deutsche Presse', 'dpa']] });
  // A sequence needs every part: each part is a clause, the most selective first.
  assert.equal(literalGate(String.raw`AFP\s+via\s+Getty`, 'u')?.clauses, [['Getty'], ['AFP'], ['via']]);
  assert.equal(literalGate(String.raw`\bunable\s+to\s+(?:verify|confirm|authenticate)\b`, 'iu')?.clauses,
    [['unable'], ['authenticate', 'confirm', 'verify'], ['to']]);
});

test('a sequence fails on the clause a text lacks, though it holds the other words', () => {
  const gate = literalGate(String.raw`\bunable\s+to\s+(?:verify|confirm)\b`, 'iu');
  assert.not.ok(passesGate(gate, 'Officials were unable to say when talks would resume.'));
  assert.ok(passesGate(gate, 'Reuters was UNABLE TO VERIFY the footage.'));
});

test('a rare mark alone is a gate, and a mark every branch needs gates the alternation', () => {
  // AFP's desk slug needs its "/": prose without one skips the rule.
  const slug = literalGate(String.raw`^[a-z]{2,4}(?:/[a-z]{2,4}){1,3}$`, 'mu');
  assert.equal(slug?.clauses, [['/']]);
  assert.not.ok(passesGate(slug!, 'sst and dhc'));
  assert.ok(passesGate(slug!, 'sst/dhc'));
  // Both branches need a slash, as well as one of their words.
  assert.equal(literalGate(String.raw`\((?:KCNA|Xinhua)/\p{Lu}+\)|\p{Lu}+/(?:Handout|HANDOUT)`, 'u')?.clauses, [['HANDOUT', 'Handout', 'KCNA', 'Xinhua'], ['/']]);
  // A common mark is no gate: "(" opens half of all captions.
  assert.equal(literalGate(String.raw`\([a-z]`, 'u'), null);
});

test('no gate when some match needs no word: a class-only branch, an empty branch, a one-letter word', () => {
  assert.equal(literalGate(String.raw`[A-Z]{2,}\d`, 'u'), null);
  assert.equal(literalGate('Reuters|[0-9]+', 'u'), null);
  assert.equal(literalGate('(?:ab)?', 'u'), null);
  assert.equal(literalGate(String.raw`a\s`, 'u'), null);
  assert.equal(literalGate('(unclosed', 'u'), null);
});

test('ignoring case, a text is compared lower-cased, with the long s and the Kelvin sign folded', () => {
  const gate = literalGate('sales', 'iu');
  assert.ok(passesGate(gate, 'NO THIRD PARTY SALES'));
  assert.ok(passesGate(gate, '\u017Fales'), 'the long s matches /s/iu');
  assert.ok(/kyodo/iu.test('\u212Ayodo') && passesGate(literalGate('kyodo', 'iu'), '\u212Ayodo'), 'the Kelvin sign matches /k/iu');
  assert.not.ok(passesGate(gate, 'No third party distribution'));
  // And the other way: a pattern written with the long s or the Kelvin sign matches plain letters.
  assert.ok(/\u017Fa/iu.test('SA') && passesGate(literalGate('\u017Fa', 'iu'), 'SA'));
  assert.ok(/\u212Aa/iu.test('ka') && passesGate(literalGate('\u212Aa', 'iu'), 'ka'));
  // Not ignoring case, the exact letters are needed, as the pattern needs them.
  assert.not.ok(passesGate(literalGate('REFILE', 'u'), 'Refile'));
});

test('every built-in rule lets its own example through, and the seed caption finds its note rules', () => {
  for (const rule of TABLES) assert.ok(mayMatch(rule, rule.example), `${rule.id}: "${rule.example}"`);
  assert.ok(mayMatch(NOTE_CATALOGUE.find((r) => r.id === 'unable-to-independently-verify')!, SEED_CAPTION));
  // And a plain sentence skips nearly every rule: what makes the gate worth having.
  const plain = 'NATO urged all countries to step up efforts to enforce sanctions on North Korea.';
  assert.ok(TABLES.filter((rule) => mayMatch(rule, plain)).length <= 3);
});

// Random texts around each rule's example: case flipped, characters inserted and cut.
const mutated = (example: string) =>
  fc.tuple(fc.array(fc.tuple(fc.nat(example.length), fc.constantFrom('', ' ', 'x', 'S', '\u017F', '\u212A', '.', '-', 'REUTERS')), { maxLength: 4 }), fc.boolean(), fc.boolean())
    .map(([inserts, upper, lower]) => {
      let text = upper ? example.toUpperCase() : lower ? example.toLowerCase() : example;
      for (const [at, s] of inserts) text = text.slice(0, at) + s + text.slice(at + (s === '' ? 1 : 0));
      return text;
    });

test('soundness on the built-in tables: whenever a rule matches a mutated example, its gate passes', () => {
  for (const rule of TABLES) {
    const re = new RegExp(rule.pattern, rule.flags);
    fc.assert(fc.property(mutated(rule.example), (text) => !re.test(text) || mayMatch(rule, text)), { numRuns: 60, seed: 7 });
  }
});

// Random patterns over a small alphabet, and random texts over the same one: the gate may
// never refuse a text the pattern matches, whatever the pattern's shape.
const ALPHABET = ['a', 'b', 'A', 'B', ' ', '\u017F', '\u212A', 'k', 's'];
const { pattern: randomPattern } = fc.letrec<{ pattern: string; piece: string }>((tie) => ({
  pattern: fc.array(tie('piece'), { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
  piece: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...ALPHABET.map((c) => (c === ' ' ? ' ' : c))),
    fc.constantFrom('\\b', '\\s', '[ab]', '.', '^', '$', '(?=a)', '(?<!b)'),
    fc.tuple(tie('pattern'), tie('pattern')).map(([x, y]) => `(?:${x}|${y})`),
    fc.tuple(tie('piece'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}')).map(([p, q]) => `(?:${p})${q}`),
    tie('pattern').map((p) => `(${p})`),
  ),
}));

test('soundness on random patterns, with and without case folding', () => {
  fc.assert(
    fc.property(randomPattern, fc.constantFrom('u', 'iu', 'i', ''), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }), (pattern, flags, chars) => {
      const text = chars.join('');
      return !new RegExp(pattern, flags).test(text) || passesGate(literalGate(pattern, flags), text);
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test('candidatesIn calls up every entry of a table that matches a text, in table order', () => {
  const userRule = { id: 'user-stringer', pattern: String.raw`\bStringer\s+report\b`, flags: 'iu', example: 'STRINGER REPORT', nearMiss: '' };
  const tables = [NOTE_CATALOGUE, CREDIT_PATTERNS, AGENCIES, FURNITURE_PATTERNS, [...NOTE_CATALOGUE, userRule]];
  const texts = [...TABLES.map((r) => r.example), SEED_CAPTION, userRule.example, 'NATO urged all countries to enforce sanctions.', 'x'.repeat(3000) + ' Reuters'];
  for (const table of tables) {
    for (const text of texts) {
      const called = candidatesIn(table, text);
      const matching = table.filter((rule) => new RegExp(rule.pattern, rule.flags).test(text));
      assert.ok(matching.every((rule) => called.includes(rule)), `${matching.map((r) => r.id)} in "${text.slice(0, 60)}"`);
      assert.equal(called, table.filter((rule) => called.includes(rule)), 'table order');
    }
  }
});

test.run();
