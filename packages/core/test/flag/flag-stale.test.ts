import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { articleFromText } from '../../src/extract/extract-article.js';
import { compareStory } from '../../src/compare/compare-story.js';
import type { Article, Finding } from '../../src/types.js';

const article = (text: string): Article => {
  const extraction = articleFromText(text);
  if (extraction.status !== 'ok') throw new Error(extraction.detail);
  return extraction.article;
};
const stale = (reference: string, copy: string): Finding[] =>
  compareStory({ source: 'ref', article: article(reference) }, [{ source: 'copy', article: article(copy) }])
    .copies[0]!.findings.filter((f) => f.kind === 'stale-copy');

// After the AP story of corpus yahoo-2, shortened; its correction line is real.
const AP_REF = [
  'Russian cargo ship breaks up over Siberia',
  'MOSCOW (AP) — An unmanned Russian cargo spaceship heading to the International Space Station broke up in the atmosphere over Siberia on Thursday due to an unspecified malfunction, the Russian space agency said.',
  'The Progress MS-04 cargo craft broke up at an altitude of 190 kilometers (118 miles) over the remote Russian Tuva region in Siberia that borders Mongolia, Roscosmos said in a statement.',
  'Local people reported seeing a flash of light and hearing a loud thud west of the regional capital of Kyzyl, the Tuva government was quoted as saying.',
  'This version corrects the spelling of the region to Tuva, not Tyva.',
].join('\n\n');

test('flagStale: an AP copy that still spells the corrected name the old way is stale, high', () => {
  const copy = AP_REF.replace(/Tuva/g, 'Tyva').replace('\n\nThis version corrects the spelling of the region to Tyva, not Tyva.', '');
  const found = stale(AP_REF, copy);
  assert.equal(found.map((f) => [f.severity, f.categories, f.copy.words]), [
    ['high', ['correction'], 'Tyva'],
    ['high', ['correction'], 'Tyva'],
  ]);
  assert.match(found[0]!.reference.text, /remote Russian Tuva region/);
  assert.match(found[0]!.copy.text, /remote Russian Tyva region/);
  assert.match(found[0]!.message, /still has the wording the reference corrected: "Tyva"/);
});

test('flagStale: a copy with the corrected wording is not stale, with or without the correction line', () => {
  assert.equal(stale(AP_REF, AP_REF), []);
  assert.equal(stale(AP_REF, AP_REF.replace('\n\nThis version corrects the spelling of the region to Tuva, not Tyva.', '')), []);
});

const REUTERS_REF = [
  'NATO urges trading partners to step up pressure on North Korea',
  '(Corrects spelling of NATO spokeswoman’s name in paragraph 3)',
  'BRUSSELS (Reuters) - NATO urged all countries to step up efforts to enforce sanctions on North Korea, diplomats said on Wednesday.',
  'All 29 ambassadors agreed a statement condemning the test, which the alliance called a threat to international peace.',
  '"We call on all nations to fully implement sanctions," spokeswoman Oana Lungescu said in a statement.',
  'The alliance is not directly involved in the North Korean crisis but its members are worried about the reach of the missiles.',
  '(Reporting by Robin Emmott; Editing by Andrew Heavens)',
].join('\n\n');

test('flagStale: a Reuters advisory naming a paragraph makes the differing copy paragraph stale', () => {
  const copy = REUTERS_REF.replace('Oana Lungescu', 'Oana Lungesku').replace('(Corrects spelling of NATO spokeswoman’s name in paragraph 3)\n\n', '');
  const found = stale(REUTERS_REF, copy);
  assert.equal(found.length, 1);
  assert.is(found[0]!.severity, 'high');
  assert.match(found[0]!.reference.text, /Oana Lungescu/);
  assert.match(found[0]!.copy.text, /Oana Lungesku/);
  assert.match(found[0]!.message, /paragraph 3/);
});

test('flagStale: an edit to another paragraph does not make the copy stale', () => {
  const copy = REUTERS_REF.replace('All 29 ambassadors', 'All 28 ambassadors');
  assert.equal(stale(REUTERS_REF, copy), []);
});

test('flagStale: a copy without the paragraphs an update added, but with what follows, is stale', () => {
  const ref = REUTERS_REF.replace('(Corrects spelling of NATO spokeswoman’s name in paragraph 3)', '(Adds NATO spokeswoman’s comment in paragraph 3)');
  const copy = ref.replace(/\n\n"We call on all nations[^\n]*/, '');
  const found = stale(ref, copy);
  assert.equal(found.map((f) => [f.severity, f.categories]), [['high', ['update']]]);
  assert.match(found[0]!.message, /lacks paragraph 3/);
  // A copy cut short after paragraph 2 is truncated, not stale.
  const cut = ref.split('\n\n').slice(0, 4).join('\n\n');
  assert.equal(stale(ref, cut), []);
});

test('flagStale: a Reuters correction that names the earlier words finds them where the reference lacks them', () => {
  const ref = REUTERS_REF.replace('(Corrects spelling of NATO spokeswoman’s name in paragraph 3)', '(Corrects paragraph 2 to say 29 ambassadors, not 28)');
  const copy = ref.replace('All 29 ambassadors', 'All 28 ambassadors');
  assert.equal(stale(ref, copy).map((f) => f.copy.words), ['28']);
  assert.equal(stale(ref, ref), []);
});

test('flagStale: a headline correction finds the earlier word in the copy\'s headline', () => {
  const ref = REUTERS_REF.replace('(Corrects spelling of NATO spokeswoman’s name in paragraph 3)', '(Corrects headline to say Wednesday, not Tuesday)')
    .replace('NATO urges trading partners to step up pressure on North Korea', 'NATO urges pressure on North Korea on Wednesday');
  const copy = ref.replace('NATO urges pressure on North Korea on Wednesday', 'NATO urges pressure on North Korea on Tuesday');
  const found = stale(ref, copy);
  assert.equal(found.map((f) => [f.severity, f.copy.words, f.copy.blocks]), [['high', 'Tuesday', []]]);
  assert.match(found[0]!.message, /headline/);
});

test('flagStale: an advisory that names neither words nor paragraphs cannot point at a passage', () => {
  const ref = REUTERS_REF.replace('(Corrects spelling of NATO spokeswoman’s name in paragraph 3)', '(Refiles to fix typo)');
  assert.equal(stale(ref, ref.replace('Oana Lungescu', 'Oana Lungesku')), []);
});

test.run();
