import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { flagCredits } from '../../src/flag/flag-credits.js';
import { findCredits } from '../../src/credits/find-credits.js';
import type { Article, Block } from '../../src/types.js';

const block = (index: number, role: Block['role'], form: Block['form'], text: string): Block => ({ index, role, form, text });
const article = (blocks: Block[], meta: Partial<Article> = {}): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, blocks, ...meta,
});
const BODY = block(3, 'body', 'paragraph', 'NATO urged all countries to step up efforts to enforce sanctions on North Korea.');
const REF = article([
  block(0, 'credit', 'line', 'By Robin Emmott'),
  block(1, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA/via REUTERS'),
  block(2, 'dateline', 'line', 'BRUSSELS (Reuters) -'),
  BODY,
  block(4, 'credit', 'line', '(Reporting by Robin Emmott; Editing by Andrew Heavens)'),
], { publisher: 'Reuters' });
const flag = (copy: Article) =>
  flagCredits(REF, findCredits(REF), copy, findCredits(copy)).map((f) => [f.kind, f.severity, f.categories[0], f.copy.words || f.reference.words]);

test('flagCredits reports nothing when the copy keeps every credit', () => {
  assert.equal(flag(REF), []);
});

test('flagCredits: a reformatted photo credit is low; an outlet byline for the agency reporter is high', () => {
  const copy = article([
    block(0, 'credit', 'line', 'By Dana Whitfield, Ledger Staff'),
    block(1, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA via Reuters'),
    ...REF.blocks.slice(2),
  ]);
  assert.equal(flag(copy), [
    ['credit-changed', 'high', 'byline', 'By Dana Whitfield, Ledger Staff'],
    ['credit-changed', 'low', 'photo', 'KCNA via Reuters'],
  ]);
});

test('flagCredits: REUTERS/KCNA restyled as KCNA via REUTERS is low, not a stripped credit', () => {
  const ref = article([block(0, 'caption', 'caption', 'Kim Jong Un at the launch site. REUTERS/KCNA'), BODY], { publisher: 'Reuters' });
  const copy = article([block(0, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA via REUTERS'), BODY]);
  assert.equal(flagCredits(ref, findCredits(ref), copy, findCredits(copy)).map((f) => [f.kind, f.severity]), [['credit-changed', 'low']]);
});

test('flagCredits: a copy that names Reuters nowhere gets one high agency finding beside each lost credit', () => {
  const copy = article([block(0, 'caption', 'caption', 'Kim Jong Un at the launch site.'), BODY], { publisher: 'Fox Business' });
  assert.equal(flag(copy), [
    ['credit-missing', 'medium', 'byline', 'By Robin Emmott'],
    ['credit-missing', 'medium', 'dateline', 'BRUSSELS (Reuters) -'],
    ['credit-missing', 'medium', 'photo', 'KCNA/via REUTERS'],
    ['credit-missing', 'medium', 'credit-line', '(Reporting by Robin Emmott; Editing by Andrew Heavens)'],
    ['credit-missing', 'high', 'agency', 'Reuters'],
  ]);
});

test('flagCredits never pairs a lost photo credit with a source label ("Politics Reuters", "Reuters · March 9, 2023", "Reuters via Briefline", "Story via Reuters")', () => {
  for (const label of ['Politics Reuters', 'Reuters · March 9, 2023', 'Reuters via Briefline', 'Story via Reuters', 'Briefline via Reuters']) {
    const copy = article([
      block(0, 'credit', 'line', 'By Robin Emmott'),
      block(1, 'caption', 'caption', 'Kim Jong Un at the launch site.'),
      block(2, 'credit', 'line', label),
      ...REF.blocks.slice(2).map((b) => ({ ...b, index: b.index + 1 })),
    ]);
    assert.equal(flag(copy), [
      ['credit-missing', 'medium', 'photo', 'KCNA/via REUTERS'],
      ['credit-added', 'low', 'source', label],
    ], label);
  }
});

test('flagCredits: a photo credit standing as its own line ("KCNA/via REUTERS", "PHOTO: Reuters") is still compared as a photo credit', () => {
  const copy = (line: string) => article([REF.blocks[0]!, block(1, 'caption', 'caption', 'Kim Jong Un at the launch site.'), block(2, 'credit', 'line', line), ...REF.blocks.slice(2).map((b) => ({ ...b, index: b.index + 1 }))]);
  assert.equal(flag(copy('KCNA/via REUTERS')), []);
  assert.equal(flag(copy('PHOTO: Reuters')), [['credit-changed', 'medium', 'photo', 'PHOTO: Reuters']]);
});

test('flagCredits: the agency named in a source label or isBasedOn is attribution enough', () => {
  const copy = article([BODY], { isBasedOn: 'https://www.reuters.com/article/idUSKCN1BH1NE' });
  assert.not.ok(flagCredits(REF, findCredits(REF), copy, findCredits(copy)).some((f) => f.categories[0] === 'agency'));
});

test('flagCredits: names that lose only their accents are reformatted, low', () => {
  const ref = article([block(0, 'credit', 'line', 'By JOSÉ MARTÍNEZ and SABINE SIEBOLD'), block(1, 'caption', 'caption', 'A view of the city. (AP Photo/Eloísa Lopez)'), BODY]);
  const copy = article([block(0, 'credit', 'line', 'By JOSE MARTINEZ and SABINE SIEBOLD'), block(1, 'caption', 'caption', 'A view of the city. (AP Photo/Eloisa Lopez)'), BODY]);
  assert.equal(flagCredits(ref, findCredits(ref), copy, findCredits(copy)).map((f) => [f.kind, f.severity, f.categories[0]]), [
    ['credit-changed', 'low', 'byline'],
    ['credit-changed', 'low', 'photo'],
  ]);
});

test('flagCredits compares the credit a picture prints, not the one its mandatory-credit note quotes', () => {
  const notes = 'RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HANDOUT / POLICE" - NO MARKETING NO ADVERTISING CAMPAIGNS';
  const picture = (credit: string | null, note: string | null) => article([
    block(0, 'caption', 'caption', 'Workers stand near the scene in Manila.'),
    ...(credit ? [block(1, 'credit', 'caption', credit)] : []),
    ...(note ? [block(2, 'caption', 'caption', note)] : []),
    BODY,
  ].map((b, index) => ({ ...b, index })), { publisher: 'AFP' });
  const ref = picture('HANDOUT / POLICE / AFP', notes);
  const run = (copy: Article) => flagCredits(ref, findCredits(ref), copy, findCredits(copy)).map((f) => [f.kind, f.severity, f.copy.words || f.reference.words]);
  // The note dropped, the credit kept: no credit finding (the note's loss is the notes' to report).
  assert.equal(run(picture('HANDOUT / POLICE / AFP', null)), []);
  // The credit dropped, the note kept: the picture's credit is missing.
  assert.equal(run(picture(null, notes)), [['credit-missing', 'medium', 'HANDOUT / POLICE / AFP']]);
  // Reformatted: low.
  assert.equal(run(picture('AFP PHOTO / HANDOUT / POLICE', notes)), [['credit-changed', 'low', 'AFP PHOTO / HANDOUT / POLICE']]);
});

test('flagCredits never pairs a copyright line with a source label', () => {
  const ref = article([{ ...BODY, index: 0 }, block(1, 'credit', 'line', '© 2021 AFP')], { publisher: 'AFP' });
  const copy = article([block(0, 'credit', 'line', 'Business AFP'), { ...BODY, index: 1 }]);
  assert.equal(flagCredits(ref, findCredits(ref), copy, findCredits(copy)).map((f) => [f.kind, f.severity, f.categories[0]]), [
    ['credit-missing', 'low', 'copyright'],
    ['credit-added', 'low', 'source'],
  ]);
});

test('flagCredits: an agency the copy cites that the reference names nowhere is a low credit-added source', () => {
  const cited = block(4, 'body', 'paragraph', 'The missile broke up minutes after launch, the AP reported, citing a U.S. official.');
  const copy = article([...REF.blocks, cited]);
  assert.equal(flag(copy), [['credit-added', 'low', 'source', 'The Associated Press']]);
  // An agency the reference cites too is nothing new; one it names only in a picture's credit is.
  assert.equal(flag(article([...REF.blocks, block(5, 'body', 'paragraph', 'Reuters could not verify the report.')])), []);
  assert.equal(flag(article([...REF.blocks, block(5, 'body', 'paragraph', 'KCNA said the launch was a success.')])), [['credit-added', 'low', 'source', 'Korean Central News Agency']]);
});

test('flagCredits words a lost photo credit as a credit, not as the picture gone, and an added credit with its article', () => {
  const uncredited = article([REF.blocks[0]!, block(1, 'caption', 'caption', 'Kim Jong Un at the launch site.'), ...REF.blocks.slice(2)], { publisher: 'Reuters' });
  assert.equal(flagCredits(REF, findCredits(REF), uncredited, findCredits(uncredited)).map((f) => f.message), ['photo credit missing from the copy: "KCNA/via REUTERS"']);
  const added = article([...REF.blocks, block(5, 'credit', 'line', '© 2017 Thomson Reuters')], { publisher: 'Reuters' });
  assert.equal(flagCredits(REF, findCredits(REF), added, findCredits(added)).map((f) => f.message), ['copy adds a copyright line: "© 2017 Thomson Reuters"']);
});

test.run();
