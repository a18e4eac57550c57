// Property tests: real news paragraphs, random planted operations, and what a faithful
// comparison must say of them. fast-check shrinks a failure to the smallest plan that still
// fails and prints it with its seed; replay with WIREDIFF_PROPERTY_SEED=<seed>.
// Runs are bounded: WIREDIFF_PROPERTY_RUNS (default 300) per property, each on a few paragraphs.
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { alignBlocks } from '../packages/core/src/align/align-blocks.js';
import { compareCopy, readArticle } from '../packages/core/src/compare/compare-copy.js';
import type { Article, Finding } from '../packages/core/src/types.js';
import {
  buildStory, expectedGroups, realParagraphs, STYLES, SUBSTANTIVE, type Operation, type Plan, type Story,
} from './property-story.js';

const RUNS = Number(process.env.WIREDIFF_PROPERTY_RUNS ?? 300);
const SEED = process.env.WIREDIFF_PROPERTY_SEED ? Number(process.env.WIREDIFF_PROPERTY_SEED) : 20171106;
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: false };

const pool = realParagraphs();

const article = (texts: readonly string[]): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null,
  blocks: texts.map((text, index) => ({ index, role: 'body', form: 'paragraph', text })),
});

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ op: fc.constant('split' as const), at: fc.nat(40) }),
  fc.record({ op: fc.constant('merge' as const), at: fc.nat(40) }),
  fc.record({ op: fc.constant('move' as const), from: fc.nat(40), to: fc.nat(40) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(40) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(40), pick: fc.nat(1000) }),
);

const plan = (options: { edits: boolean; styles: boolean; structure: boolean }): fc.Arbitrary<Plan> =>
  fc.record({
    paragraphs: fc.shuffledSubarray([...pool.keys()], { minLength: 4, maxLength: 9 }),
    edits: options.edits ? fc.array(fc.record({ at: fc.nat(40), category: fc.constantFrom(...SUBSTANTIVE) }), { minLength: 1, maxLength: 3 }) : fc.constant([]),
    styles: options.styles ? fc.array(fc.record({ at: fc.nat(40), style: fc.constantFrom(...STYLES) }), { maxLength: 4 }) : fc.constant([]),
    operations: options.structure ? fc.array(operation, { maxLength: 5 }) : fc.constant([]),
    truncate: options.structure ? fc.nat(2) : fc.constant(0),
  });

const describe = (story: Story, findings?: readonly Finding[]) =>
  `\nplanted: ${story.log.join('; ') || 'nothing'}\n` +
  (findings ? `found:\n${findings.map((f) => `  ${f.severity} ${f.kind} [${f.categories}] ref ${f.reference.blocks} copy ${f.copy.blocks}: ${f.message}`).join('\n')}` : '');

function compare(story: Story): Finding[] {
  return compareCopy(readArticle(article(story.reference)), readArticle(article(story.copy.map((b) => b.text))));
}

test('the pool of real paragraphs is there', () => {
  assert.ok(pool.length >= 40, `only ${pool.length} paragraphs: are fixtures/stories/nato-north-korea/seed and fixtures/readability there?`);
});

test('alignment recovers planted splits, merges, moves, deletions, insertions and a lost ending', () => {
  fc.assert(fc.property(plan({ edits: true, styles: true, structure: true }), (p) => {
    const story = buildStory(pool, p);
    const a = alignBlocks(story.reference, story.copy.map((b) => b.text));
    const expected = expectedGroups(story);
    const show = (gs: readonly { reference: number[]; copy: number[] }[]) => gs.map((g) => `${g.reference.join('+')}=${g.copy.join('+')}`).join(' ');
    assert.is(show(a.groups), show(expected), `groups${describe(story)}`);
    assert.equal(a.added, story.copy.flatMap((b, c) => (b.from.length === 0 ? [c] : [])), `added${describe(story)}`);
    assert.equal([...a.removed, ...a.truncated].sort((x, y) => x - y), [...story.dropped].sort((x, y) => x - y), `removed${describe(story)}`);
    const last = Math.max(...expected.flatMap((g) => g.reference));
    assert.equal(a.truncated, [...story.dropped].filter((r) => r > last).sort((x, y) => x - y), `truncated${describe(story)}`);
    // Moved groups: as many as fall outside the longest run the copy kept in order.
    const firsts = expected.map((g) => g.copy[0]!);
    const keptInOrder = longestRun(firsts);
    assert.is(a.groups.filter((g) => g.moved).length, expected.length - keptInOrder, `moved${describe(story)}`);
  }), settings);
});

test('every planted substantive edit is found, with its category, and nothing unplanned at medium or above', () => {
  fc.assert(fc.property(plan({ edits: true, styles: true, structure: true }), (p) => {
    const story = buildStory(pool, p);
    const findings = compare(story);
    for (const [r, category] of story.planted) {
      const found = findings.some((f) => f.kind === 'changed' && f.reference.blocks.includes(r) && f.categories.includes(category) && f.severity !== 'low');
      assert.ok(found, `${category} edit in reference ${r} not found${describe(story, findings)}`);
    }
    const inserted = new Set(story.copy.flatMap((b, c) => (b.from.length === 0 ? [c] : [])));
    const unplanned = findings.filter((f) => (f.severity === 'high' || f.severity === 'medium') && !(
      (f.kind === 'changed' && f.reference.blocks.some((r) => story.planted.has(r))) ||
      ((f.kind === 'removed' || f.kind === 'truncated') && f.reference.blocks.every((r) => story.dropped.has(r))) ||
      (f.kind === 'added' && f.copy.blocks.every((c) => inserted.has(c)))));
    assert.equal(unplanned.map((f) => f.message), [], `unplanned${describe(story, findings)}`);
  }), settings);
});

test('style-only edits, splits, merges and moves yield nothing at medium or above', () => {
  fc.assert(fc.property(plan({ edits: false, styles: true, structure: true }).map((p) => ({
    ...p, truncate: 0, operations: p.operations.filter((o) => o.op !== 'delete' && o.op !== 'insert'),
  })), (p) => {
    const story = buildStory(pool, p);
    const findings = compare(story);
    const serious = findings.filter((f) => f.severity === 'high' || f.severity === 'medium');
    assert.equal(serious.map((f) => f.message), [], describe(story, findings));
  }), settings);
});

// Length of a longest strictly increasing subsequence, by patience sorting.
function longestRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

test.run();
