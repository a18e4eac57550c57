import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validateNoteRule } from '../../src/notes/validate-note-rule.js';
import { isWirediffError } from '../../src/errors.js';

const GOOD = {
  id: 'ledger-unconfirmed',
  category: 'verification',
  pattern: String.raw`\bThe\s+Ledger\s+has\s+not\s+confirmed\b`,
  flags: 'iu',
  example: 'The Ledger has not confirmed the account.',
  nearMiss: 'The Ledger has confirmed the account.',
};

/** The one-line message validateNoteRule throws for an entry, or null. */
function refusal(entry: unknown, options = {}): string | null {
  try {
    validateNoteRule(entry, 'notes[0]', options);
    return null;
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_BAD_OPTION'), String(error));
    return (error as Error).message;
  }
}

test('validateNoteRule returns a good entry frozen, with defaults filled in', () => {
  const { flags: _flags, ...noFlags } = GOOD;
  const rule = validateNoteRule(noFlags, 'notes[0]');
  assert.equal(rule, { ...noFlags, agencies: [], flags: 'u', description: '' });
  assert.ok(Object.isFrozen(rule));
});

test('validateNoteRule refuses a pattern that does not match its example, naming the entry', () => {
  assert.is(refusal({ ...GOOD, example: 'The Ledger could not confirm it.' }), 'notes[0] ("ledger-unconfirmed"): "pattern" does not match its example');
});

test('validateNoteRule refuses a pattern that matches its near-miss', () => {
  assert.match(refusal({ ...GOOD, nearMiss: 'The Ledger has not confirmed it either.' }) ?? '', /matches its near-miss/);
});

test('validateNoteRule refuses a pattern that does not compile', () => {
  assert.match(refusal({ ...GOOD, pattern: '(unclosed' }) ?? '', /"pattern" does not compile/);
});

test('validateNoteRule refuses nested unbounded repetition and backreferences before running them', () => {
  // "(?:\w+\s?)+x" takes exponential time on a long run of words without an x.
  assert.match(refusal({ ...GOOD, pattern: String.raw`(?:\w+\s?)+ confirmed`, example: 'has not confirmed', nearMiss: 'x' }) ?? '', /more than linear time/);
  assert.match(refusal({ ...GOOD, pattern: String.raw`(\w+) \1 confirmed`, example: 'so so confirmed', nearMiss: 'x' }) ?? '', /backreference/);
});

test('validateNoteRule with a clock refuses a pattern that is quadratic on adversarial input', () => {
  // Passes the static audit, but every start position in a run of letters scans the whole run.
  const slow = { ...GOOD, pattern: String.raw`[a-z]{0,100000}QX`, flags: 'u', example: 'abcQX', nearMiss: 'abc' };
  assert.is(refusal(slow), null, 'the audit alone lets it through');
  assert.match(refusal(slow, { now: () => performance.now() }) ?? '', /too slow/);
  assert.is(refusal(GOOD, { now: () => performance.now() }), null);
});

test('validateNoteRule refuses unknown keys, categories, agencies, bad ids and taken ids', () => {
  assert.match(refusal({ ...GOOD, severity: 'high' }) ?? '', /unknown key "severity"/);
  assert.match(refusal({ ...GOOD, category: 'caveat' }) ?? '', /"category" must be one of verification/);
  assert.match(refusal({ ...GOOD, agencies: ['tass'] }) ?? '', /unknown agency "tass"/);
  assert.match(refusal({ ...GOOD, id: 'Ledger Note' }) ?? '', /kebab-case/);
  assert.match(refusal({ ...GOOD, id: 'unable-to-verify' }) ?? '', /already taken by a built-in rule/);
  assert.match(refusal({ ...GOOD, flags: 'gi' }) ?? '', /"flags"/);
  assert.match(refusal('not an object') ?? '', /^notes\[0\]: must be an object$/);
});

test.run();
