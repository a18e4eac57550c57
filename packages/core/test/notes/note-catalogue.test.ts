import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NOTE_CATALOGUE } from '../../src/notes/note-catalogue.js';
import { AGENCIES } from '../../src/credits/agencies.js';

// The caption of the Reuters picture in fixtures seed foxbusiness-2017-09-06-nato-north-korea.
const SEED_CAPTION =
  "North Korean leader Kim Jong Un reacts with scientists and technicians of the DPRK Academy of Defence Science after the test-launch of the intercontinental ballistic missile Hwasong-14 in this undated photo released by North Korea's Korean Central ... News Agency (KCNA) in Pyongyang July 5, 2017. KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE. NO THIRD PARTY SALES. SOUTH KOREA OUT. - RTX3A3V0";

const CATEGORIES = ['verification', 'third-party', 'restriction', 'correction', 'update', 'editors-note', 'warning', 'embargo'];
const BUDGET_MS = 1500; // per pattern, over all adversarial inputs together
const INPUT_CHARS = 1 << 20; // ~1 MB of adversarial text per input
const MAX_MATCHES = 1 << 20; // the scan loop stops here whatever the pattern does

const compile = (rule: { pattern: string; flags: string }, extra = '') => new RegExp(rule.pattern, rule.flags + extra);
const matches = (rule: { pattern: string; flags: string }, text: string) => compile(rule).test(text);

/** Problems that make a pattern's time grow faster than its input: backreferences and nested repetition. */
function auditPattern(source: string): string[] {
  const problems: string[] = [];
  type Frame = { quantified: boolean; unbounded: boolean };
  const stack: Frame[] = [{ quantified: false, unbounded: false }];
  let closed: Frame | null = null; // the group just closed, if the last atom was a group
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') problems.push(`backreference at ${i}`);
      i = source[i + 2] === '{' && 'pPu'.includes(next) ? source.indexOf('}', i) + 1 : i + 2;
      closed = null;
    } else if (ch === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j + 1;
      closed = null;
    } else if (ch === '(') {
      stack.push({ quantified: false, unbounded: false });
      const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))!;
      i += m[0].length;
      closed = null;
    } else if (ch === ')') {
      const inner = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      parent.quantified ||= inner.quantified;
      parent.unbounded ||= inner.unbounded;
      closed = inner;
      i += 1;
    } else if ('*+?{'.includes(ch)) {
      const m = /^(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
      if (!m) throw new Error(`unreadable quantifier at ${i} in ${source}`);
      const max = ch === '*' || ch === '+' ? Infinity : ch === '?' ? 1 : m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      if (closed && max === Infinity && closed.quantified) problems.push(`unbounded repetition of a repeating group at ${i}`);
      if (closed && max > 1 && closed.unbounded) problems.push(`repetition of a group with an unbounded repeat at ${i}`);
      const parent = stack[stack.length - 1]!;
      parent.quantified = true;
      parent.unbounded ||= max === Infinity;
      closed = null;
      i += m[0].length;
    } else {
      closed = null;
      i += 1;
    }
  }
  return problems;
}

/** Inputs of about `size` characters built to make a backtracking pattern work hard: near-matches and long runs. */
function adversarialInputs(example: string, size: number): string[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length));
  const words = example.split(/\s+/);
  const cut = words.length > 1 ? words.slice(0, -1).join(' ') : example.slice(0, -1);
  const first = words[0] ?? example;
  const half = example.slice(0, Math.ceil(example.length / 2));
  const runs = [' ', 'A', 'a', '.', '(', '\n', 'Aa ', 'A, ', 'Ab. ', 'ED '];
  return [
    fill(`${cut} `),
    fill(`${cut}\n`),
    fill(example.slice(0, -1)),
    fill(`${example.toUpperCase().slice(0, -1)} `),
    ...runs.map((run) => half + fill(run)),
    // white space right after a word is where adjacent `\s*` and lookbehinds go quadratic
    `${first} ${fill(' ')}`,
    `${cut} ${fill(' ')}`,
    `${first}${fill(' \t')}`,
    ...runs.slice(0, 3).map((run) => fill(run)),
  ];
}

