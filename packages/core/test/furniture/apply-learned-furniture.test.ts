import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyLearnedFurniture } from '../../src/furniture/apply-learned-furniture.js';
import { learnFurniture } from '../../src/furniture/learn-furniture.js';
import { compareStory } from '../../src/compare/compare-story.js';
import { article, GENERATED, QUAKE, RATES } from './story-articles.js';

const OUTLET = 'northcoast.example';
const quakeCopy = article([QUAKE[0]!, GENERATED, ...QUAKE.slice(1)]);
const learned = learnFurniture([
  { reference: article(QUAKE), copies: [{ outlet: OUTLET, article: quakeCopy }] },
  { reference: article(RATES), copies: [{ outlet: OUTLET, article: article([...RATES, GENERATED]) }] },
]);

test('applyLearnedFurniture marks the outlet\'s learned line as furniture, in a new article', () => {
  const before = JSON.stringify(quakeCopy);
  const marked = applyLearnedFurniture(quakeCopy, OUTLET, learned);
  assert.equal(marked.blocks.map((b) => b.role), ['body', 'furniture', 'body', 'body']);
  assert.is.not(marked, quakeCopy);
  assert.is(JSON.stringify(quakeCopy), before, 'the input is not mutated');
});

test('applyLearnedFurniture leaves another outlet\'s copy, or one of no known outlet, as it was', () => {
  assert.is(applyLearnedFurniture(quakeCopy, 'marketdaily.example', learned), quakeCopy);
  assert.is(applyLearnedFurniture(quakeCopy, null, learned), quakeCopy);
  assert.is(applyLearnedFurniture(quakeCopy, '__proto__', learned), quakeCopy);
});

test('applyLearnedFurniture matches whatever the quotes, dashes, spacing and case', () => {
  const copy = article([...QUAKE, 'THIS  STORY WAS AUTOMATICALLY GENERATED FROM A SYNDICATED FEED.']);
  assert.is(applyLearnedFurniture(copy, OUTLET, learned).blocks[3]!.role, 'furniture');
});

test('applyLearnedFurniture keeps a learned text as story text when the reference holds it', () => {
  const reference = article([...QUAKE, GENERATED]);
  assert.is(applyLearnedFurniture(quakeCopy, OUTLET, learned, { reference }), quakeCopy);
});

test('applyLearnedFurniture keeps a block that is the reference\'s text, edited, whatever the table says', () => {
  const edited = QUAKE[1]!.replace('no tsunami warning', 'a tsunami warning');
  const table = { ...learned, outlets: { [OUTLET]: [...learned.outlets[OUTLET]!, { text: edited, stories: 2 }] } };
  const copy = article([QUAKE[0]!, edited, GENERATED]);
  assert.equal(applyLearnedFurniture(copy, OUTLET, table, { reference: article(QUAKE) }).blocks.map((b) => b.role), ['body', 'body', 'furniture']);
  assert.equal(applyLearnedFurniture(copy, OUTLET, table).blocks.map((b) => b.role), ['body', 'furniture', 'furniture'], 'without the reference there is no guard');
});

test('applyLearnedFurniture touches only body blocks', () => {
  const copy = { ...quakeCopy, blocks: quakeCopy.blocks.map((b) => (b.text === GENERATED ? { ...b, role: 'caption' as const } : b)) };
  assert.is(applyLearnedFurniture(copy, OUTLET, learned), copy);
});

test('compared after applyLearnedFurniture, the line is an info furniture finding, not added content', () => {
  const kinds = (copy: typeof quakeCopy) =>
    compareStory({ source: 'ref', article: article(QUAKE) }, [{ source: 'copy', article: copy }]).copies[0]!.findings.map((f) => `${f.kind}:${f.copy.text}`);
  assert.equal(kinds(quakeCopy), [`added:${GENERATED}`], 'without the table it is added');
  const findings = compareStory({ source: 'ref', article: article(QUAKE) }, [{ source: 'copy', article: applyLearnedFurniture(quakeCopy, OUTLET, learned) }]).copies[0]!.findings;
  assert.equal(findings.map((f) => [f.kind, f.severity, f.copy.text, f.copy.blocks]), [['furniture', 'info', GENERATED, [1]]]);
});

test.run();