function scanMs(rule: { pattern: string; flags: string }, inputs: string[]): number {
  const started = performance.now();
  for (const input of inputs) {
    const re = compile(rule, 'g');
    for (let n = 0; n < MAX_MATCHES; n += 1) {
      const m = re.exec(input);
      if (!m) break;
      if (m[0] === '') re.lastIndex += 1;
    }
  }
  return performance.now() - started;
}

/**
 * Time to scan ~1 MB inputs; a probe at 1/64 of the size first fails a super-linear pattern
 * in milliseconds instead of letting it run for hours.
 */
function assertLinear(rule: { id: string; pattern: string; flags: string; example: string }): void {
  // A nested repetition can take exponential time even on the probe; the audit rules it out first.
  assert.equal(auditPattern(rule.pattern), [], `${rule.id} must pass the audit before it is timed`);
  const probeChars = INPUT_CHARS / 64;
  const probeMs = scanMs(rule, adversarialInputs(rule.example, probeChars));
  assert.ok(probeMs * 64 < BUDGET_MS * 4, `${rule.id} took ${Math.round(probeMs)} ms on ${probeChars} chars`);
  const ms = scanMs(rule, adversarialInputs(rule.example, INPUT_CHARS));
  assert.ok(ms < BUDGET_MS, `${rule.id} took ${Math.round(ms)} ms on ${INPUT_CHARS} chars`);
}

test('NOTE_CATALOGUE ids are unique and kebab-case', () => {
  const ids = NOTE_CATALOGUE.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate id');
  for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${id} is not kebab-case`);
});

test('every note rule has a known category, agencies and a one-line description', () => {
  const agencyIds = new Set(AGENCIES.map((agency) => agency.id));
  for (const rule of NOTE_CATALOGUE) {
    assert.ok(CATEGORIES.includes(rule.category), `${rule.id}: unknown category ${rule.category}`);
    for (const agency of rule.agencies) assert.ok(agencyIds.has(agency), `${rule.id}: unknown agency ${agency}`);
    assert.ok(rule.description.length > 0 && !rule.description.includes('\n'), `${rule.id}: description`);
  }
  for (const category of CATEGORIES) {
    assert.ok(NOTE_CATALOGUE.some((rule) => rule.category === category), `no rule for ${category}`);
  }
});

test('every note pattern compiles with its flags, which include u and never g or y', () => {
  for (const rule of NOTE_CATALOGUE) {
    assert.match(rule.flags, /^(?!.*(.).*\1)[imsu]*u[imsu]*$/, `${rule.id}: flags ${rule.flags}`);
    assert.not.throws(() => compile(rule), `${rule.id} must compile`);
  }
});

test('every note rule matches its example', () => {
  for (const rule of NOTE_CATALOGUE) assert.ok(matches(rule, rule.example), `${rule.id} must match: ${rule.example}`);
});

test('no note rule matches its near-miss', () => {
  for (const rule of NOTE_CATALOGUE) assert.not.ok(matches(rule, rule.nearMiss), `${rule.id} must not match: ${rule.nearMiss}`);
});

test('no other rule of the same category matches a rule’s example', () => {
  for (const rule of NOTE_CATALOGUE) {
    for (const other of NOTE_CATALOGUE) {
      if (other === rule || other.category !== rule.category) continue;
      assert.not.ok(matches(other, rule.example), `${other.id} overlaps ${rule.id} on: ${rule.example}`);
    }
  }
});

test('the seed caption triggers the third-party, verification and both restriction rules', () => {
  const hits = NOTE_CATALOGUE.flatMap((rule) =>
    [...SEED_CAPTION.matchAll(compile(rule, 'g'))].map((m) => `${rule.category} ${rule.id}: ${m[0]}`),
  ).sort();
  assert.equal(hits, [
    'restriction country-out: SOUTH KOREA OUT',
    'restriction no-third-party-sales: NO THIRD PARTY SALES',
    'third-party provided-by-third-party: ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY',
    'verification unable-to-independently-verify: REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE',
  ]);
});

test('a weakened verification caveat hits a weak rule, never the strong one', () => {
  const cases: Array<[string, string]> = [
    ['Reuters could not immediately verify the report.', 'could-not-independently-verify'],
    ['Reuters was not immediately able to verify the report.', 'could-not-independently-verify'],
    ['AFP CAN NOT INDEPENDENTLY VERIFY THE AUTHENTICITY, LOCATION, DATE AND CONTENT OF THIS IMAGE.', 'could-not-independently-verify'],
    ['The claim could not immediately be verified.', 'cannot-be-independently-verified'],
    ['The video cannot be independently verified.', 'cannot-be-independently-verified'],
    ["The footage hasn't been independently verified.", 'has-not-been-independently-verified'],
    ['REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THE AUTHENTICITY, CONTENT, LOCATION OR DATE OF THIS IMAGE.', 'unable-to-independently-verify'],
    ['Reuters is unable to independently verify this image.', 'was-unable-to-independently-verify'],
    ['REUTERS IS UNABLE TO VERIFY THIS IMAGE.', 'unable-to-verify'],
    ['Reuters could not verify the video.', 'could-not-verify'],
    ['Reuters was not able to confirm the report.', 'could-not-verify'],
    ['The report could not be verified.', 'not-verified'],
    ['The footage was not verified.', 'not-verified'],
  ];
  const verification = NOTE_CATALOGUE.filter((rule) => rule.category === 'verification');
  for (const [text, id] of cases) {
    assert.equal(verification.filter((rule) => matches(rule, text)).map((rule) => rule.id), [id], text);
  }
});

test('phrasings across agencies hit the expected rule', () => {
  const cases: Array<[string, string]> = [
    ['THIS PICTURE WAS PROVIDED BY A THIRD PARTY.', 'provided-by-third-party'],
    ['THIS PICTURE WAS MADE AVAILABLE BY A THIRD PARTY.', 'provided-by-third-party'],
    ['ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.', 'provided-by-third-party'],
    ['Korean Central News Agency/Handout via REUTERS', 'handout-via-agency'],
    ['WARNING: CONTAINS GRAPHIC CONTENT', 'graphic-content'],
    ['Editor’s Note — This story is part of a series.', 'editors-note'],
    ["EDITOR'S NOTE: This story contains graphic details.", 'editors-note'],
    ['---EDITORS NOTE--- RESTRICTED TO EDITORIAL USE', 'editors-note'],
    ['CHINA OUT.', 'country-out'],
    ['REPUBLIC OF KOREA OUT', 'country-out'],
    ['/ AFP PHOTO / KCNA VIA KNS / STR / South Korea OUT /', 'country-out'],
    ['MANDATORY CREDIT; NO SALES; MAGS OUT', 'country-out'],
    ['CORRECTED-UPDATE 2-NATO urges trading partners', 'corrected-slug'],
    ['(Updates with NATO statement in paragraph 2)', 'adds-advisory'],
    ['EMBARGOED FOR RELEASE UNTIL 6:30 PM EDT', 'embargoed-code'],
  ];
  for (const [text, id] of cases) {
    const rule = NOTE_CATALOGUE.find((r) => r.id === id)!;
    assert.ok(matches(rule, text), `${id} must match: ${text}`);
  }
});

test('a market restriction needs OUT in capitals after a place, not a verb', () => {
  const rule = NOTE_CATALOGUE.find((r) => r.id === 'country-out')!;
  for (const text of ['Kim Jong Un walked out of the talks', 'TICKETS SOLD OUT IN MINUTES', 'NORTH KOREA LASHES OUT AT NATO', 'NO THIRD PARTY SALES.', 'THE TALKS WORKED OUT']) {
    assert.not.ok(matches(rule, text), `country-out must not match: ${text}`);
  }
  assert.equal(compile(rule).exec('KCNA VIA REUTERS SOUTH KOREA OUT')?.[0], 'SOUTH KOREA OUT');
});

test('no note pattern has a backreference or nested repetition', () => {
  for (const rule of NOTE_CATALOGUE) assert.equal(auditPattern(rule.pattern), [], rule.id);
});

test('every note pattern runs in linear time on ~1 MB of adversarial input', () => {
  for (const rule of NOTE_CATALOGUE) assertLinear(rule);
});

test.run();
